import { createApiRoute } from "@/app/api/_route/api-route";
import { formatConflictResult } from "@/lib/api/results";
import { getApiConflictView } from "@/lib/content";

// Read from the content store on every request; see app/api/v1/conflicts/route.ts.
export const dynamic = "force-dynamic";

/** One conflict and the index of its days. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createApiRoute(({ conflict }: { conflict: string }) =>
  formatConflictResult(getApiConflictView(conflict)),
);
