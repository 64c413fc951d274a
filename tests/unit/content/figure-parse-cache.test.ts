import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { loadContent } from "@/lib/content";
import type { ParseCache } from "@/lib/content/read-folder";

let root: string | undefined;
afterEach(() => root && fs.rmSync(root, { recursive: true, force: true }));

it("a day parsed under one declaration of figures is parsed again when the declarations change (the cache key holds them)", () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-figure-cache-"));
  const war = path.join(root, "some-war");
  fs.mkdirSync(war);
  const declare = (label: string) =>
    fs.writeFileSync(path.join(war, "_conflict.md"), `---\nname: Some war\nstart: 2024-01-01\nfigures:\n  - key: killed\n    label: ${label}\n    unit: people\n---\n`);
  declare("Killed");
  fs.writeFileSync(
    path.join(war, "2024-01-07.md"),
    "---\nsummary: s\nsources:\n  - id: un\n    name: UN\n    url: https://un.example/\nfigures:\n  - key: killed\n    value: 5\n    source: un\n---\n## Battlefield\n- An item.[^un]\n",
  );
  const cache: ParseCache = new Map();
  const label = () => loadContent(root!, cache).briefings.get("some-war")?.[0]?.figures[0]?.label;
  expect(label()).toBe("Killed");
  declare("People killed");
  expect(label()).toBe("People killed");
  // Removing the declaration makes the day's figure an unknown key.
  fs.writeFileSync(path.join(war, "_conflict.md"), "---\nname: Some war\nstart: 2024-01-01\n---\n");
  expect(loadContent(root, cache).issues.map((i) => i.code)).toEqual(["DB112"]);
});
