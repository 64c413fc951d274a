import type { ReactNode } from "react";
import type { DiffPart } from "@/lib/content";

const ADDED = "bg-green-100 text-green-950 underline decoration-2 dark:bg-green-950 dark:text-green-50";
const REMOVED = "bg-red-100 text-red-950 line-through decoration-2 dark:bg-red-950 dark:text-red-50";

/** Added words: underlined on a green background, announced as "added" (app/globals.css). */
export function Added({ children }: { children: ReactNode }) {
  return <ins className={ADDED}>{children}</ins>;
}

/** Removed words: struck through on a red background, announced as "removed" (app/globals.css). */
export function Removed({ children }: { children: ReactNode }) {
  return <del className={REMOVED}>{children}</del>;
}

/**
 * Words of a revision: unchanged text, added words in `<ins>`, removed words in
 * `<del>`. They are told apart by more than colour (underlined or struck through)
 * and screen readers announce them through visually hidden CSS text, so copying
 * the page copies only the words. Parts are text: React escapes them.
 */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.change === "added" ? (
          <Added key={index}>{part.text}</Added>
        ) : part.change === "removed" ? (
          <Removed key={index}>{part.text}</Removed>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
