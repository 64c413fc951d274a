import fs from "node:fs";
import path from "node:path";
import type { Conflict } from "@/lib/schema";

export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

/** Reads a fixture file as text. */
export function readFixture(relative: string): string {
  return fs.readFileSync(path.join(FIXTURES, relative), "utf8");
}

export const russiaUkraine: Conflict = { slug: "russia-ukraine", name: "Russia–Ukraine war", start: "2022-02-24" };
