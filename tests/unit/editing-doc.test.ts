import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { FIXTURES, russiaUkraine, parseDay } from "./helpers";

const editing = fs.readFileSync(path.resolve(import.meta.dirname, "../../EDITING.md"), "utf8");

/** EDITING.md promises "an example of every error and warning message": its examples must be what the checker prints. */
describe("EDITING.md", () => {
  const dir = path.join(FIXTURES, "briefings/broken");
  it.each(fs.readdirSync(dir))("shows the exact message for %s", (name) => {
    const { issues } = parseDay("content/russia-ukraine/2024-01-07.md", "2024-01-07.md", fs.readFileSync(path.join(dir, name), "utf8"), russiaUkraine, { today: "2026-11-29" });
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(editing).toContain(formatIssue(issue));
  });

  it.each([
    ["2024-01-07.md", 'summary: s\ntitle: "Day 684: strikes"', "## Battlefield\n- a\n"],
    ["2026-11-30.md", "summary: s", "## Battlefield\n- a\n"],
    ["2024-01-07.md", "summary: s\n", "## Battlefield\n- Shelling in Kherson.\n\n## Weapons\n- Aid.\n- shelling  in Kherson.\n"],
    ["2024-01-07.md", "summary: s\nsources:\n  - name: Reuters", "## Battlefield\n- a\n"],
  ])("shows the exact warning for a %s example", (fileName, front, body) => {
    const { issues } = parseDay(`content/russia-ukraine/${fileName}`, fileName, `---\n${front}\n---\n${body}`, russiaUkraine, { today: "2026-11-29" });
    expect(issues).toHaveLength(1);
    expect(editing).toContain(formatIssue(issues[0]!));
  });
});
