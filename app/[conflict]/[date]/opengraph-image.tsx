import { notFound } from "next/navigation";
import { renderOgImage, OG_SIZE } from "@/components/og-image";
import { getDayParams, getDayView } from "@/lib/content";
import { formatLongDate } from "@/lib/dates";

// Re-generated at most every 15 s once content has changed.
export const revalidate = 15;

export const alt = "The conflict, the day number, the date and the headline";
export const size = OG_SIZE;
export const contentType = "image/png";

export function generateStaticParams() {
  return getDayParams();
}

export default async function Image({ params }: { params: Promise<{ conflict: string; date: string }> }) {
  const { conflict: slug, date } = await params;
  const view = getDayView(slug, date);
  if (!view) notFound();
  const { conflict, briefing } = view;
  return renderOgImage({
    kicker: `${conflict.name} · ${formatLongDate(briefing.date)}`,
    title: `Day ${briefing.day}`,
    subtitle: briefing.title ?? briefing.summary,
  });
}
