import fs from "node:fs";
import { parseTopology, type BaseTopology } from "@/lib/maps/topology";
import { createIssue, type ContentIssue } from "./issues";
import { readText } from "./read-text";

/** Parsed base maps by file, kept while the file's size and modification time stay the same (on globalThis: one per process). */
const holder = globalThis as typeof globalThis & { __daybookBaseMaps?: Map<string, { key: string; topology: BaseTopology }> };
const cache = (holder.__daybookBaseMaps ??= new Map());

/** The 1-based line and column of a character offset in a text. */
function locateOffset(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Reads a conflict's base map, `_map.topo.json`: strict UTF-8 JSON holding a
 * TopoJSON topology whose every arc exists. The parsed topology is kept while the
 * file is unchanged, so that a content refresh does not re-parse it and the
 * geometry cached for drawing it (keyed by the topology) stays valid.
 */
export function readBaseMap(file: string): { topology?: BaseTopology; issues: ContentIssue[] } {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return { issues: [createIssue("unreadable", { file, line: 1, column: 1 }, "file", { reason: "ENOENT" })] };
  }
  const key = `${stat.mtimeMs}:${stat.size}`;
  const hit = cache.get(file);
  if (hit?.key === key) return { topology: hit.topology, issues: [] };
  const read = readText(file, stat);
  if ("issue" in read) return { issues: [read.issue] };
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : "it cannot be parsed";
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const at = Number.isFinite(offset) ? locateOffset(read.text, offset) : { line: 1, column: 1 };
    return { issues: [createIssue("bad-map-file", { file, ...at }, "file", { reason: `is not valid JSON: ${message.split("\n")[0]}` })] };
  }
  const parsed = parseTopology(json);
  if ("problem" in parsed) return { issues: [createIssue("bad-map-file", { file, line: 1, column: 1 }, "file", { reason: parsed.problem })] };
  cache.set(file, { key, topology: parsed.topology });
  return { topology: parsed.topology, issues: [] };
}
