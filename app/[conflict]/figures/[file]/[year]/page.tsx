import type { Metadata } from "next";
import { FigureYearPage } from "@/components/figure-year-page";
import { MissingPage } from "@/components/missing-page";
import { getFigureYearParams, getFigureYearView } from "@/lib/content";
import { formatCount } from "@/lib/format";
import { buildMetadata, NOT_FOUND_METADATA } from "@/lib/publish/metadata";
import { formatFigureYearPath, parseFigureYear } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";

// The segment is named `file` because its sibling route (the CSV file, `<key>.csv`) names it so; here it is the figure's key.
type Props = { params: Promise<{ conflict: string; file: string; year: string }> };

export const generateStaticParams = getFigureYearParams;

async function getView({ params }: Props) {
  const { conflict, file, year } = await params;
  const number = parseFigureYear(year);
  return number === undefined ? undefined : getFigureYearView(conflict, file, number);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const view = await getView(props);
  if (!view) return NOT_FOUND_METADATA;
  const { conflict, year, series } = view;
  return buildMetadata({
    title: `${series.definition.label}, ${year} · ${conflict.name} · ${SITE_NAME}`,
    description: `${formatCount(series.points.length, "report")} of ${series.definition.label} (${series.definition.unit}) in ${year}, each with its source and the day that reported it.`,
    path: formatFigureYearPath(conflict.slug, series.definition.key, year),
    conflict,
  });
}

/** `/<conflict>/figures/<key>/<year>`: one year of a figure's reports; 404 for an unknown figure or a year with none. */
export default async function FigureYearRoute(props: Props) {
  const view = await getView(props);
  if (!view) return <MissingPage />;
  return <FigureYearPage view={view} />;
}
