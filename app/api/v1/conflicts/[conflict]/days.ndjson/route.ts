import { createApiRoute } from "@/app/api/_route/api-route";
import { formatNdjsonResult } from "@/lib/api/results";
import { getApiConflictView } from "@/lib/content";

// Streamed on every request (never cached whole by Next.js, which would hold the file in memory).
export const dynamic = "force-dynamic";

/** Every day of a conflict, one JSON object a line, oldest first. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createApiRoute(({ conflict }: { conflict: string }) =>
  formatNdjsonResult(getApiConflictView(conflict)),
);
