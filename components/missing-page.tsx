import { notFound } from "next/navigation";
import { Suspense } from "react";
import { NotFoundMessage } from "@/components/not-found-message";
import { getConfig } from "@/lib/config";

function ThrowNotFound(): never {
  notFound();
}

/**
 * What a page renders when it has nothing to show, instead of calling `notFound()`
 * itself. In a production build, a page's own `notFound()` serves an empty document
 * that only JavaScript fills in (vercel/next.js#62228). Here the message is real
 * HTML inside the site's layout, and the `notFound()` thrown inside the Suspense
 * boundary still sets the status to 404 (and `noindex`) before the first byte.
 * `next dev` streams pages, so the status would already be sent as 200 by then; there
 * a plain `notFound()` works as documented.
 */
export function MissingPage() {
  if (getConfig().development) notFound();
  return (
    <>
      <NotFoundMessage />
      <Suspense fallback={null}>
        <ThrowNotFound />
      </Suspense>
    </>
  );
}
