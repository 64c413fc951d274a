/** A rectangle in frame units: left, top, right, bottom. */
export type Box = [number, number, number, number];

/** A marker to label: where it is drawn, its radius and its text. */
export interface LabelRequest {
  x: number;
  y: number;
  r: number;
  text: string;
}

/** Where a label goes: its text's anchor point and alignment, its box, and a leader line when it is moved away. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  box: Box;
  /** From the marker's edge to the label: drawn when the label had to move away from its marker. */
  leader?: [number, number, number, number];
}

/** Widths of characters in em, generous for the sans-serif fonts readers have, so that estimates err wide. */
function estimateCharWidth(char: string): number {
  if (/[iljtfrI.,;:'!|()\s-]/.test(char)) return 0.36;
  if (/[mwMW]/.test(char)) return 0.95;
  if (/[A-Z]/.test(char)) return 0.74;
  return 0.6;
}

/** The width of a label in frame units, estimated from its characters (the server cannot measure fonts). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += estimateCharWidth(char);
  return em * fontSize;
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

function segmentHitsBox([x1, y1, x2, y2]: [number, number, number, number], box: Box): boolean {
  for (let t = 0; t <= 1; t += 0.1) {
    const x = x1 + (x2 - x1) * t;
    const y = y1 + (y2 - y1) * t;
    if (x > box[0] && x < box[2] && y > box[1] && y < box[3]) return true;
  }
  return false;
}

/** Directions around a marker, in the order cartographers prefer: right, upper right, left… */
const DIRECTIONS: [number, number][] = [
  [1, 0],
  [0.71, -0.71],
  [-1, 0],
  [0.71, 0.71],
  [-0.71, -0.71],
  [-0.71, 0.71],
  [0, -1],
  [0, 1],
];

/** A label's anchor, box and baseline for a direction, its text starting `distance` from the marker's centre. */
function candidate(request: LabelRequest, [dx, dy]: [number, number], distance: number, width: number, fontSize: number): PlacedLabel {
  const anchor = dx > 0.1 ? "start" : dx < -0.1 ? "end" : "middle";
  const ascent = fontSize * 0.8;
  const descent = fontSize * 0.25;
  const px = request.x + dx * distance;
  const py = request.y + dy * distance;
  // Vertically: centred beside the marker, above it when going up, below when going down.
  const baseline = dy < -0.1 ? py - descent : dy > 0.1 ? py + ascent : py + (ascent - descent) / 2;
  const left = anchor === "start" ? px : anchor === "end" ? px - width : px - width / 2;
  return { x: px, y: baseline, anchor, box: [left - 1, baseline - ascent - 1, left + width + 1, baseline + descent + 1] };
}

/**
 * Places labels without overlaps, deterministically, in the order given (put the
 * most important first). Each label tries eight positions beside its marker,
 * then farther out with a leader line; a label that fits nowhere is dropped
 * (its marker stays, and the page lists every place as text). Labels avoid every
 * marker, each other, and the frame's edges.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  size: { width: number; height: number },
  fontSize: number,
): (PlacedLabel | undefined)[] {
  const taken: Box[] = [];
  const markers: Box[] = requests.map(({ x, y, r }) => [x - r, y - r, x + r, y + r]);
  const inside = (box: Box) => box[0] >= 0 && box[1] >= 0 && box[2] <= size.width && box[3] <= size.height;
  return requests.map((request, index) => {
    const width = estimateTextWidth(request.text, fontSize);
    const free = (label: PlacedLabel) =>
      inside(label.box) &&
      !taken.some((box) => overlaps(box, label.box)) &&
      !markers.some((box, other) => other !== index && overlaps(box, label.box)) &&
      !(label.leader && [...taken, ...markers.filter((_, other) => other !== index)].some((box) => segmentHitsBox(label.leader!, box)));
    for (const distance of [request.r + 3, request.r + 16, request.r + 30]) {
      for (const direction of DIRECTIONS) {
        const label = candidate(request, direction, distance, width, fontSize);
        if (distance > request.r + 3) {
          const [dx, dy] = direction;
          label.leader = [
            request.x + dx * request.r,
            request.y + dy * request.r,
            request.x + dx * (distance - 2),
            request.y + dy * (distance - 2),
          ];
        }
        if (free(label)) {
          taken.push(label.box);
          return label;
        }
      }
    }
    return undefined;
  });
}
