/** "1 day", "3 days", "5,000 days": a count with its noun, in the plural when it is not one. */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? singular : plural}`;
}

const NUMBER = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

/** "10,200", "0.5": a number as readers read it, with thousands separators (one formatter for all: tables format thousands). */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** "+1,340", "−120", "no change": the difference between two reports of a figure. */
export function formatChange(change: number): string {
  if (change === 0) return "no change";
  return `${change > 0 ? "+" : "−"}${formatNumber(Math.abs(change))}`;
}
