import type { Metadata } from "next";
import { BriefingView } from "@/components/briefing-view";
import { JsonLd } from "@/components/json-ld";
import { MissingPage } from "@/components/missing-page";
import { getAdjacentBriefings, getBriefing, getBriefingParams, getConflict, getLatestBriefing, getSameDayInEarlierYears } from "@/lib/content";
import { buildBreadcrumbs, buildNewsArticle } from "@/lib/json-ld";
import { buildMetadata, NOT_FOUND_METADATA } from "@/lib/metadata";
import { formatDayPath } from "@/lib/routes";
import { formatDayPageTitle, formatHeadline } from "@/lib/titles";

type Props = { params: Promise<{ conflict: string; date: string }> };

export function generateStaticParams() {
  return getBriefingParams();
}

async function getDay(params: Props["params"]) {
  const { conflict: slug, date } = await params;
  const conflict = getConflict(slug);
  const briefing = conflict && getBriefing(slug, date);
  return conflict && briefing ? { conflict, briefing } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const day = await getDay(params);
  if (!day) return NOT_FOUND_METADATA;
  const { conflict, briefing } = day;
  return buildMetadata({
    title: formatDayPageTitle(conflict, briefing),
    description: briefing.summary,
    path: formatDayPath(conflict.slug, briefing.date),
    conflict,
    article: { published: briefing.published, modified: briefing.modified, section: conflict.name },
  });
}

export default async function DayPage({ params }: Props) {
  const day = await getDay(params);
  if (!day) return <MissingPage />;
  const { conflict, briefing } = day;
  const { previous, next } = getAdjacentBriefings(conflict.slug, briefing.date);
  const earlier = getSameDayInEarlierYears(conflict.slug, briefing.date);
  const latestDate = getLatestBriefing(conflict.slug)?.date ?? briefing.date;
  return (
    <>
      <JsonLd data={[buildNewsArticle(conflict, briefing, formatHeadline(conflict, briefing)), buildBreadcrumbs(conflict, briefing)]} />
      <BriefingView conflict={conflict} briefing={briefing} previous={previous} next={next} earlier={earlier} latestDate={latestDate} />
    </>
  );
}
