/** The three typed sections of a briefing, in the order they are always rendered. */
export const SECTION_KEYS = ["battlefield", "politics-and-diplomacy", "weapons"] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];

/** Reader-facing heading of each section. */
export const SECTION_LABELS: Record<SectionKey, string> = {
  battlefield: "Battlefield",
  "politics-and-diplomacy": "Politics and diplomacy",
  weapons: "Weapons",
};

/** Headings editors may write for each section (matched case-insensitively). */
export const SECTION_ALIASES: Record<SectionKey, readonly string[]> = {
  battlefield: ["Battlefield", "Fighting", "On the battlefield"],
  "politics-and-diplomacy": ["Politics and diplomacy", "Politics & diplomacy", "Diplomacy and politics", "Diplomacy", "Politics"],
  weapons: ["Weapons", "Military aid", "Arms"],
};

function normalizeHeading(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

const aliasIndex = new Map<string, SectionKey>(
  SECTION_KEYS.flatMap((key) => SECTION_ALIASES[key].map((alias) => [normalizeHeading(alias), key] as const)),
);

/** Returns the section a `##` heading names, or undefined when it names none. */
export function parseSectionHeading(text: string): SectionKey | undefined {
  return aliasIndex.get(normalizeHeading(text));
}

/** Human list of every accepted heading, for error hints. */
export function formatAcceptedHeadings(): string {
  return SECTION_KEYS.map((key) => SECTION_ALIASES[key].map((a) => `"${a}"`).join(", ")).join("; ");
}
