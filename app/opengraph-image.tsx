import { renderOgImage } from "@/lib/og-image";
import { SITE_DESCRIPTION } from "@/lib/site";

// Re-generated at most every 15 s once content has changed.
export const revalidate = 15;

export const alt = "Daybook: daily conflict briefings";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function Image() {
  return renderOgImage({ kicker: "Daily conflict briefings", title: "Daybook", subtitle: SITE_DESCRIPTION });
}
