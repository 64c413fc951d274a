import type { Metadata } from "next";
import Link from "next/link";
import { ConflictNav } from "@/components/conflict-nav";
import { ConflictTitle } from "@/components/conflict-title";
import { MissingPage } from "@/components/missing-page";
import { getConflictParams, getTagIndexView } from "@/lib/content";
import { formatCount } from "@/lib/format";
import { buildMetadata, NOT_FOUND_METADATA } from "@/lib/publish/metadata";
import { formatTagPath } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";
import { TAG_LABELS, type TagKind } from "@/lib/tags";

type Props = { params: Promise<{ conflict: string }> };

/** `/<conflict>/places` and `/<conflict>/topics`: every tag of the kind with its number of days. */
export function createTagIndexRoute(kind: TagKind) {
  const label = TAG_LABELS[kind];
  return {
    generateStaticParams: getConflictParams,
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const view = getTagIndexView((await params).conflict, kind);
      if (!view) return NOT_FOUND_METADATA;
      const { conflict } = view;
      return buildMetadata({
        title: `${label.plural} of the ${conflict.name} · ${SITE_NAME}`,
        description: `Every ${label.singular.toLowerCase()} named in the daily briefings on the ${conflict.name}, with the days that name it.`,
        path: formatTagPath(conflict.slug, kind),
        conflict,
      });
    },
    async Page({ params }: Props) {
      const view = getTagIndexView((await params).conflict, kind);
      if (!view) return <MissingPage />;
      const { conflict, tags } = view;
      return (
        <>
          <ConflictTitle conflict={conflict} suffix={label.plural} />
          <ConflictNav slug={conflict.slug} current={kind} />
          {tags.length === 0 ? <p className="mt-8">No {label.plural.toLowerCase()} are tagged yet.</p> : null}
          <ul className="mt-8 grid gap-2 sm:grid-cols-2" data-testid="tag-list">
            {tags.map((tag) => (
              <li key={tag.slug}>
                <Link
                  href={formatTagPath(conflict.slug, kind, tag.slug)}
                  className="flex justify-between gap-4 rounded-md border border-neutral-300 px-3 py-2 hover:border-neutral-500 dark:border-neutral-700"
                >
                  <span className="font-medium">{tag.name}</span>
                  <span className="text-neutral-600 dark:text-neutral-400">{formatCount(tag.items.length, "day")}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      );
    },
  };
}
