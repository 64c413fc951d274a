/** "1 day", "3 days", "5,000 days": a count with its noun, in the plural when it is not one. */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? singular : plural}`;
}
