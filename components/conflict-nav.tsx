import Link from "next/link";
import { formatArchivePath, formatConflictPath, formatFiguresPath, formatMapPath, formatTagPath } from "@/lib/routes";

type Current = "days" | "archive" | "map" | "figures" | "places" | "topics";

/** Ways to browse one conflict: every day, the archive calendar, the map, its key figures, places and topics. */
export function ConflictNav({ slug, current }: { slug: string; current?: Current }) {
  const links: { key: Current; href: string; label: string }[] = [
    { key: "days", href: formatConflictPath(slug), label: "Every day" },
    { key: "archive", href: formatArchivePath(slug), label: "Archive" },
    { key: "map", href: formatMapPath(slug), label: "Map" },
    { key: "figures", href: formatFiguresPath(slug), label: "Figures" },
    { key: "places", href: formatTagPath(slug, "places"), label: "Places" },
    { key: "topics", href: formatTagPath(slug, "topics"), label: "Topics" },
  ];
  return (
    <nav aria-label="Browse this conflict" className="mt-4 print:hidden">
      <ul className="flex flex-wrap gap-2 text-sm">
        {links.map((link) => (
          <li key={link.key}>
            <Link
              href={link.href}
              aria-current={link.key === current ? "page" : undefined}
              className="inline-block rounded-full border border-neutral-300 px-3 py-1 hover:border-neutral-500 aria-[current=page]:border-amber-600 aria-[current=page]:bg-amber-50 dark:border-neutral-700 dark:hover:border-neutral-500 dark:aria-[current=page]:border-amber-400 dark:aria-[current=page]:bg-amber-950"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
