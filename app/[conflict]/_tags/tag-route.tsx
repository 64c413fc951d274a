import type { Metadata } from "next";
import Link from "next/link";
import { BriefingTeaser } from "@/components/briefing-teaser";
import { ConflictNav } from "@/components/conflict-nav";
import { ConflictTitle } from "@/components/conflict-title";
import { MissingPage } from "@/components/missing-page";
import { Pager } from "@/components/pager";
import { PlaceLocator } from "@/components/place-locator";
import { getTagParams, getTagView } from "@/lib/content";
import { formatCount } from "@/lib/format";
import { parsePageNumber } from "@/lib/pagination";
import { buildMetadata, NOT_FOUND_METADATA } from "@/lib/publish/metadata";
import { formatTagPath } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";
import { TAG_LABELS, type TagKind } from "@/lib/tags";

type Props = { params: Promise<{ conflict: string; tag: string; page?: string }> };

/**
 * `/<conflict>/places/<tag>` and `/<conflict>/topics/<tag>`: the days that name one
 * tag, newest first, 50 to a page; `…/<tag>/page/2` onwards for older days. After
 * years of war a front-line town is named on thousands of days.
 */
export function createTagRoute(kind: TagKind, paged: boolean) {
  const label = TAG_LABELS[kind];
  const find = async (params: Props["params"]) => {
    const { conflict, tag, page: segment } = await params;
    const page = paged ? parsePageNumber(segment ?? "") : 1;
    return page === undefined ? undefined : getTagView(conflict, kind, tag, page);
  };
  return {
    // Later pages render on first request, then are cached like the rest.
    generateStaticParams: () => (paged ? [] : getTagParams(kind)),
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const view = await find(params);
      if (!view) return NOT_FOUND_METADATA;
      const { conflict, tag, list } = view;
      const pageNote = list.page > 1 ? ` (page ${list.page} of ${list.pages})` : "";
      return buildMetadata({
        title: `${tag.name}: ${formatCount(tag.items.length, "day")} of the ${conflict.name}${pageNote} · ${SITE_NAME}`,
        description: `Daily briefings on the ${conflict.name} that name ${tag.name}, newest first${pageNote}.`,
        path: formatTagPath(conflict.slug, kind, tag.slug, list.page),
        conflict,
      });
    },
    async Page({ params }: Props) {
      const view = await find(params);
      if (!view) return <MissingPage />;
      const { conflict, tag, list, map } = view;
      const pagePath = (page: number) => formatTagPath(conflict.slug, kind, tag.slug, page);
      return (
        <>
          <ConflictTitle conflict={conflict} suffix={tag.name} />
          <p className="mt-2 text-neutral-700 dark:text-neutral-300">
            {label.singular} named on {formatCount(tag.items.length, "day")}.{list.pages > 1 ? ` Page ${list.page} of ${list.pages}.` : ""}{" "}
            <Link href={formatTagPath(conflict.slug, kind)} className="underline">
              All {label.plural.toLowerCase()}
            </Link>
          </p>
          <ConflictNav slug={conflict.slug} current={kind} />
          {map ? <PlaceLocator map={map} /> : null}
          <div className="mt-6 divide-y divide-neutral-200 dark:divide-neutral-800">
            {list.items.map((briefing) => (
              <BriefingTeaser key={briefing.date} briefing={briefing} headingLevel={2} />
            ))}
          </div>
          <Pager
            label={`Pages of ${tag.name}`}
            newer={list.page > 1 ? pagePath(list.page - 1) : undefined}
            older={list.page < list.pages ? pagePath(list.page + 1) : undefined}
          />
        </>
      );
    },
  };
}
