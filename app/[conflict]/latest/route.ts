import { getDayLookup } from "@/lib/content";
import { notFoundResponse, redirectTo } from "@/lib/redirect";
import { formatDayPath } from "@/lib/routes";

/** `/<conflict>/latest` → 307 to the newest day (temporary: tomorrow it points elsewhere). */
export async function GET(_request: Request, { params }: { params: Promise<{ conflict: string }> }) {
  const { conflict: slug } = await params;
  const latest = getDayLookup(slug)?.latest;
  return latest ? redirectTo(formatDayPath(slug, latest.date), 307) : notFoundResponse();
}
