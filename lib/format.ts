/** "1 day", "3 days", "5,000 days": a count with its noun, in the plural when it is not one. */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? singular : plural}`;
}

const NUMBER = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

/**
 * "10,200", "0.5": a number as readers read it, with thousands separators. Whole
 * numbers, which most figures are, are grouped by hand: a table of thousands of
 * reports formats each, and Intl's formatter costs several times more.
 */
export function formatNumber(value: number): string {
  if (!Number.isSafeInteger(value)) return NUMBER.format(value);
  return `${value < 0 ? "-" : ""}${String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}

/** "+1,340", "−120", "no change": the difference between two reports of a figure. */
export function formatChange(change: number): string {
  if (change === 0) return "no change";
  return `${change > 0 ? "+" : "−"}${formatNumber(Math.abs(change))}`;
}
