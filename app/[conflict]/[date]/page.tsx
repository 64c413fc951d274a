import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BriefingView } from "@/components/briefing-view";
import { getAdjacentBriefings, getBriefing, getBriefings, getConflict, getConflicts } from "@/lib/content";
import { formatLongDate } from "@/lib/dates";

type Props = { params: Promise<{ conflict: string; date: string }> };

export function generateStaticParams() {
  return getConflicts().flatMap((conflict) =>
    getBriefings(conflict.slug).map((briefing) => ({ conflict: conflict.slug, date: briefing.date })),
  );
}

async function getDay(params: Props["params"]) {
  const { conflict: slug, date } = await params;
  const conflict = getConflict(slug);
  const briefing = conflict && getBriefing(slug, date);
  return conflict && briefing ? { conflict, briefing } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const day = await getDay(params);
  if (!day) return {};
  const { conflict, briefing } = day;
  const title = `${conflict.name}, day ${briefing.day} — ${formatLongDate(briefing.date)}${briefing.title ? `: ${briefing.title}` : ""}`;
  return { title: { absolute: `${title} · Daybook` }, description: briefing.summary };
}

export default async function DayPage({ params }: Props) {
  const day = await getDay(params);
  if (!day) notFound();
  const { previous, next } = getAdjacentBriefings(day.conflict.slug, day.briefing.date);
  return <BriefingView conflict={day.conflict} briefing={day.briefing} previous={previous} next={next} />;
}
