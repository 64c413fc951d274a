import Link from "next/link";

/** What a reader sees at an address with nothing to show. */
export function NotFoundMessage() {
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-4">There is no briefing or page at this address. Days are at addresses like /russia-ukraine/2024-01-07.</p>
      <p className="mt-4">
        <Link href="/" className="underline">
          Go to today&rsquo;s briefings
        </Link>
      </p>
    </>
  );
}
