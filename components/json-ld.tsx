import { serializeJsonLd } from "@/lib/publish/json-ld";

/** Structured data for search engines; serializeJsonLd makes the text safe inside a script element. */
export function JsonLd({ data }: { data: Record<string, unknown> | Record<string, unknown>[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
