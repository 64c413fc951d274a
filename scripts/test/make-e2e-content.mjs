// Builds the content folder of the second e2e site: the two-conflict fixture plus
// "live-war", whose 60 days end today (UTC), so that feeds (latest 50) and the
// news sitemap (last two days) are tested against dates relative to the build, and
// a place's page (50 days a page) has two pages; plus "tracked-war", whose days are
// committed to a git repository made here (scripts/test/make-history-repo.mjs), for
// history pages and the changes feed. Only tracked-war is committed: the other
// conflicts' modified times stay those of their front matter.
import fs from "node:fs";
import path from "node:path";
import { makeHistoryRepo } from "./make-history-repo.mjs";

const [target = ".test-results/e2e-content"] = process.argv.slice(2);
fs.rmSync(target, { recursive: true, force: true });
fs.cpSync("tests/fixtures/content-multi", target, { recursive: true });

const dir = path.join(target, "live-war");
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(
  path.join(dir, "_conflict.md"),
  "---\nname: Live war\nstart: 2022-02-24\n---\nA generated conflict whose latest days are always recent.\n",
);

const DAY = 24 * 60 * 60 * 1000;
const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
// Today, yesterday, then a gap of two days, then 58 older days.
const offsets = [0, 1, ...Array.from({ length: 58 }, (_, i) => i + 4)];
for (const offset of offsets) {
  const date = new Date(today - offset * DAY).toISOString().slice(0, 10);
  const body = [
    "---",
    `summary: Generated briefing for ${date} & friends.`,
    offset === 0 ? "title: Today's generated briefing" : undefined,
    // Named on all 60 days: its page runs to a second page (50 days a page).
    "places: [Front line]",
    "---",
    "## Battlefield",
    `- Generated battlefield item for ${date}.`,
    "## Weapons",
    `- Generated weapons item for ${date}.`,
    "",
  ]
    .filter((line) => line !== undefined)
    .join("\n");
  fs.writeFileSync(path.join(dir, `${date}.md`), body);
}
const { payloads } = makeHistoryRepo(target);
console.log(`e2e content written to ${target} (${offsets.length} live-war days; tracked-war in git with ${payloads} hostile subjects)`);
