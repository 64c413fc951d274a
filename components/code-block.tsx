/**
 * A command or a response, as text in a `<pre>` that wraps long lines, so the page
 * never scrolls sideways (320 px screens, print) and needs no scrollable region.
 */
export function CodeBlock({ label, children }: { label: string; children: string }) {
  return (
    <pre
      aria-label={label}
      className="mt-2 rounded-md border border-neutral-200 bg-neutral-50 p-3 font-mono text-xs leading-relaxed [overflow-wrap:anywhere] whitespace-pre-wrap text-neutral-900 dark:border-neutral-800 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <code>{children}</code>
    </pre>
  );
}
