import type { Metadata } from "next";
import { FiguresPage } from "@/components/figures-page";
import { MissingPage } from "@/components/missing-page";
import { getConflictParams, getFiguresView } from "@/lib/content";
import { buildMetadata, NOT_FOUND_METADATA } from "@/lib/publish/metadata";
import { formatFiguresPath } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";

type Props = { params: Promise<{ conflict: string }> };

export const generateStaticParams = getConflictParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = getFiguresView((await params).conflict);
  if (!view) return NOT_FOUND_METADATA;
  const { conflict, figures } = view;
  const labels = figures.map((series) => series.definition.label.toLowerCase());
  return buildMetadata({
    title: `Key figures of the ${conflict.name} · ${SITE_NAME}`,
    description:
      labels.length > 0
        ? `Sourced figures of the ${conflict.name} over time: ${labels.join(", ")}.`
        : `Sourced figures of the ${conflict.name} over time.`,
    path: formatFiguresPath(conflict.slug),
    conflict,
  });
}

export default async function FiguresRoute({ params }: Props) {
  const view = getFiguresView((await params).conflict);
  if (!view) return <MissingPage />;
  return <FiguresPage view={view} />;
}
