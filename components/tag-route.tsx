import type { Metadata } from "next";
import Link from "next/link";
import { BriefingTeaser } from "@/components/briefing-teaser";
import { ConflictNav } from "@/components/conflict-nav";
import { MissingPage } from "@/components/missing-page";
import { Pager } from "@/components/pager";
import { ConflictTitle } from "@/components/tag-pages";
import { getConflict, getConflicts, getTag, getTags } from "@/lib/content";
import { buildMetadata, NOT_FOUND_METADATA } from "@/lib/metadata";
import { computePage, parsePageNumber } from "@/lib/pagination";
import { formatTagPath } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";
import { TAG_LABELS, type TagKind } from "@/lib/tags";

type TagProps = { params: Promise<{ conflict: string; tag: string; page?: string }> };

/** How many of the most used places and of the most used topics `next build` prerenders (first pages only). */
const PRERENDERED_TAGS = 30;

/**
 * `/<conflict>/places/<tag>` and `/<conflict>/topics/<tag>`: the days that name one
 * tag, newest first, 50 to a page; `…/<tag>/page/2` onwards for older days. After
 * years of war a front-line town is named on thousands of days.
 */
export function createTagRoute(kind: TagKind, paged: boolean) {
  const label = TAG_LABELS[kind];
  const find = async (params: TagProps["params"]) => {
    const { conflict: slug, tag: tagSlug, page: pageSegment } = await params;
    const page = paged ? parsePageNumber(pageSegment ?? "") : 1;
    const conflict = getConflict(slug);
    const tag = conflict && getTag(slug, kind, tagSlug);
    const list = tag && page !== undefined ? computePage(tag.items, page) : undefined;
    return conflict && tag && list ? { conflict, tag, list } : undefined;
  };
  return {
    // Later pages render on first request, then are cached like the rest.
    generateStaticParams: () =>
      paged
        ? []
        : getConflicts().flatMap((conflict) => getTags(conflict.slug, kind).slice(0, PRERENDERED_TAGS).map((tag) => ({ conflict: conflict.slug, tag: tag.slug }))),
    async generateMetadata({ params }: TagProps): Promise<Metadata> {
      const found = await find(params);
      if (!found) return NOT_FOUND_METADATA;
      const { conflict, tag, list } = found;
      const pageNote = list.page > 1 ? ` (page ${list.page} of ${list.pages})` : "";
      return buildMetadata({
        title: `${tag.name}: ${tag.items.length} day${tag.items.length === 1 ? "" : "s"} of the ${conflict.name}${pageNote} · ${SITE_NAME}`,
        description: `Daily briefings on the ${conflict.name} that name ${tag.name}, newest first${pageNote}.`,
        path: formatTagPath(conflict.slug, kind, tag.slug, list.page),
        conflict,
      });
    },
    async Page({ params }: TagProps) {
      const found = await find(params);
      if (!found) return <MissingPage />;
      const { conflict, tag, list } = found;
      const pagePath = (page: number) => formatTagPath(conflict.slug, kind, tag.slug, page);
      return (
        <>
          <ConflictTitle slug={conflict.slug} name={conflict.name} suffix={tag.name} />
          <p className="mt-2 text-neutral-700 dark:text-neutral-300">
            {label.singular} named on {tag.items.length} day{tag.items.length === 1 ? "" : "s"}.
            {list.pages > 1 ? ` Page ${list.page} of ${list.pages}.` : ""}{" "}
            <Link href={formatTagPath(conflict.slug, kind)} className="underline">All {label.plural.toLowerCase()}</Link>
          </p>
          <ConflictNav slug={conflict.slug} current={kind} />
          <div className="mt-6 divide-y divide-neutral-200 dark:divide-neutral-800">
            {list.items.map((briefing) => <BriefingTeaser key={briefing.date} briefing={briefing} headingLevel={2} />)}
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
