import { notFound } from "next/navigation";
import { renderOgImage, OG_SIZE } from "@/components/og-image";
import { getConflictParams, getConflictView } from "@/lib/content";
import { formatLongDate } from "@/lib/dates";

// Re-generated at most every 15 s once content has changed.
export const revalidate = 15;

export const alt = "The conflict's name and its latest day";
export const size = OG_SIZE;
export const contentType = "image/png";

export function generateStaticParams() {
  return getConflictParams();
}

export default async function Image({ params }: { params: Promise<{ conflict: string }> }) {
  const view = getConflictView((await params).conflict);
  if (!view) notFound();
  const { conflict, briefings } = view;
  const [latest] = briefings;
  return renderOgImage({
    kicker: `Day 1: ${formatLongDate(conflict.start)}`,
    title: conflict.name,
    subtitle: latest ? `Latest: day ${latest.day}, ${formatLongDate(latest.date)}` : undefined,
  });
}
