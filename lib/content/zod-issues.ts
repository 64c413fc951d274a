import type { z } from "zod";
import { createIssue, type ContentIssue, type IssueLocation } from "./issues";
import type { FieldPath, Position } from "./front-matter";

/** How to fix each front-matter field, keyed by its name. */
export type FieldHints = Record<string, string>;

/** A value as an editor reads it: `string "10k"`, `a list`, `empty (null)`. */
export function describeValue(value: unknown): string {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number" && !Number.isFinite(value)) return `number ${value}`; // YAML's .nan and .inf
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** zod's type names in editors' words (YAML calls objects mappings and arrays lists). */
const EXPECTED: Record<string, string> = { array: "a list", object: "a mapping" };

/** A zod issue (other than an unknown key) as a catalogue issue: its name and parameters. */
function classify(issue: z.core.$ZodIssue, at: IssueLocation, field: string, fieldHint: string): ContentIssue {
  const input = "input" in issue ? issue.input : undefined;
  switch (issue.code) {
    case "invalid_type":
      return input === undefined
        ? createIssue("missing-field", at, field, { fieldHint })
        : createIssue("wrong-type", at, field, { expected: EXPECTED[issue.expected] ?? `a ${issue.expected}`, actual: describeValue(input), fieldHint });
    case "too_small":
      if (issue.origin === "number" && typeof input === "number") return createIssue("out-of-range", at, field, { value: input, bound: issue.minimum, side: "minimum", fieldHint });
      return createIssue("empty-value", at, field, { list: issue.origin === "array", fieldHint });
    case "too_big":
      if (issue.origin === "number" && typeof input === "number") return createIssue("out-of-range", at, field, { value: input, bound: issue.maximum, side: "maximum", fieldHint });
      return createIssue("too-long", at, field, { length: typeof input === "string" ? input.length : undefined, maximum: issue.maximum, fieldHint });
    default:
      return createIssue("invalid-value", at, field, { problem: issue.message.startsWith("Invalid") ? `is invalid (${issue.message})` : issue.message, fieldHint });
  }
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest allowed name to a misspelt one, when one is close enough to be a typo: keys, figure keys, source ids. */
export function suggestKey(key: string, allowed: readonly string[]): string | undefined {
  const scored = allowed.map((name) => ({ name, distance: levenshtein(key.toLowerCase(), name) }));
  scored.sort((a, b) => a.distance - b.distance);
  const best = scored[0];
  return best && best.distance <= Math.max(2, Math.floor(best.name.length / 3)) ? best.name : undefined;
}

/** A front-matter path as editors read it: `sources[0].url`. */
export function formatFieldName(path: FieldPath): string {
  return path.reduce<string>((name, part) => (typeof part === "number" ? `${name}[${part}]` : name ? `${name}.${part}` : part), "");
}

/** A field's own description of a problem with a value it is given (e.g. a figure's value), or undefined for the general one. */
export type ValueProblem = (path: FieldPath, input: unknown, at: IssueLocation, field: string) => ContentIssue | undefined;

/**
 * Turns zod's issues into content issues that point at the offending key or value,
 * say what is wrong in an editor's words and how to fix it. `describe` may give a
 * field its own problem for a value that is present but wrong.
 */
export function mapZodIssues(
  file: string,
  error: z.ZodError,
  locate: (path: FieldPath, part?: "key" | "value") => Position,
  allowedKeys: (path: FieldPath) => readonly string[],
  hints: FieldHints,
  describe?: ValueProblem,
): ContentIssue[] {
  return error.issues.flatMap((issue): ContentIssue[] => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      const allowed = allowedKeys(path);
      return issue.keys.map((key) =>
        createIssue("unknown-key", { file, ...locate([...path, key], "key") }, formatFieldName([...path, key]), { key, suggestion: suggestKey(key, allowed), allowed }),
      );
    }
    const missing = issue.code === "invalid_type" && !("input" in issue && issue.input !== undefined);
    const position = missing ? locate(path.slice(0, -1), "value") : locate(path, "value");
    const top = path.find((p): p is string => typeof p === "string") ?? "";
    const leaf = [...path].reverse().find((p): p is string => typeof p === "string") ?? top;
    const at = { file, ...position };
    const field = formatFieldName(path) || "front matter";
    const own = missing ? undefined : describe?.(path, "input" in issue ? issue.input : undefined, at, field);
    return [own ?? classify(issue, at, field, hints[`${top}.${leaf}`] ?? hints[top] ?? "correct the value")];
  });
}
