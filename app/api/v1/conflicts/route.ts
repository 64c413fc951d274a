import { createApiRoute } from "@/app/api/_route/api-route";
import { formatConflictListResult } from "@/lib/api/results";
import { getApiConflictsView } from "@/lib/content";

// Read from the content store on every request (it notices changed files within
// CONTENT_REFRESH_MS); ETags and Cache-Control let nginx and clients cache it.
export const dynamic = "force-dynamic";

/** Every conflict. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createApiRoute(() => formatConflictListResult(getApiConflictsView()));
