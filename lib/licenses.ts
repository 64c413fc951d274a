/**
 * The licenses a conflict's briefings may be published under, by SPDX id
 * (https://spdx.org/licenses/). A short list on purpose: open licenses for text and
 * data that readers and reusers recognise, each with the address of its terms.
 */
export const LICENSE_IDS = [
  "CC-BY-4.0",
  "CC-BY-SA-4.0",
  "CC-BY-NC-4.0",
  "CC-BY-NC-SA-4.0",
  "CC-BY-ND-4.0",
  "CC-BY-NC-ND-4.0",
  "CC0-1.0",
  "ODbL-1.0",
  "ODC-By-1.0",
  "PDDL-1.0",
] as const;

export type LicenseId = (typeof LICENSE_IDS)[number];

export const LICENSES: Record<LicenseId, { name: string; short: string; url: string }> = {
  "CC-BY-4.0": {
    name: "Creative Commons Attribution 4.0 International",
    short: "CC BY 4.0",
    url: "https://creativecommons.org/licenses/by/4.0/",
  },
  "CC-BY-SA-4.0": {
    name: "Creative Commons Attribution-ShareAlike 4.0 International",
    short: "CC BY-SA 4.0",
    url: "https://creativecommons.org/licenses/by-sa/4.0/",
  },
  "CC-BY-NC-4.0": {
    name: "Creative Commons Attribution-NonCommercial 4.0 International",
    short: "CC BY-NC 4.0",
    url: "https://creativecommons.org/licenses/by-nc/4.0/",
  },
  "CC-BY-NC-SA-4.0": {
    name: "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International",
    short: "CC BY-NC-SA 4.0",
    url: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
  },
  "CC-BY-ND-4.0": {
    name: "Creative Commons Attribution-NoDerivatives 4.0 International",
    short: "CC BY-ND 4.0",
    url: "https://creativecommons.org/licenses/by-nd/4.0/",
  },
  "CC-BY-NC-ND-4.0": {
    name: "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International",
    short: "CC BY-NC-ND 4.0",
    url: "https://creativecommons.org/licenses/by-nc-nd/4.0/",
  },
  "CC0-1.0": { name: "Creative Commons Zero v1.0 Universal", short: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
  "ODbL-1.0": {
    name: "Open Data Commons Open Database License v1.0",
    short: "ODbL 1.0",
    url: "https://opendatacommons.org/licenses/odbl/1-0/",
  },
  "ODC-By-1.0": {
    name: "Open Data Commons Attribution License v1.0",
    short: "ODC-By 1.0",
    url: "https://opendatacommons.org/licenses/by/1-0/",
  },
  "PDDL-1.0": {
    name: "Open Data Commons Public Domain Dedication & License 1.0",
    short: "PDDL 1.0",
    url: "https://opendatacommons.org/licenses/pddl/1-0/",
  },
};

/** What a conflict is published under when its `_conflict.md` names no license. */
export const DEFAULT_LICENSE: LicenseId = "CC-BY-4.0";

/**
 * The canonical SPDX id for an id as an editor wrote it, or undefined when it is not
 * one of LICENSES. SPDX ids match whatever their case ("cc-by-4.0" is CC-BY-4.0).
 */
export function parseLicenseId(text: string): LicenseId | undefined {
  const wanted = text.trim().toLowerCase();
  return LICENSE_IDS.find((id) => id.toLowerCase() === wanted);
}

/** The listed id an editor probably meant ("CC-BY" → CC-BY-4.0), if one starts with what they wrote. */
export function suggestLicenseId(text: string): LicenseId | undefined {
  const written = text.trim().toLowerCase();
  return written.length < 2 ? undefined : LICENSE_IDS.find((id) => id.toLowerCase().startsWith(written));
}

/** A license's id, names and the address of its terms. */
export function getLicense(id: LicenseId): { id: LicenseId; name: string; short: string; url: string } {
  return { id, ...LICENSES[id] };
}
