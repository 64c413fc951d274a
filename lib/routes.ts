/** Path of a conflict's page. */
export function formatConflictPath(slug: string): string {
  return `/${slug}`;
}

/** Path of one day's page. */
export function formatDayPath(slug: string, date: string): string {
  return `/${slug}/${date}`;
}
