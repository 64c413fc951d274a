import { XMLParser, XMLValidator } from "fast-xml-parser";

/** Parses XML with a real parser after checking it is well-formed; attributes keep an "@_" prefix. */
export function parseXml(text: string): any {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`malformed XML: ${JSON.stringify(valid.err)}`);
  return new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ["url", "item", "entry"].includes(name),
    processEntities: true,
  }).parse(text);
}

/** HTML text (as feeds carry titles, summaries and descriptions) → the characters it stands for. */
export function decodeHtml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
