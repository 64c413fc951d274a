import { createApiRoute } from "@/app/api/_route/api-route";
import { formatCsvResult } from "@/lib/api/results";
import { getApiConflictView } from "@/lib/content";

// Streamed on every request (never cached whole by Next.js, which would hold the file in memory).
export const dynamic = "force-dynamic";

/** Every item of a conflict, one CSV row each, oldest day first. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createApiRoute(({ conflict }: { conflict: string }) =>
  formatCsvResult(getApiConflictView(conflict)),
);
