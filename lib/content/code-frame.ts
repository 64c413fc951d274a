/**
 * The offending line with one line of context each side and a caret under the
 * column, as editors know it from compilers:
 *
 *     2 | summary: Fine.
 *   > 3 | sumary: A typo.
 *       | ^
 */
export function formatCodeFrame(text: string, line: number, column: number): string {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  if (line < 1 || line > lines.length) return "";
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const rows: string[] = [];
  for (let n = first; n <= last; n++) {
    const content = (lines[n - 1] ?? "").replace(/\t/g, " ");
    rows.push(`${n === line ? ">" : " "} ${String(n).padStart(width)} | ${content}`.trimEnd());
    if (n === line) rows.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, column - 1))}^`);
  }
  return rows.join("\n");
}
