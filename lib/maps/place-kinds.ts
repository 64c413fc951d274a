/** Kinds of place in a gazetteer: points (settlement, facility) and areas marked at a representative point. */
export const PLACE_KINDS = ["settlement", "facility", "region", "country", "sea", "river", "other"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Kinds drawn as a dot; the others are areas, drawn as a ring at a point inside them. */
export const POINT_KINDS: ReadonlySet<PlaceKind> = new Set(["settlement", "facility"]);

/** Each kind of place as the pages name it. */
export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
  settlement: "town",
  facility: "site",
  region: "region",
  country: "country",
  sea: "sea",
  river: "river",
  other: "area",
};

/** Names as a sentence: "Kyiv, Dnipro and Kherson". */
export function formatNameList(places: readonly { name: string }[]): string {
  const names = places.map((p) => p.name);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** What a map shows, as a description says it: "a map of the conflict's area", "a map of the wider area", "a world map". */
export const MAP_SCOPE_LABELS = {
  conflict: "a map of the conflict's area",
  wider: "a map of the wider area",
  world: "a world map",
} as const;
