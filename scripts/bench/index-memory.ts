/**
 * What the search index costs in memory at a given history: the compact index
 * the site builds (typed arrays in its search worker), beside a MiniSearch
 * instance over the same documents, the representation it replaced.
 */
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";
import MiniSearch from "minisearch";
import type { Briefing, Conflict } from "@/lib/content";
import { computeSearchDocuments } from "@/lib/search/search-documents";
import { createSearchIndex } from "@/lib/search/search-index";
import { normalizeTerm, tokenize } from "@/lib/search/search-text";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

function used(): number {
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** Bytes a built value keeps alive (JS heap and array buffers), and the time it took. */
function measure(build: () => unknown): { bytes: number; ms: number } {
  const before = used();
  const start = performance.now();
  const value = build();
  const ms = performance.now() - start;
  const bytes = used() - before;
  void value; // kept alive until measured
  return { bytes, ms };
}

export function measureIndexMemory(
  conflicts: Conflict[],
  briefings: Briefing[],
): { compact: { bytes: number; ms: number }; miniSearch: { bytes: number; ms: number } } {
  const compact = measure(() => createSearchIndex(computeSearchDocuments(conflicts, briefings)));
  const miniSearch = measure(() => {
    // As lib/search built it before: one object per item or summary, and MiniSearch's Map-of-Maps index.
    const docs = briefings.flatMap((b) => [
      { text: b.title ? `${b.title} — ${b.summary}` : b.summary, conflict: b.conflict, date: b.date, day: b.day, section: "summary" },
      ...b.sections.flatMap((s) =>
        s.items.map((item) => ({ text: item.text, conflict: b.conflict, date: b.date, day: b.day, section: s.key })),
      ),
    ]);
    const index = new MiniSearch<{ id: number; text: string }>({ fields: ["text"], tokenize, processTerm: normalizeTerm });
    index.addAll(docs.map((d, id) => ({ ...d, id })));
    return { index, docs };
  });
  return { compact, miniSearch };
}
