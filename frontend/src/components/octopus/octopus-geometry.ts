/**
 * The octopus's arms as tapered shapes, computed once from a few numbers so the drawing stays
 * editable (move a tip, re-curl an arm) instead of being a wall of path data.
 */

interface Point {
  x: number;
  y: number;
}

export interface ArmShape {
  /** SVG path data of the filled, tapered arm. */
  path: string;
  /** Where the arm joins the mantle; it sways around this point. */
  base: Point;
  /** Sucker dots along the inside of the curl (front arms only). */
  suckers: { x: number; y: number; r: number }[];
  /** Points along the arm with its direction across, for rings and stripes of some species. */
  marks: { x: number; y: number; nx: number; ny: number; halfWidth: number }[];
  layer: 'back' | 'front';
}

interface ArmSpec {
  base: Point;
  tip: Point;
  layer: 'back' | 'front';
}

const VIEWBOX_WIDTH = 240;
const SAMPLES = 28;

// The left four arms; the right four mirror them. Tips fan out and curl upwards at the end.
const LEFT_ARMS: ArmSpec[] = [
  { base: { x: 84, y: 120 }, tip: { x: 24, y: 166 }, layer: 'back' },
  { base: { x: 104, y: 126 }, tip: { x: 70, y: 206 }, layer: 'back' },
  { base: { x: 92, y: 124 }, tip: { x: 40, y: 194 }, layer: 'front' },
  { base: { x: 112, y: 128 }, tip: { x: 98, y: 220 }, layer: 'front' },
];

const ARM_SPECS: ArmSpec[] = [
  ...LEFT_ARMS,
  ...LEFT_ARMS.map((arm) => ({
    ...arm,
    base: { x: VIEWBOX_WIDTH - arm.base.x, y: arm.base.y },
    tip: { x: VIEWBOX_WIDTH - arm.tip.x, y: arm.tip.y },
  })),
].sort((a, b) => (a.layer === b.layer ? 0 : a.layer === 'back' ? -1 : 1));

export const ARMS: readonly ArmShape[] = ARM_SPECS.map(armShape);

function armShape({ base, tip, layer }: ArmSpec): ArmShape {
  const side = tip.x < VIEWBOX_WIDTH / 2 ? -1 : 1;
  // A cubic centreline: down from the mantle, along the sea floor, then hooking up to the tip.
  const p0 = base;
  const p1 = { x: base.x + side * 6, y: base.y + 50 };
  const p2 = { x: tip.x - side * 26, y: tip.y + 26 };
  const p3 = tip;
  const baseWidth = layer === 'front' ? 13 : 11;
  const tipWidth = 2.5;

  const left: Point[] = [];
  const right: Point[] = [];
  for (let i = 0; i <= SAMPLES; i++) {
    const t = i / SAMPLES;
    const centre = bezier(p0, p1, p2, p3, t);
    const normal = unitNormal(bezierTangent(p0, p1, p2, p3, t));
    const halfWidth = (baseWidth + (tipWidth - baseWidth) * t) / 2;
    left.push({ x: centre.x + normal.x * halfWidth, y: centre.y + normal.y * halfWidth });
    right.push({ x: centre.x - normal.x * halfWidth, y: centre.y - normal.y * halfWidth });
  }
  const outline = [...left, ...right.reverse()];
  const path = `M${outline.map(format).join('L')}Z`;

  const suckers =
    layer === 'front'
      ? [0.4, 0.55, 0.7, 0.82].map((t) => {
          const centre = bezier(p0, p1, p2, p3, t);
          const normal = unitNormal(bezierTangent(p0, p1, p2, p3, t));
          // Suckers sit on the concave side of the curl, where the second derivative points.
          const bend = bezierSecondDerivative(p0, p1, p2, p3, t);
          const inward = Math.sign(bend.x * normal.x + bend.y * normal.y) || 1;
          const halfWidth = (baseWidth + (tipWidth - baseWidth) * t) / 2;
          return {
            x: round(centre.x + normal.x * inward * halfWidth * 0.55),
            y: round(centre.y + normal.y * inward * halfWidth * 0.55),
            r: round(Math.max(1, halfWidth * 0.35)),
          };
        })
      : [];

  const marks = [0.22, 0.42, 0.6, 0.76].map((t) => {
    const centre = bezier(p0, p1, p2, p3, t);
    const normal = unitNormal(bezierTangent(p0, p1, p2, p3, t));
    return {
      x: round(centre.x),
      y: round(centre.y),
      nx: round(normal.x * 100) / 100,
      ny: round(normal.y * 100) / 100,
      halfWidth: round((baseWidth + (tipWidth - baseWidth) * t) / 2),
    };
  });

  return { path, base, suckers, marks, layer };
}

function bezier(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * p0.x + b * p1.x + c * p2.x + d * p3.x,
    y: a * p0.y + b * p1.y + c * p2.y + d * p3.y,
  };
}

function bezierTangent(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const a = 3 * u * u;
  const b = 6 * u * t;
  const c = 3 * t * t;
  return {
    x: a * (p1.x - p0.x) + b * (p2.x - p1.x) + c * (p3.x - p2.x),
    y: a * (p1.y - p0.y) + b * (p2.y - p1.y) + c * (p3.y - p2.y),
  };
}

function bezierSecondDerivative(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  return {
    x: 6 * u * (p2.x - 2 * p1.x + p0.x) + 6 * t * (p3.x - 2 * p2.x + p1.x),
    y: 6 * u * (p2.y - 2 * p1.y + p0.y) + 6 * t * (p3.y - 2 * p2.y + p1.y),
  };
}

function unitNormal(tangent: Point): Point {
  const length = Math.hypot(tangent.x, tangent.y) || 1;
  return { x: -tangent.y / length, y: tangent.x / length };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function format(point: Point): string {
  return `${String(round(point.x))} ${String(round(point.y))}`;
}
