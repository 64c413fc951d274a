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
