// Makes the "tracked-war" conflict of the e2e fixture site a real git history
// (tests/fixtures/history), committed in <target>, which becomes (or already is)
// a git repository. Only tracked-war's files are committed: the site's other
// conflicts stay untracked, so their modified times do not come from git.
//
//   node scripts/test/make-history-repo.mjs <target> [--without-payloads]
//
// 2024-05-01.md: created as pokrovsk-notes.md, renamed to its date as a draft, edited
// as a draft, published, then edited twice (the second edit adds a correction).
// 2024-05-02.md: published once. 2024-05-04.md: on disk, never committed.
// 2024-04-02.md: published, then changed once per XSS payload with the payload as
// the commit subject (all of them dated before 1 May, so the feed starts with 1 May).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FIXTURE = path.join(ROOT, "tests/fixtures/history");
const SLUG = "tracked-war";

/** Steps of 2024-05-01.md: which fixture version, under which name, when and with which subject. */
export const POKROVSK_STEPS = [
  { version: "v1", name: "pokrovsk-notes.md", time: "2024-05-01T08:00:00Z", subject: "Notes on Pokrovsk, not yet a day" },
  { version: "v2", name: "2024-05-01.md", time: "2024-05-01T09:00:00Z", subject: "File the Pokrovsk notes under 1 May as a draft" },
  { version: "v3", name: "2024-05-01.md", time: "2024-05-01T10:00:00Z", subject: "Draft: add the weapons section" },
  { version: "v4", name: "2024-05-01.md", time: "2024-05-01T18:00:00Z", subject: "Publish 1 May" },
  { version: "v5", name: "2024-05-01.md", time: "2024-05-02T07:30:00Z", subject: "Raise the Pokrovsk death toll to 14" },
  { version: "v6", name: "2024-05-01.md", time: "2024-05-03T09:15:00Z", subject: "Correct the source of the Avdiivka report" },
];

/** Runs git in `cwd` with a fixed author and time; repository-locating variables (set inside git hooks) are dropped. */
function git(cwd, args, time) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^GIT_(DIR|WORK_TREE|INDEX_FILE|COMMON_DIR)$/.test(key)));
  const dates = time ? { GIT_AUTHOR_DATE: time, GIT_COMMITTER_DATE: time } : {};
  return execFileSync(
    "git",
    ["-c", "user.name=Fixture Editor", "-c", "user.email=editor@example.org", "-c", "commit.gpgSign=false", ...args],
    {
      cwd,
      env: { ...env, ...dates },
      encoding: "utf8",
    },
  );
}

/** Commits the conflict folder as it is on disk, with `subject` as the whole message (kept verbatim, even "#…"). */
function commit(target, subject, time) {
  git(target, ["add", "-A", "--", SLUG], time);
  const message = path.join(target, ".git", "DAYBOOK_MESSAGE");
  fs.writeFileSync(message, subject);
  git(target, ["commit", "-q", "--no-verify", "--cleanup=verbatim", "-F", message], time);
}

/** One payload a line in tests/fixtures/xss/<name>; lines starting with # are the file's header, blank lines are skipped. */
function readPayloadFile(name) {
  return fs
    .readFileSync(path.join(ROOT, "tests/fixtures/xss", name), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"));
}

/**
 * The XSS payloads, used as commit subjects: the whole corpus, each payload once, in the order
 * tests/unit/xss-helpers.ts gives them (its HTML payloads, then the URLs that are not also HTML payloads).
 */
export function readPayloads() {
  const html = [...new Set(["html-payloads.txt", "dompurify-payloads.txt", "owasp-payloads.txt"].flatMap(readPayloadFile))];
  const urls = [...new Set(["url-payloads.txt", "markdown-url-payloads.txt"].flatMap(readPayloadFile))].filter((u) => !html.includes(u));
  return [...html, ...urls];
}

/** Writes tracked-war into `target` and commits its history there (the unit tests leave the payload commits out). */
export function makeHistoryRepo(relativeTarget, { payloads: withPayloads = true } = {}) {
  const target = path.resolve(relativeTarget);
  const dir = path.join(target, SLUG);
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(path.join(target, ".git"))) git(target, ["init", "-q", "-b", "main"]);
  const copy = (from, to = from) => fs.copyFileSync(path.join(FIXTURE, from), path.join(dir, to));

  copy("_conflict.md");
  commit(target, "Add the Tracked war", "2024-04-01T09:00:00Z");

  copy("2024-04-02.md");
  commit(target, "Publish 2 April", "2024-04-02T12:00:00Z");
  const payloads = withPayloads ? readPayloads() : [];
  payloads.forEach((payload, i) => {
    const text = fs.readFileSync(path.join(FIXTURE, "2024-04-02.md"), "utf8").replace("Revision number 0.", `Revision number ${i + 1}.`);
    fs.writeFileSync(path.join(dir, "2024-04-02.md"), text);
    commit(target, payload, new Date(Date.UTC(2024, 3, 3) + i * 60_000).toISOString());
  });

  let current;
  for (const step of POKROVSK_STEPS) {
    if (current && current !== step.name) fs.renameSync(path.join(dir, current), path.join(dir, step.name));
    copy(`2024-05-01.${step.version}.md`, step.name);
    current = step.name;
    commit(target, step.subject, step.time);
  }

  copy("2024-05-02.md");
  commit(target, "Publish 2 May", "2024-05-02T20:00:00Z");
  copy("2024-05-04.md"); // never committed: no history
  fs.rmSync(path.join(target, ".git", "DAYBOOK_MESSAGE"), { force: true });
  return { payloads: payloads.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [target, flag] = process.argv.slice(2);
  if (!target) throw new Error("usage: node scripts/test/make-history-repo.mjs <target> [--without-payloads]");
  const { payloads } = makeHistoryRepo(path.resolve(target), { payloads: flag !== "--without-payloads" });
  console.log(`tracked-war committed in ${target} (${payloads} hostile subjects)`);
}
