/**
 * A switch between light and dark. The page script (components/page-script.tsx) sets its state
 * from what the page shows (the saved choice, else the system setting), switches the theme and
 * saves the choice; pages carry no React in the browser. It stays invisible without JavaScript,
 * where it could not work, but keeps its place so nothing moves when it appears (the theme
 * script marks <html> as scripted before anything paints). suppressHydrationWarning: in
 * `npm run dev`, where React hydrates, the page script may already have set its state.
 */
export function ThemeToggle() {
  return (
    <button
      type="button"
      role="switch"
      aria-checked="false"
      aria-label="Dark theme"
      data-theme-toggle=""
      suppressHydrationWarning
      className="inline-flex h-8 w-8 items-center justify-center rounded-full border border-neutral-300 text-base hover:border-neutral-500 dark:border-neutral-700 dark:hover:border-neutral-500"
    >
      <span aria-hidden="true" data-theme-icon="" suppressHydrationWarning>
        ☀
      </span>
    </button>
  );
}
