import Link from "next/link";

/** Links to the newer and older pages of a list, newest first. */
export function Pager({ label, newer, older }: { label: string; newer?: string; older?: string }) {
  if (!newer && !older) return null;
  return (
    <nav aria-label={label} className="mt-6 flex justify-between gap-4 print:hidden">
      {newer ? (
        <Link href={newer} rel="prev" className="underline">
          ← Newer days
        </Link>
      ) : (
        <span />
      )}
      {older ? (
        <Link href={older} rel="next" className="underline">
          Older days →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
