import Link from "next/link";
import { BriefingTeaser } from "@/components/briefing-teaser";
import { DayList } from "@/components/day-list";
import { JsonLd } from "@/components/json-ld";
import { getHomeView } from "@/lib/content";
import { buildOrganization, buildWebSite } from "@/lib/publish/json-ld";
import { buildMetadata } from "@/lib/publish/metadata";
import { formatCount } from "@/lib/format";
import { formatConflictPath } from "@/lib/routes";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site";

export const metadata = buildMetadata({ title: `${SITE_NAME}: daily conflict briefings`, description: SITE_DESCRIPTION, path: "/" });

const RECENT_DAYS = 7;

export default function HomePage() {
  const { conflicts } = getHomeView(RECENT_DAYS);
  const single = conflicts.length === 1;
  return (
    <>
      <JsonLd data={[buildWebSite(), { "@context": "https://schema.org", ...buildOrganization() }]} />
      <h1 className={single ? "sr-only" : "font-serif text-3xl font-bold tracking-tight sm:text-4xl"}>
        Daybook: today&rsquo;s conflict briefings
      </h1>
      {conflicts.length === 0 ? <p>No conflicts are covered yet.</p> : null}
      {conflicts.map(({ conflict, latest, recent, count }) => {
        return (
          <section key={conflict.slug} aria-labelledby={`${conflict.slug}-heading`} className="mt-8 first-of-type:mt-0">
            <h2 id={`${conflict.slug}-heading`} className="font-serif text-2xl font-semibold">
              <Link href={formatConflictPath(conflict.slug)} className="underline-offset-4 hover:underline">
                {conflict.name}
              </Link>
            </h2>
            {latest ? (
              <div className={single ? "text-lg" : undefined}>
                <BriefingTeaser briefing={latest} />
              </div>
            ) : (
              <p className="mt-2">No briefings have been published yet.</p>
            )}
            {recent.length > 0 ? (
              <>
                <h3 className="mt-4 text-sm font-semibold tracking-wide text-neutral-600 uppercase dark:text-neutral-400">Recent days</h3>
                <DayList briefings={recent} />
                <p className="mt-2 text-sm">
                  <Link href={formatConflictPath(conflict.slug)} className="underline">
                    All {formatCount(count, "day")} of the {conflict.name}
                  </Link>
                </p>
              </>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
