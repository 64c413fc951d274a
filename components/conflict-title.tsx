import Link from "next/link";
import { formatConflictPath } from "@/lib/routes";

/**
 * The heading of every page of a conflict: its name (a link back to the conflict
 * page, except on that page) and, on a line of its own, what the page shows. The
 * separator is read by screen readers only ("Russia–Ukraine war, Day 683").
 */
export function ConflictTitle({
  conflict,
  suffix,
  separator = ":",
  accent = false,
}: {
  conflict: { slug: string; name: string };
  suffix?: string;
  separator?: "," | ":";
  /** The day number stands out in amber. */
  accent?: boolean;
}) {
  if (suffix === undefined) return <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{conflict.name}</h1>;
  return (
    <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
      <Link href={formatConflictPath(conflict.slug)} className="underline-offset-4 hover:underline">
        {conflict.name}
      </Link>
      <span className="sr-only">{separator}</span>{" "}
      <span className={accent ? "block text-amber-700 dark:text-amber-400" : "block"}>{suffix}</span>
    </h1>
  );
}
