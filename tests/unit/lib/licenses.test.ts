import { describe, expect, it } from "vitest";
import { DEFAULT_LICENSE, getLicense, LICENSE_IDS, parseLicenseId, suggestLicenseId } from "@/lib/licenses";

describe("licenses", () => {
  it("knows each id's names and terms; the default is CC BY 4.0", () => {
    expect(DEFAULT_LICENSE).toBe("CC-BY-4.0");
    expect(getLicense("CC-BY-4.0")).toEqual({
      id: "CC-BY-4.0",
      name: "Creative Commons Attribution 4.0 International",
      short: "CC BY 4.0",
      url: "https://creativecommons.org/licenses/by/4.0/",
    });
    for (const id of LICENSE_IDS) expect(getLicense(id).url).toMatch(/^https:\/\/(creativecommons|opendatacommons)\.org\/.+\/$/);
  });

  it("matches SPDX ids whatever their case, and nothing else", () => {
    expect(parseLicenseId("cc0-1.0")).toBe("CC0-1.0");
    expect(parseLicenseId("CC-BY-4.0")).toBe("CC-BY-4.0");
    expect(parseLicenseId("CC-BY")).toBeUndefined();
    expect(parseLicenseId("MIT")).toBeUndefined();
    expect(parseLicenseId("")).toBeUndefined();
  });

  it("suggests the id an editor probably meant", () => {
    expect(suggestLicenseId("CC-BY")).toBe("CC-BY-4.0");
    expect(suggestLicenseId("odbl")).toBe("ODbL-1.0");
    expect(suggestLicenseId("GPL")).toBeUndefined();
    expect(suggestLicenseId("c")).toBeUndefined();
  });
});
