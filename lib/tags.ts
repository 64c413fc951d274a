/** The two kinds of tags a briefing can carry in its front matter. */
export const TAG_KINDS = ["places", "topics"] as const;
export type TagKind = (typeof TAG_KINDS)[number];

export const TAG_LABELS: Record<TagKind, { plural: string; singular: string }> = {
  places: { plural: "Places", singular: "Place" },
  topics: { plural: "Topics", singular: "Topic" },
};

const slugs = new Map<string, string>();

/** URL slug of a tag: "Zaporizhzhia Nuclear Plant" → "zaporizhzhia-nuclear-plant"; diacritics dropped. */
export function formatTagSlug(name: string): string {
  const known = slugs.get(name);
  if (known !== undefined) return known;
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  // A few hundred distinct places and topics, each met in thousands of briefings on every refresh.
  if (slugs.size >= 10_000) slugs.clear();
  slugs.set(name, slug);
  return slug;
}

/** Removes tags that repeat an earlier one (same slug), keeping the first spelling. */
export function dedupeTags(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const slug = formatTagSlug(name);
    if (seen.has(slug)) return false;
    seen.add(slug);
    return true;
  });
}

/** One tag of a conflict with the days that name it, newest first. */
export interface Tag<T> {
  slug: string;
  name: string;
  items: T[];
}

/**
 * Groups items (briefings, newest first) by tag slug. A tag's display name is its
 * most used spelling. Sorted by number of days, then name.
 */
export function computeTags<T>(items: readonly T[], getNames: (item: T) => readonly string[]): Tag<T>[] {
  const bySlug = new Map<string, { items: T[]; spellings: Map<string, number> }>();
  for (const item of items) {
    for (const name of getNames(item)) {
      const slug = formatTagSlug(name);
      const entry = bySlug.get(slug) ?? { items: [] as T[], spellings: new Map<string, number>() };
      entry.items.push(item);
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
      bySlug.set(slug, entry);
    }
  }
  return [...bySlug]
    .map(([slug, { items: tagged, spellings }]) => ({
      slug,
      name: [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
      items: tagged,
    }))
    .sort((a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name));
}
