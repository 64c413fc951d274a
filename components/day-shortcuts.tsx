"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** ← and → go to the previous and next day; ignored while typing or with modifier keys. */
export function DayShortcuts({ previous, next }: { previous?: string; next?: string }) {
  const router = useRouter();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']")) return;
      const href = event.key === "ArrowLeft" ? previous : event.key === "ArrowRight" ? next : undefined;
      if (!href) return;
      event.preventDefault();
      router.push(href);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router, previous, next]);
  return null;
}
