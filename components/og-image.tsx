import { ImageResponse } from "next/og";
import { OgCard } from "@/components/og-card";

export const OG_SIZE = { width: 1200, height: 630 };

/** Renders an Open Graph card to a PNG response. */
export function renderOgImage(card: Parameters<typeof OgCard>[0]): ImageResponse {
  return new ImageResponse(<OgCard {...card} />, OG_SIZE);
}
