import Link from "next/link";
import { formatTagPath } from "@/lib/routes";
import { formatTagSlug, TAG_KINDS, TAG_LABELS } from "@/lib/tags";
import type { Briefing } from "@/lib/content";

/** A day's places and topics, each linking to the days that share it. */
export function TagLinks({ briefing }: { briefing: Briefing }) {
  const kinds = TAG_KINDS.filter((kind) => briefing[kind].length > 0);
  if (kinds.length === 0) return null;
  return (
    <dl className="space-y-1">
      {kinds.map((kind) => (
        <div key={kind} className="flex flex-wrap gap-x-2">
          <dt className="font-semibold">{TAG_LABELS[kind].plural}:</dt>
          {briefing[kind].map((name, index) => (
            <dd key={name}>
              <Link href={formatTagPath(briefing.conflict, kind, formatTagSlug(name))} className="underline">
                {name}
              </Link>
              {index < briefing[kind].length - 1 ? "," : null}
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}
