/**
 * A deterministic synthetic corpus: N days of one conflict from 2022-02-24, each
 * file 2–6 KB with three sections of 3–8 items, links, places, topics and key figures;
 * with a gazetteer of its places and the shipped base map, as a real conflict has.
 */
import fs from "node:fs";
import path from "node:path";

/** The corpus's places with their coordinates (Wikipedia's, rounded), written as its `_places.yml`. */
const GAZETTEER: Record<string, [lat: number, lon: number, kind?: string]> = {
  Kyiv: [50.45, 30.5233],
  Kharkiv: [49.9925, 36.2311],
  Zaporizhzhia: [47.8333, 35.1333],
  Pokrovsk: [48.2833, 37.1833],
  Avdiivka: [48.1333, 37.75],
  Bakhmut: [48.6, 38.0],
  Odesa: [46.4857, 30.7434],
  Kherson: [46.6425, 32.625],
  Crimea: [45.3, 34.4, "region"],
  Belgorod: [50.6, 36.6],
  "Donetsk region": [48.14, 37.74, "region"],
  Dnipro: [48.45, 34.9833],
  Lviv: [49.8333, 24.0167],
  Sumy: [50.9167, 34.75],
  "Chasiv Yar": [48.5833, 37.8333],
  Kupiansk: [49.717, 37.583],
};
const PLACES = Object.keys(GAZETTEER);
const BASE_MAP = path.resolve(import.meta.dirname, "../../content/russia-ukraine/_map.topo.json");
const TOPICS = [
  "missile strikes",
  "drone attacks",
  "air defence",
  "prisoner exchanges",
  "military aid",
  "sanctions",
  "energy infrastructure",
  "peace talks",
  "mobilisation",
  "artillery",
];
const WORDS =
  "forces reported shelling near the front line while officials said air defences intercepted drones overnight and diplomats met to discuss further military aid sanctions and the supply of artillery shells to units defending positions along the river".split(
    " ",
  );

/** mulberry32: a small seeded PRNG, so every run writes the same corpus. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addDays(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The day's key figures: drones launched every day (a series of as many reports
 * as days, the worst case for a chart) and a cumulative toll every seventh day.
 * Computed from the day's index, not drawn at random, so the rest of the corpus
 * is the same text as before figures existed.
 */
function formatFigures(day: number): string[] {
  const drones = ["  - key: drones-launched", `    value: ${20 + ((day * 7919) % 131)}`, "    source: reuters"];
  const toll = day % 7 === 0 ? ["  - key: civilians-killed", `    value: ${100 + 3 * day + ((day * 31) % 17)}`, "    source: ap"] : [];
  return ["figures:", ...drones, ...toll];
}

/** Writes the corpus into `dir` (replacing it) and returns its total size in bytes. */
export function writeCorpus(dir: string, days: number, seed = 1): number {
  fs.rmSync(dir, { recursive: true, force: true });
  const conflictDir = path.join(dir, "russia-ukraine");
  fs.mkdirSync(conflictDir, { recursive: true });
  fs.writeFileSync(
    path.join(conflictDir, "_conflict.md"),
    [
      "---",
      "name: Russia–Ukraine war",
      "start: 2022-02-24",
      "citations: required",
      "map: { outline: countries, regions: regions, lakes: lakes, rivers: rivers }",
      "figures:",
      "  - key: drones-launched",
      "    label: Drones launched at Ukraine",
      "    unit: drones",
      "  - key: civilians-killed",
      "    label: Civilians killed (UN-verified)",
      "    unit: people",
      "    cumulative: true",
      "---",
      "Synthetic benchmark corpus.",
      "",
    ].join("\n"),
  );
  fs.copyFileSync(BASE_MAP, path.join(conflictDir, "_map.topo.json"));
  const entries = Object.entries(GAZETTEER).map(
    ([name, [lat, lon, kind]]) => `- name: ${name}\n  lat: ${lat}\n  lon: ${lon}\n${kind ? `  kind: ${kind}\n` : ""}`,
  );
  fs.writeFileSync(path.join(conflictDir, "_places.yml"), entries.join(""));
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sentence = (min: number, max: number) => {
    const length = min + Math.floor(random() * (max - min));
    const words = Array.from({ length }, () => pick(WORDS));
    words[Math.floor(random() * length)] = pick(PLACES);
    if (random() < 0.3) words[0] = `[${words[0]}](https://example.org/report/${Math.floor(random() * 1e6)})`;
    if (random() < 0.2) words[1] = `*${words[1]}*`;
    return `${words.join(" ")}.`;
  };
  let bytes = 0;
  for (let day = 0; day < days; day++) {
    const date = addDays("2022-02-24", day);
    const places = [...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(PLACES)))];
    const topics = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(TOPICS)))];
    const sections = ["Battlefield", "Politics and diplomacy", "Weapons"].map((heading) => {
      // Every item cites, as citations: required asks; markers take no random draws, so the text is as before.
      const items = Array.from(
        { length: 3 + Math.floor(random() * 6) },
        (_, i) => `- ${sentence(12, 60)}[^reuters]${i % 3 === 0 ? "[^ap]" : ""}`,
      );
      return `## ${heading}\n${items.join("\n")}\n`;
    });
    const text = [
      "---",
      `title: ${sentence(6, 12).replace(/[[\]*():]/g, "")}`,
      `summary: ${sentence(15, 35)
        .replace(/[[\]*():]/g, "")
        .slice(0, 280)}`,
      `places: [${places.join(", ")}]`,
      `topics: [${topics.join(", ")}]`,
      "sources:",
      "  - id: reuters",
      "    name: Reuters",
      "    url: https://www.reuters.com/",
      "  - id: ap",
      "    name: Associated Press",
      "    url: https://apnews.com/",
      ...formatFigures(day),
      "---",
      sentence(20, 40),
      "",
      ...sections,
    ].join("\n");
    fs.writeFileSync(path.join(conflictDir, `${date}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
