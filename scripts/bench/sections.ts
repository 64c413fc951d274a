/**
 * Puts one `## title` section into BENCHMARKS.md's text: in place of the section with the
 * same title, or at the end. `npm run bench -- --only <part>` updates its own table this
 * way and leaves the others as the last full run wrote them.
 */
export function replaceSection(markdown: string, title: string, section: string): string {
  const lines = markdown.split("\n");
  const start = lines.indexOf(`## ${title}`);
  if (start === -1) return `${markdown.trimEnd()}\n\n${section.trimEnd()}\n`;
  const next = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  const end = next === -1 ? lines.length : next;
  return [...lines.slice(0, start), ...section.trimEnd().split("\n"), "", ...lines.slice(end)].join("\n").trimEnd() + "\n";
}
