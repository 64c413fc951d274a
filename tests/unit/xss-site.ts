/**
 * A content folder that carries every payload the checker accepts, in every
 * place it accepts it, for tests that render the real site (Chromium) or its
 * feeds: one conflict "xss" whose about text holds the payloads accepted as
 * paragraphs; one day (the newest) holding every accepted item, lede paragraph,
 * link, image, source name and URL, place and topic; earlier days whose titles
 * and summaries are payloads, a few to a day, shown together on month pages;
 * and one conflict per payload accepted as a name (the search form lists them all).
 */
import fs from "node:fs";
import path from "node:path";
import { isError } from "@/lib/content/issues";
import { parseConflict } from "@/lib/content/parse-conflict";
import { parseDay, russiaUkraine } from "./helpers";
import { ALL_PAYLOADS, buildXssCases, formatXssDay } from "./xss-helpers";

export const XSS_SLUG = "xss";
const START = "2020-01-01";
const yaml = (text: string) => JSON.stringify(text);
const dateOf = (i: number) => new Date(Date.parse(`${START}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);

/** The payloads the checker accepts in each placement of a day's file ("as an item", "in the title"…). */
function getAcceptedPayloads(): Map<string, string[]> {
  const accepted = new Map<string, string[]>();
  for (const c of buildXssCases()) {
    const { issues } = parseDay("c/2024-01-07.md", "2024-01-07.md", formatXssDay(c), russiaUkraine, { today: "2026-11-29" });
    if (!issues.some(isError)) accepted.set(c.placement, [...(accepted.get(c.placement) ?? []), c.payload]);
  }
  return accepted;
}

/** Joins payloads into as few strings as fit `limit` characters each. */
function pack(payloads: string[], limit: number): string[] {
  const packed: string[] = [];
  for (const p of payloads) {
    const last = packed.at(-1);
    if (last !== undefined && last.length + 3 + p.length <= limit) packed[packed.length - 1] = `${last} ¦ ${p}`;
    else packed.push(p.slice(0, limit));
  }
  return packed;
}

export interface XssSite {
  /** The day holding every accepted item, link, source, place and topic. */
  kitchenDate: string;
  /** Months (YYYY-MM) whose pages list the days with payloads as titles and summaries. */
  months: string[];
  /** Conflicts named after payloads. */
  namedConflicts: number;
  /** How many payloads went into each placement. */
  counts: Record<string, number>;
}

/** Writes the site's content into `dir` (replacing it). */
export function writeXssSite(dir: string): XssSite {
  fs.rmSync(dir, { recursive: true, force: true });
  const folder = path.join(dir, XSS_SLUG);
  fs.mkdirSync(folder, { recursive: true });
  const accepted = getAcceptedPayloads();
  const get = (placement: string) => accepted.get(placement) ?? [];

  const about = ALL_PAYLOADS.filter(
    (p) => !parseConflict("c/_conflict.md", "c", `---\nname: War\nstart: ${START}\n---\n${p}\n`).issues.some(isError),
  );
  fs.writeFileSync(
    path.join(folder, "_conflict.md"),
    `---\nname: XSS corpus\nstart: ${START}\nsummary: Every payload, wherever the checker accepts it.\n---\n${about.join("\n\n")}\n`,
  );

  // Days of titles and summaries, a few payloads each.
  const titles = pack(get("in the title"), 200);
  const summaries = pack(get("in the summary"), 300);
  const days = Math.max(titles.length, summaries.length);
  for (let i = 0; i < days; i++) {
    const front = `title: ${yaml(titles[i] ?? "A title")}\nsummary: ${yaml(summaries[i] ?? "A summary.")}\n`;
    fs.writeFileSync(path.join(folder, `${dateOf(i)}.md`), `---\n${front}---\n## Battlefield\n- An item of day ${i + 1}.\n`);
  }

  // The kitchen-sink day, the newest, so that it is also in the feeds.
  const kitchenDate = dateOf(days);
  const urls = get("as a source URL");
  const sources = get("in a source name").map((name, i) => `  - name: ${yaml(name)}${urls[i] ? `\n    url: ${yaml(urls[i])}` : ""}`);
  const tags = get("in places and topics").map(yaml).join(", ");
  const items = [
    ...get("as an item").map((p) => `- ${p}`),
    ...get("inside an item").map((p) => `- Before ${p} after.`),
    ...get("as a link").map((u) => `- A [link](${u}) here.`),
    ...get("as an image").map((u) => `- An ![image](${u}) here.`),
    ...get("in a reference definition").map((_, i) => `- A [reference][r${i}] here.`),
    ...get("as an autolink").map((u) => `- An autolink <${u}> here.`),
  ];
  const definitions = get("in a reference definition").map((u, i) => `[r${i}]: ${u}`);
  const kitchen = [
    "---",
    "title: Every payload in one briefing",
    "summary: Items, lede, links, sources, places and topics.",
    `sources:\n${sources.join("\n")}`,
    `places: [${tags}]`,
    `topics: [${tags}]`,
    "---",
    get("as the lede").join("\n\n"),
    "",
    "## Battlefield",
    ...items,
    "",
    ...definitions,
    "",
  ].join("\n");
  const file = path.join(folder, `${kitchenDate}.md`);
  fs.writeFileSync(file, kitchen);
  const conflict = { slug: XSS_SLUG, name: "XSS corpus", start: START, license: "CC-BY-4.0" as const };
  const check = parseDay(file, path.basename(file), kitchen, conflict, { today: "2026-11-29" });
  const errors = check.issues.filter(isError);
  if (errors.length > 0) throw new Error(`the kitchen-sink day is invalid: ${errors.map((e) => `${e.line}: ${e.message}`).join("; ")}`);

  // One conflict per payload accepted as a name, each with one plain day (its feeds name the conflict).
  const names = ALL_PAYLOADS.filter(
    (p) => !parseConflict("c/_conflict.md", "c", `---\nname: ${yaml(p)}\nstart: ${START}\n---\n`).issues.some(isError),
  );
  for (const [i, name] of names.entries()) {
    const named = path.join(dir, `named-${i}`);
    fs.mkdirSync(named);
    fs.writeFileSync(path.join(named, "_conflict.md"), `---\nname: ${yaml(name)}\nstart: ${START}\nsummary: ${yaml(name)}\n---\n`);
    fs.writeFileSync(path.join(named, `${START}.md`), "---\nsummary: A plain day.\n---\n## Battlefield\n- A plain item.\n");
  }
  const months = [...new Set(Array.from({ length: days }, (_, i) => dateOf(i).slice(0, 7)))];
  const counts = Object.fromEntries([...accepted].map(([placement, list]) => [placement, list.length]));
  return { kitchenDate, months, namedConflicts: names.length, counts: { ...counts, "as about text": about.length } };
}
