import { notFound } from "next/navigation";
import { getBriefing, getBriefingParams, getConflict } from "@/lib/content";
import { formatLongDate } from "@/lib/dates";
import { OG_SIZE, renderOgImage } from "@/lib/og-image";

// Re-generated at most every 15 s once content has changed.
export const revalidate = 15;

export const alt = "The conflict, the day number, the date and the headline";
export const size = OG_SIZE;
export const contentType = "image/png";

export function generateStaticParams() {
  return getBriefingParams();
}

export default async function Image({ params }: { params: Promise<{ conflict: string; date: string }> }) {
  const { conflict: slug, date } = await params;
  const conflict = getConflict(slug);
  const briefing = conflict && getBriefing(slug, date);
  if (!conflict || !briefing) notFound();
  return renderOgImage({
    kicker: `${conflict.name} · ${formatLongDate(briefing.date)}`,
    title: `Day ${briefing.day}`,
    subtitle: briefing.title ?? briefing.summary,
  });
}
