import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkContent, formatIssue, isError, loadContent } from "@/lib/content";
import { computeFigureHistory } from "@/lib/content/figure-history";
import { readContent } from "@/lib/content/read-folder";

describe("computeFigureHistory", () => {
  it("orders each figure's reports by the date they stand at, then by day, and links each to the one before", () => {
    const history = computeFigureHistory([
      { date: "2024-01-05", figures: [{ key: "a", value: 100, asOf: "2024-01-05" }] },
      { date: "2024-01-06", figures: [{ key: "b", value: 1, asOf: "2024-01-06" }] },
      // Reported on the 7th, but standing at the 3rd: it comes before the 5th's report.
      { date: "2024-01-07", figures: [{ key: "a", value: 90, asOf: "2024-01-03" }] },
      { date: "2024-01-08", figures: [{ key: "a", value: 110, asOf: "2024-01-08" }] },
    ]);
    expect(history.byKey.get("a")?.map((r) => [r.date, r.figure.value, r.previous?.date])).toEqual([
      ["2024-01-07", 90, undefined],
      ["2024-01-05", 100, "2024-01-07"],
      ["2024-01-08", 110, "2024-01-05"],
    ]);
    expect(history.byKey.get("b")).toHaveLength(1);
    expect(history.find("a", "2024-01-08")?.previous?.figure.value).toBe(100);
    expect(history.find("a", "2024-01-06")).toBeUndefined();
  });
});

describe("a cumulative figure that falls (DB407, across files)", () => {
  let root: string;
  const war = () => path.join(root, "russia-ukraine");
  const CONFLICT = `---
name: Russia–Ukraine war
start: 2022-02-24
figures:
  - key: civilians-killed
    label: Civilians killed (UN-verified)
    unit: people
    cumulative: true
  - key: refugees-recorded
    label: Refugees recorded
    unit: people
`;
  /** A day reporting `figures` ("key value [as_of]" each), and optionally a correction naming one. */
  const writeDay = (date: string, figures: string[], correct?: string) => {
    const lines = figures.map((f) => {
      const [key, value, asOf] = f.split(" ");
      return `  - key: ${key}\n    value: ${value}\n${asOf ? `    as_of: ${asOf}\n` : ""}    source: un\n`;
    });
    const correction = correct ? `corrections:\n  - date: ${date}\n    text: The earlier figure was wrong.\n    figure: ${correct}\n` : "";
    fs.writeFileSync(
      path.join(war(), `${date}.md`),
      `---\nsummary: Figures.\nsources:\n  - id: un\n    name: UN\n    url: https://un.example/\nfigures:\n${lines.join("")}${correction}---\n## Battlefield\n- The UN reported.[^un]\n`,
    );
  };
  const falls = () => loadContent(root).issues.filter((i) => i.code === "DB407");

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-figures-"));
    fs.mkdirSync(war());
    fs.writeFileSync(path.join(war(), "_conflict.md"), `${CONFLICT}---\n`);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("is a warning at the lower value, naming the previous report; the day still publishes", () => {
    writeDay("2024-01-07", ["civilians-killed 10200"]);
    writeDay("2024-01-08", ["refugees-recorded 5"]);
    writeDay("2024-01-09", ["civilians-killed 9800"]);
    const content = loadContent(root);
    const [warning] = content.issues.filter((i) => i.code === "DB407");
    expect(formatIssue(warning!, root)).toBe(
      "russia-ukraine/2024-01-09.md:9:12: warning: figures[0].value: civilians-killed fell from 10,200 on 2024-01-07 to 9,800; cumulative figures only rise. Fix: if 9,800 corrects the earlier figure, add a correction that names it (figure: civilians-killed); otherwise check the value and its as_of date [DB407 cumulative-figure-fell]",
    );
    expect(content.issues.filter(isError)).toEqual([]);
    expect(content.briefings.get("russia-ukraine")?.map((b) => b.date)).toEqual(["2024-01-07", "2024-01-08", "2024-01-09"]);
  });

  it("is not reported for a rise, an equal report, a figure that is not cumulative, or a fall its day corrects", () => {
    writeDay("2024-01-07", ["civilians-killed 10200", "refugees-recorded 500"]);
    writeDay("2024-01-08", ["civilians-killed 10200", "refugees-recorded 400"]);
    writeDay("2024-01-09", ["civilians-killed 10300"]);
    expect(falls()).toEqual([]);
    writeDay("2024-01-10", ["civilians-killed 10250"], "civilians-killed");
    expect(falls()).toEqual([]);
    writeDay("2024-01-11", ["civilians-killed 10100"]);
    expect(falls().map((i) => [path.basename(i.file), i.message])).toEqual([
      ["2024-01-11.md", "civilians-killed fell from 10,250 on 2024-01-10 to 10,100; cumulative figures only rise"],
    ]);
  });

  it("compares by the date a value stands at: an older figure reported later is not a fall", () => {
    writeDay("2024-01-07", ["civilians-killed 10200"]);
    writeDay("2024-01-09", ["civilians-killed 10100 2024-01-05"]);
    expect(falls()).toEqual([]);
    writeDay("2024-01-10", ["civilians-killed 10150 2024-01-08"]);
    expect(falls().map((i) => i.message)).toEqual(["civilians-killed fell from 10,200 on 2024-01-07 to 10,150; cumulative figures only rise"]);
  });

  it("is found when only the later file is checked, against the earlier file's report", () => {
    writeDay("2024-01-07", ["civilians-killed 10200"]);
    writeDay("2024-01-09", ["civilians-killed 9800"]);
    const later = path.join(war(), "2024-01-09.md");
    expect(checkContent([later]).issues.map((i) => [i.code, i.file])).toEqual([["DB407", later]]);
    expect(checkContent([path.join(war(), "2024-01-07.md")]).issues).toEqual([]);
  });

  it("is computed from the parsed days the store also uses: the snapshot itself carries no such warning", () => {
    writeDay("2024-01-07", ["civilians-killed 10200"]);
    writeDay("2024-01-09", ["civilians-killed 9800"]);
    expect(readContent(root).issues).toEqual([]);
    expect(falls()).toHaveLength(1);
  });
});
