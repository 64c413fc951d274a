"use client";

import { useSyncExternalStore } from "react";

const KEY = "daybook-theme";
const CHANGE = "daybook-theme-change";

function isDarkNow(): boolean {
  const chosen = document.documentElement.getAttribute("data-theme");
  return chosen ? chosen === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/** Re-reads the theme when the reader switches it here or changes the system setting. */
function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  media.addEventListener("change", onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    media.removeEventListener("change", onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

/**
 * A switch between light and dark. It starts from what the page shows (the saved
 * choice, else the system setting) and saves the reader's choice. It renders
 * nothing on the server (null snapshot), since without JavaScript it could not work.
 */
export function ThemeToggle() {
  const dark = useSyncExternalStore<boolean | null>(subscribe, isDarkNow, () => null);
  if (dark === null) return <span className="inline-block h-8 w-8" aria-hidden="true" />;
  const toggle = () => {
    const next = !dark;
    document.documentElement.setAttribute("data-theme", next ? "dark" : "light");
    try {
      localStorage.setItem(KEY, next ? "dark" : "light");
    } catch {
      // Storage disabled: the choice lasts for this page only.
    }
    window.dispatchEvent(new Event(CHANGE));
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
