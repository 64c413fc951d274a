import type { Metadata } from "next";
import { BriefingView } from "@/components/briefing-view";
import { JsonLd } from "@/components/json-ld";
import { LicenseNote } from "@/components/license-note";
import { MissingPage } from "@/components/missing-page";
import { getDayParams, getDayView } from "@/lib/content";
import { buildBreadcrumbs, buildNewsArticle } from "@/lib/publish/json-ld";
import { buildMetadata, NOT_FOUND_METADATA } from "@/lib/publish/metadata";
import { formatApiDayPath } from "@/lib/api/paths";
import { formatDayPath } from "@/lib/routes";
import { formatDayPageTitle, formatHeadline } from "@/lib/publish/titles";

type Props = { params: Promise<{ conflict: string; date: string }> };

export const generateStaticParams = getDayParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { conflict: slug, date } = await params;
  const view = getDayView(slug, date);
  if (!view) return NOT_FOUND_METADATA;
  const { conflict, briefing } = view;
  return buildMetadata({
    title: formatDayPageTitle(conflict, briefing),
    description: briefing.summary,
    path: formatDayPath(conflict.slug, briefing.date),
    conflict,
    article: { published: briefing.published, modified: briefing.modified, section: conflict.name },
  });
}

export default async function DayPage({ params }: Props) {
  const { conflict: slug, date } = await params;
  const view = getDayView(slug, date);
  if (!view) return <MissingPage />;
  const { conflict, briefing } = view;
  return (
    <>
      <JsonLd data={[buildNewsArticle(conflict, briefing, formatHeadline(conflict, briefing)), buildBreadcrumbs(conflict, briefing)]} />
      <BriefingView view={view} />
      <LicenseNote
        license={conflict.license}
        json={{ href: formatApiDayPath(conflict.slug, briefing.date), label: "This briefing as JSON" }}
      />
    </>
  );
}
