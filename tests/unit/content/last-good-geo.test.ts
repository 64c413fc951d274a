import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { getStore } from "@/lib/content/store";

/** A running production server whose gazetteer or base map turns invalid keeps their last good version. */
describe("the last good gazetteer and base map", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "daybook-last-good-geo-"));
  const war = path.join(root, "content", "russia-ukraine");
  fs.mkdirSync(war, { recursive: true });
  fs.writeFileSync(path.join(war, "_conflict.md"), "---\nname: Russia–Ukraine war\nstart: 2022-02-24\n---\n");
  fs.writeFileSync(path.join(war, "2024-01-07.md"), "---\nsummary: Strikes.\nplaces: [Kiev]\n---\n## Battlefield\n- Strikes.\n");
  const writeLater = (file: string, text: string, seconds: number) => {
    fs.writeFileSync(path.join(war, file), text);
    const when = new Date(Date.now() + seconds * 1000);
    fs.utimesSync(path.join(war, file), when, when);
  };
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("keeps serving the previous gazetteer (and its aliases) while _places.yml is invalid", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("CONTENT_DIR", path.join(root, "content"));
    vi.stubEnv("NEXT_DIST_DIR", path.join(root, "dist"));
    vi.stubEnv("CONTENT_REFRESH_MS", "0");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    writeLater("_places.yml", "- name: Kyiv\n  aliases: [Kiev]\n  lat: 50.45\n  lon: 30.5233\n", 1);
    const first = getStore().indexes.get("russia-ukraine")!;
    expect(first.maps.gazetteer.find("Kiev")?.name).toBe("Kyiv");
    expect(first.oldestFirst[0]?.places).toEqual(["Kyiv"]);

    writeLater("_places.yml", "- name: Kyiv\n  aliases: [Kiev]\n  lat: 150.45\n  lon: 30.5233\n", 2);
    const kept = getStore().indexes.get("russia-ukraine")!;
    expect(logged.mock.calls.map(([line]) => String(line))).toEqual([expect.stringMatching(/_places\.yml:3:8: places\[0\]\.lat: is 150\.45, .+\[DB117 out-of-range\]$/)]);
    expect(kept.maps.gazetteer.find("Kiev")?.lat).toBe(50.45);
    expect(kept.oldestFirst[0]?.places).toEqual(["Kyiv"]);

    writeLater("_places.yml", "- name: Kyiv\n  aliases: [Kiev]\n  lat: 50.4501\n  lon: 30.5234\n", 3);
    expect(getStore().indexes.get("russia-ukraine")!.maps.gazetteer.find("Kyiv")?.lat).toBe(50.4501);
  });
});
