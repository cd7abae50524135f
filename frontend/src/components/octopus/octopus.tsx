import { useId, useRef, type CSSProperties } from 'react';
import { ARMS } from '@/components/octopus/octopus-geometry';
import type { Mood, SkinPattern, Species, Stage } from '@/components/octopus/skin';
import { useGaze } from '@/components/octopus/use-gaze';
import { usePrefersReducedMotion } from '@/hooks/use-prefers-reduced-motion';
import './octopus.css';

/** The CONTENT mood's skin (DESIGN §2: "sandy red"). */
export const CONTENT_SKIN = '#c8553d';

export interface OctopusProps {
  /** The accessible name of the drawing. */
  label?: string;
  /** Body colour: the mood's skin. */
  skin?: string;
  /** Its own colour (chosen at the hatchery): spots, rings, stripes. */
  accent?: string;
  pattern?: SkinPattern;
  mood?: Mood;
  /** HATCHLING is small with big eyes; ELDER has bushy brows. EGG is drawn by {@link Egg}. */
  stage?: Exclude<Stage, 'EGG'>;
  species?: Species;
  asleep?: boolean;
  /** The eyes follow the mouse or finger. */
  followPointer?: boolean;
  className?: string;
}

const STAGE_SCALE: Record<Exclude<Stage, 'EGG'>, number> = {
  HATCHLING: 0.62,
  JUVENILE: 0.8,
  ADULT: 0.94,
  ELDER: 0.98,
};

// Each arm keeps its own tempo and reach, so the eight never move in step.
const ARM_SECONDS = [3.1, 3.9, 3.4, 4.4, 3.7, 3.2, 4.1, 3.6];
const ARM_DEGREES = [5, 4, 6, 3.5, 5.5, 6, 4, 5];

const MANTLE =
  'M120 26C163 26 186 60 184 98C182 124 158 140 120 140C82 140 58 124 56 98C54 60 77 26 120 26Z';
const GIANT_MANTLE =
  'M120 20C168 20 192 58 190 98C188 126 160 142 120 142C80 142 52 126 50 98C48 58 72 20 120 20Z';

const SPOTS = [
  { cx: 146, cy: 56, r: 6 },
  { cx: 160, cy: 74, r: 4 },
  { cx: 132, cy: 42, r: 3.5 },
  { cx: 84, cy: 64, r: 3 },
];
const GIANT_BUMPS = [
  [90, 44, 3],
  [104, 36, 2.5],
  [150, 40, 3],
  [166, 60, 2.5],
  [74, 80, 2.5],
  [170, 92, 3],
  [124, 58, 2.2],
  [96, 70, 2],
  [146, 88, 2],
] as const;
const BLUE_RINGS = [
  [92, 48, 7],
  [150, 46, 6],
  [120, 36, 5],
  [170, 82, 5],
  [70, 84, 5],
  [132, 66, 4.5],
] as const;
const BLOTCHES = [
  [86, 54, 14],
  [150, 60, 12],
  [124, 36, 9],
  [164, 100, 10],
  [72, 96, 9],
] as const;
const MOTTLES = [
  [80, 50, 10],
  [108, 40, 7],
  [142, 48, 11],
  [168, 80, 8],
  [70, 92, 8],
  [130, 70, 6],
  [98, 66, 6],
] as const;

function mouthFor(mood: Mood | undefined, asleep: boolean) {
  if (asleep) return { kind: 'line', d: 'M114 118Q120 121 126 118' };
  switch (mood) {
    case 'ECSTATIC':
    case 'HAPPY':
      return { kind: 'line', d: 'M108 113Q120 128 132 113' };
    case 'SCARED':
      return { kind: 'o', d: '' };
    case 'SICK':
    case 'STARVING':
    case 'TIRED':
    case 'FILTHY':
    case 'HUNGRY':
    case 'BORED':
      return { kind: 'line', d: 'M111 121Q120 112 129 121' };
    default:
      return { kind: 'line', d: 'M112 116Q120 123 128 116' };
  }
}

/**
 * An inline-SVG octopus: eight arms swaying each at its own tempo, breathing, blinking, eyes that
 * follow the pointer, and a skin whose colour and pattern follow its mood. It holds still when the
 * user prefers reduced motion.
 */
export function Octopus({
  label = 'A sandy-red octopus',
  skin = CONTENT_SKIN,
  accent,
  pattern = 'SOLID',
  mood,
  stage = 'ADULT',
  species = 'COMMON',
  asleep = false,
  followPointer = false,
  className,
}: OctopusProps) {
  const rawId = useId();
  const id = rawId.replace(/[^a-zA-Z0-9_-]/g, '');
  const titleId = `${id}-title`;
  const clipId = `${id}-mantle`;
  const reducedMotion = usePrefersReducedMotion();
  const svgRef = useRef<SVGSVGElement>(null);
  useGaze(svgRef, followPointer && !reducedMotion && !asleep);

  const giant = species === 'GIANT_PACIFIC';
  const mantle = giant ? GIANT_MANTLE : MANTLE;
  const scale = STAGE_SCALE[stage] * (giant ? 1.06 : 1);
  const mouth = mouthFor(mood, asleep);
  const classes = [
    'octopus',
    reducedMotion ? null : 'octopus--animated',
    `octopus--${stage.toLowerCase()}`,
    `octopus--${species.toLowerCase().replace('_', '-')}`,
    `octopus--pattern-${pattern.toLowerCase().replace('_', '-')}`,
    asleep ? 'octopus--asleep' : null,
    className,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <svg
      ref={svgRef}
      className={classes}
      viewBox="0 0 240 240"
      role="img"
      aria-labelledby={titleId}
      data-motion={reducedMotion ? 'reduced' : 'full'}
      data-stage={stage}
      data-species={species}
      data-pattern={pattern}
      data-skin={skin}
      style={
        {
          '--octopus-skin': skin,
          '--octopus-accent': accent ?? skin,
        } as CSSProperties
      }
    >
      <title id={titleId}>{label}</title>
      <defs>
        <clipPath id={clipId}>
          <path d={mantle} />
        </clipPath>
      </defs>
      <g className="octopus__bubbles" aria-hidden="true">
        <circle cx="196" cy="64" r="5" />
        <circle cx="208" cy="40" r="3.5" />
        <circle cx="190" cy="22" r="2.5" />
      </g>
      <g transform={`translate(120 226) scale(${String(scale)}) translate(-120 -226)`}>
        <g className="octopus__body">
          <g className="octopus__arms">
            {ARMS.map((arm, index) => (
              <g
                key={index}
                className={`octopus__arm octopus__arm--${arm.layer}`}
                data-part="arm"
                style={
                  {
                    '--arm-index': index,
                    '--arm-seconds': `${String(ARM_SECONDS[index] ?? 3.6)}s`,
                    '--arm-degrees': `${String(ARM_DEGREES[index] ?? 5)}deg`,
                    '--arm-origin': `${String(arm.base.x)}px ${String(arm.base.y)}px`,
                  } as CSSProperties
                }
              >
                <path d={arm.path} />
                {species === 'BLUE_RINGED' &&
                  arm.marks.map((mark) => (
                    <circle
                      key={`${String(mark.x)},${String(mark.y)}`}
                      className="octopus__ring"
                      cx={mark.x}
                      cy={mark.y}
                      r={Math.max(1.4, mark.halfWidth * 0.55)}
                    />
                  ))}
                {species === 'MIMIC' &&
                  arm.marks.map((mark) => (
                    <line
                      key={`${String(mark.x)},${String(mark.y)}`}
                      className="octopus__stripe"
                      x1={mark.x - mark.nx * mark.halfWidth}
                      y1={mark.y - mark.ny * mark.halfWidth}
                      x2={mark.x + mark.nx * mark.halfWidth}
                      y2={mark.y + mark.ny * mark.halfWidth}
                      strokeWidth={Math.max(1.6, mark.halfWidth * 0.8)}
                    />
                  ))}
                {arm.suckers.map((sucker) => (
                  <circle
                    key={`${String(sucker.x)},${String(sucker.y)}`}
                    className="octopus__sucker"
                    cx={sucker.x}
                    cy={sucker.y}
                    r={sucker.r}
                  />
                ))}
              </g>
            ))}
          </g>
          <g className="octopus__mantle">
            {species === 'DUMBO' && (
              <g className="octopus__fins" data-part="fins">
                <path
                  className="octopus__fin octopus__fin--left"
                  d="M66 70C40 52 28 70 36 86C44 98 58 92 66 86Z"
                />
                <path
                  className="octopus__fin octopus__fin--right"
                  d="M174 70C200 52 212 70 204 86C196 98 182 92 174 86Z"
                />
              </g>
            )}
            <path className="octopus__skin" d={mantle} />
            <g clipPath={`url(#${clipId})`} className="octopus__skin-pattern" aria-hidden="true">
              {species === 'COMMON' &&
                SPOTS.map((s) => <circle key={s.cx} className="octopus__spot" {...s} />)}
              {giant &&
                GIANT_BUMPS.map(([cx, cy, r]) => (
                  <circle
                    key={`${String(cx)},${String(cy)}`}
                    className="octopus__bump"
                    cx={cx}
                    cy={cy}
                    r={r}
                  />
                ))}
              {species === 'BLUE_RINGED' &&
                BLUE_RINGS.map(([cx, cy, r]) => (
                  <circle
                    key={`${String(cx)},${String(cy)}`}
                    className="octopus__ring"
                    cx={cx}
                    cy={cy}
                    r={r}
                  />
                ))}
              {species === 'MIMIC' &&
                [40, 62, 84, 106].map((y) => (
                  <path
                    key={y}
                    className="octopus__band"
                    d={`M40 ${String(y)}Q120 ${String(y - 14)} 200 ${String(y)}`}
                  />
                ))}
              {pattern === 'MOTTLED' &&
                MOTTLES.map(([cx, cy, r]) => (
                  <circle
                    key={`${String(cx)},${String(cy)}`}
                    className="octopus__mottle"
                    cx={cx}
                    cy={cy}
                    r={r}
                  />
                ))}
              {pattern === 'BLOTCHY' &&
                BLOTCHES.map(([cx, cy, r]) => (
                  <circle
                    key={`${String(cx)},${String(cy)}`}
                    className="octopus__blotch"
                    cx={cx}
                    cy={cy}
                    r={r}
                  />
                ))}
              {pattern === 'RIPPLING' && (
                <g className="octopus__ripples">
                  {[0, 1, 2, 3, 4].map((i) => (
                    <rect
                      key={i}
                      className="octopus__ripple"
                      x={20 + i * 48}
                      y="0"
                      width="18"
                      height="160"
                      transform="skewX(-20)"
                    />
                  ))}
                </g>
              )}
              {(pattern === 'DREAM_FLASHES' || pattern === 'FLASHING') && (
                <rect className="octopus__flash" x="40" y="10" width="160" height="140" />
              )}
            </g>
            <ellipse
              className="octopus__shine"
              cx="96"
              cy="52"
              rx="16"
              ry="9"
              transform="rotate(-24 96 52)"
            />
            <ellipse className="octopus__cheek" cx="84" cy="112" rx="9" ry="5" />
            <ellipse className="octopus__cheek" cx="156" cy="112" rx="9" ry="5" />
            <g className="octopus__face">
              {asleep ? (
                <g className="octopus__lids" data-part="closed-eyes">
                  <path d="M88 98Q98 106 108 98" />
                  <path d="M132 98Q142 106 152 98" />
                </g>
              ) : (
                <g className="octopus__eyes" data-part="open-eyes">
                  <ellipse className="octopus__eye" cx="98" cy="96" rx="11" ry="12" />
                  <ellipse className="octopus__eye" cx="142" cy="96" rx="11" ry="12" />
                  <g className="octopus__gaze">
                    <circle className="octopus__pupil" cx="100" cy="98" r="6" />
                    <circle className="octopus__pupil" cx="144" cy="98" r="6" />
                    <circle className="octopus__glint" cx="102.5" cy="95" r="2" />
                    <circle className="octopus__glint" cx="146.5" cy="95" r="2" />
                  </g>
                </g>
              )}
              {stage === 'ELDER' && (
                <g className="octopus__brows" data-part="brows">
                  <path d="M84 80Q97 72 110 80" />
                  <path d="M130 80Q143 72 156 80" />
                </g>
              )}
              {mouth.kind === 'o' ? (
                <ellipse className="octopus__mouth-o" cx="120" cy="119" rx="4.5" ry="5.5" />
              ) : (
                <path className="octopus__smile" d={mouth.d} />
              )}
            </g>
          </g>
        </g>
      </g>
    </svg>
  );
}
