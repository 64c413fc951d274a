import { createApiRoute } from "@/app/api/_route/api-route";
import { formatDayResult } from "@/lib/api/results";
import { getApiDayView } from "@/lib/content";

// Read from the content store on every request; see app/api/v1/conflicts/route.ts.
export const dynamic = "force-dynamic";

/** One day's full briefing. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createApiRoute(({ conflict, date }: { conflict: string; date: string }) =>
  formatDayResult(date, getApiDayView(conflict, date)),
);
