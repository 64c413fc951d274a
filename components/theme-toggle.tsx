"use client";

import { useEffect, useState } from "react";

const KEY = "daybook-theme";

function isDarkNow(): boolean {
  const chosen = document.documentElement.getAttribute("data-theme");
  return chosen ? chosen === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/**
 * A switch between light and dark. It starts from what the page shows (the saved
 * choice, else the system setting) and saves the reader's choice. It renders
 * nothing until hydrated, since without JavaScript it could not work.
 */
export function ThemeToggle() {
  const [dark, setDark] = useState<boolean | null>(null);
  useEffect(() => setDark(isDarkNow()), []);
  if (dark === null) return <span className="inline-block h-8 w-8" aria-hidden="true" />;
  const toggle = () => {
    const next = !dark;
    document.documentElement.setAttribute("data-theme", next ? "dark" : "light");
    try {
      localStorage.setItem(KEY, next ? "dark" : "light");
    } catch {
      // Storage disabled: the choice lasts for this page only.
    }
    setDark(next);
  };
  return (
    <button
      type="button"
      role="switch"
      aria-checked={dark}
      aria-label="Dark theme"
      onClick={toggle}
      className="inline-flex h-8 w-8 items-center justify-center rounded-full border border-neutral-300 text-base hover:border-neutral-500 dark:border-neutral-700 dark:hover:border-neutral-500"
    >
      <span aria-hidden="true">{dark ? "☾" : "☀"}</span>
    </button>
  );
}
