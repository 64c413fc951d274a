import { getFigureParams, getFigureView } from "@/lib/content";
import { formatFigureCsvResponse } from "@/lib/publish/figure-csv";
import { parseFigureFileName } from "@/lib/routes";

export const dynamic = "force-static";
// Re-generated at most every 15 s after content changes (the content store notices them).
export const revalidate = 15;

export const generateStaticParams = getFigureParams;

/** One figure's every report as CSV: `/<conflict>/figures/<key>.csv`; 404 for an unknown conflict or key. */
export async function GET(_request: Request, { params }: { params: Promise<{ conflict: string; file: string }> }) {
  const { conflict, file } = await params;
  const key = parseFigureFileName(file);
  return formatFigureCsvResponse(key === undefined ? undefined : getFigureView(conflict, key));
}
