/**
 * Makes a corpus written by `writeCorpus` a git repository with a history, in one
 * `git fast-import` (thousands of `git commit` calls would take minutes): days are
 * added in batches, in date order, as an editor would publish them; some are
 * edited later; one day is edited many times. The last version of every file is
 * what is on disk, so the working tree is clean.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export interface CorpusHistoryOptions {
  /** Days added per commit. */
  batch: number;
  /** Commits that each edit one to three earlier days, spread over the history. */
  edits: number;
  /** The day (index from the oldest) edited `editedDayEdits` times, and how often. */
  editedDay: number;
  editedDayEdits: number;
  /** Extra edits of every day, one commit each (a "huge" history). */
  editsPerDay?: number;
}

interface Commit {
  time: number;
  message: string;
  files: { name: string; text: string }[];
}

/** The text after edit `n`: one item gains a sentence (a word-level change, still a valid day). */
function editText(text: string, n: number): string {
  const lines = text.split("\n");
  const items = lines.flatMap((line, i) => (line.startsWith("- ") ? [i] : []));
  const at = items[n % items.length]!;
  // Inserted before the item's citation markers, which must stay at its very end.
  const line = lines[at]!;
  const markers = /(\[\^[a-z0-9-]+\])+$/.exec(line)?.[0] ?? "";
  lines[at] = `${line.slice(0, line.length - markers.length)} Updated in revision ${n}.${markers}`;
  return lines.join("\n");
}

/** A fast-import stream of the commits, oldest first, on refs/heads/main. */
function formatStream(commits: readonly Commit[]): Buffer {
  const parts: Buffer[] = [];
  const data = (text: string) => {
    const bytes = Buffer.from(text);
    parts.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from("\n"));
  };
  for (const commit of commits) {
    parts.push(Buffer.from(`commit refs/heads/main\ncommitter Bench Editor <bench@example.org> ${Math.floor(commit.time / 1000)} +0000\n`));
    data(commit.message);
    for (const file of commit.files) {
      parts.push(Buffer.from(`M 100644 inline ${file.name}\n`));
      data(file.text);
    }
  }
  return Buffer.concat(parts);
}

/** Commits the corpus in `dir` (one conflict folder) as a history; returns the number of commits. */
export function commitCorpusHistory(dir: string, options: CorpusHistoryOptions): number {
  const conflict = fs.readdirSync(dir).find((name) => !name.startsWith("."))!;
  const names = fs.readdirSync(path.join(dir, conflict)).sort();
  // Days by their date names; the conflict's other files (_conflict.md, the gazetteer, the base map) come with the first commit.
  const days = names.filter((name) => /^\d{4}-\d{2}-\d{2}\.md$/.test(name));
  const others = names.filter((name) => !days.includes(name));
  const current = new Map(names.map((name) => [name, fs.readFileSync(path.join(dir, conflict, name), "utf8")]));
  const file = (name: string) => ({ name: `${conflict}/${name}`, text: current.get(name)! });
  const commits: Commit[] = [];
  let edit = 0;
  // Commits are made in order, a minute apart after each batch: a batch covers at least a day.
  let clock = 0;
  const tick = () => (clock += 60_000);
  const editDays = (touched: readonly string[], message: string) => {
    for (const name of touched) current.set(name, editText(current.get(name)!, ++edit));
    commits.push({ time: tick(), message, files: touched.map(file) });
  };
  const batches = Math.ceil(days.length / options.batch);
  for (let b = 0; b < batches; b++) {
    const added = days.slice(b * options.batch, (b + 1) * options.batch);
    clock = Date.parse(`${added.at(-1)!.slice(0, 10)}T20:00:00Z`);
    const first = added[0]!.slice(0, 10);
    commits.push({
      time: clock,
      message: `Publish ${first} to ${added.at(-1)!.slice(0, 10)}`,
      files: [...(b === 0 ? others : []), ...added].map(file),
    });
    // Edits of one to three earlier days, spread evenly over the batches.
    const due = Math.floor(((b + 1) * options.edits) / batches) - Math.floor((b * options.edits) / batches);
    for (let e = 0; e < due; e++) {
      const published = b * options.batch + added.length;
      const touched = [...new Set([0, 1, 2].slice(0, 1 + (edit % 3)).map((k) => days[(edit * 7919 + k * 104_729) % published]!))];
      editDays(touched, `Corrections to ${touched.length} ${touched.length === 1 ? "day" : "days"}`);
    }
    for (const name of options.editsPerDay ? added : []) {
      for (let e = 0; e < options.editsPerDay!; e++) editDays([name], `Update ${name.slice(0, 10)}`);
    }
    const edited = days[options.editedDay];
    if (edited && added.includes(edited)) {
      for (let e = 0; e < options.editedDayEdits; e++) editDays([edited], `Update ${edited.slice(0, 10)}, revision ${e + 2}`);
    }
  }
  // The files on disk become the last version of each.
  for (const [name, text] of current) fs.writeFileSync(path.join(dir, conflict, name), text);
  const run = (args: string[], input?: Buffer) => {
    const result = spawnSync("git", args, { cwd: dir, input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}`);
    return result.stdout;
  };
  fs.rmSync(path.join(dir, ".git"), { recursive: true, force: true });
  run(["init", "-q", "-b", "main"]);
  run(["fast-import", "--quiet"], formatStream(commits));
  run(["reset", "-q"]);
  if (run(["status", "--porcelain"]).trim() !== "") throw new Error("the corpus's history does not end with the files on disk");
  return commits.length;
}
