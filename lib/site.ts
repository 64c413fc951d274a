import { getConfig } from "./config";

/** The publication's name, as shown to readers, search engines and feed readers. */
export const SITE_NAME = "Daybook";
export const SITE_DESCRIPTION = "One briefing per day per conflict: the battlefield, politics and diplomacy, and weapons.";
export const SITE_LANGUAGE = "en";

/** The origin of every absolute URL: `SITE_URL`, default http://localhost:3000, without a trailing slash. */
export function getSiteUrl(): string {
  return getConfig().siteUrl;
}

/** An absolute URL for a path of the site. */
export function formatAbsoluteUrl(pathname: string): string {
  return new URL(pathname, `${getSiteUrl()}/`).toString();
}
