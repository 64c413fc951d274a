/**
 * Rewrites SVG path data made of M, L and Z commands with whole-number
 * coordinates (d3-geo's output at `digits(0)`) in relative form, dropping points
 * that repeat the one before: "M345,123L348,121L348,121Z" → "M345,123l3-2z".
 * Base maps shrink by about a third, and pages carry them twice (HTML and the
 * React payload).
 */
export function compactPath(d: string): string {
  let out = "";
  let x = 0;
  let y = 0;
  let previous = "";
  for (const match of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    const [, command, args = ""] = match;
    if (command === "Z") {
      out += "z";
      previous = "z";
      continue;
    }
    const [nx = 0, ny = 0] = args.split(",").map(Number);
    if (command === "M") {
      out += `M${nx},${ny}`;
      previous = "M";
    } else {
      const dx = nx - x;
      const dy = ny - y;
      if (dx === 0 && dy === 0) continue;
      const pair = `${dx}${dy < 0 ? "" : ","}${dy}`;
      // After an "l" pair, the next pair needs only a separator (a minus sign is one).
      out += previous === "l" ? `${dx < 0 ? "" : " "}${pair}` : `l${pair}`;
      previous = "l";
    }
    x = nx;
    y = ny;
  }
  return out;
}
