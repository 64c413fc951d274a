import type { Metadata } from "next";
import Link from "next/link";
import { ConflictNav } from "@/components/conflict-nav";
import { MissingPage } from "@/components/missing-page";
import { getConflict, getConflictParams, getTags } from "@/lib/content";
import { buildMetadata, NOT_FOUND_METADATA } from "@/lib/metadata";
import { formatConflictPath, formatTagPath } from "@/lib/routes";
import { SITE_NAME } from "@/lib/site";
import { TAG_LABELS, type TagKind } from "@/lib/tags";

type IndexProps = { params: Promise<{ conflict: string }> };

/** A list page's heading: the conflict (linked) and what the page lists. */
export function ConflictTitle({ slug, name, suffix }: { slug: string; name: string; suffix: string }) {
  return (
    <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
      <Link href={formatConflictPath(slug)} className="underline-offset-4 hover:underline">{name}</Link>
      <span className="sr-only">:</span> <span className="block">{suffix}</span>
    </h1>
  );
}

/** `/<conflict>/places` and `/<conflict>/topics`: every tag of the kind with its number of days. */
export function createTagIndexRoute(kind: TagKind) {
  const label = TAG_LABELS[kind];
  return {
    generateStaticParams: () => getConflictParams(),
    async generateMetadata({ params }: IndexProps): Promise<Metadata> {
      const conflict = getConflict((await params).conflict);
      if (!conflict) return NOT_FOUND_METADATA;
      return buildMetadata({
        title: `${label.plural} of the ${conflict.name} · ${SITE_NAME}`,
        description: `Every ${label.singular.toLowerCase()} named in the daily briefings on the ${conflict.name}, with the days that name it.`,
        path: formatTagPath(conflict.slug, kind),
        conflict,
      });
    },
    async Page({ params }: IndexProps) {
      const conflict = getConflict((await params).conflict);
      if (!conflict) return <MissingPage />;
      const tags = getTags(conflict.slug, kind);
      return (
        <>
          <ConflictTitle slug={conflict.slug} name={conflict.name} suffix={label.plural} />
          <ConflictNav slug={conflict.slug} current={kind} />
          {tags.length === 0 ? <p className="mt-8">No {label.plural.toLowerCase()} are tagged yet.</p> : null}
          <ul className="mt-8 grid gap-2 sm:grid-cols-2" data-testid="tag-list">
            {tags.map((tag) => (
              <li key={tag.slug}>
                <Link href={formatTagPath(conflict.slug, kind, tag.slug)} className="flex justify-between gap-4 rounded-md border border-neutral-300 px-3 py-2 hover:border-neutral-500 dark:border-neutral-700">
                  <span className="font-medium">{tag.name}</span>
                  <span className="text-neutral-600 dark:text-neutral-400">{tag.items.length} day{tag.items.length === 1 ? "" : "s"}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      );
    },
  };
}
