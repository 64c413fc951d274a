import { OG_SIZE, renderOgImage } from "@/components/og-image";
import { SITE_DESCRIPTION } from "@/lib/site";

// Re-generated at most every 15 s once content has changed.
export const revalidate = 15;

export const alt = "Daybook: daily conflict briefings";
export const size = OG_SIZE;
export const contentType = "image/png";

export default function Image() {
  return renderOgImage({ kicker: "Daily conflict briefings", title: "Daybook", subtitle: SITE_DESCRIPTION });
}
