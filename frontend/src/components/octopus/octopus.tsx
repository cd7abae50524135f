import { useId, type CSSProperties } from 'react';
import { ARMS } from '@/components/octopus/octopus-geometry';
import { usePrefersReducedMotion } from '@/hooks/use-prefers-reduced-motion';
import './octopus.css';

/** The CONTENT mood's skin (DESIGN §2: "sandy red"); other moods arrive with the pet API. */
export const CONTENT_SKIN = '#c8654a';

export interface OctopusProps {
  /** The accessible name of the drawing. */
  label?: string;
  /** Skin colour; the mood decides it. */
  skin?: string;
  className?: string;
}

/**
 * An inline-SVG octopus with eight arms that breathes, sways and blinks, and holds still when the
 * user prefers reduced motion.
 */
export function Octopus({
  label = 'A sandy-red octopus',
  skin = CONTENT_SKIN,
  className,
}: OctopusProps) {
  const titleId = useId();
  const reducedMotion = usePrefersReducedMotion();
  const classes = ['octopus', reducedMotion ? null : 'octopus--animated', className]
    .filter(Boolean)
    .join(' ');

  return (
    <svg
      className={classes}
      viewBox="0 0 240 240"
      role="img"
      aria-labelledby={titleId}
      data-motion={reducedMotion ? 'reduced' : 'full'}
      style={{ '--octopus-skin': skin } as CSSProperties}
    >
      <title id={titleId}>{label}</title>
      <g className="octopus__bubbles" aria-hidden="true">
        <circle cx="196" cy="64" r="5" />
        <circle cx="208" cy="40" r="3.5" />
        <circle cx="190" cy="22" r="2.5" />
      </g>
      <g className="octopus__body">
        {ARMS.map((arm, index) => (
          <g
            key={index}
            className={`octopus__arm octopus__arm--${arm.layer}`}
            data-part="arm"
            style={
              {
                '--arm-index': index,
                '--arm-origin': `${String(arm.base.x)}px ${String(arm.base.y)}px`,
              } as CSSProperties
            }
          >
            <path d={arm.path} />
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
        <g className="octopus__mantle">
          <path
            className="octopus__skin"
            d="M120 26C163 26 186 60 184 98C182 124 158 140 120 140C82 140 58 124 56 98C54 60 77 26 120 26Z"
          />
          <ellipse
            className="octopus__shine"
            cx="96"
            cy="52"
            rx="16"
            ry="9"
            transform="rotate(-24 96 52)"
          />
          <circle className="octopus__spot" cx="146" cy="56" r="6" />
          <circle className="octopus__spot" cx="160" cy="74" r="4" />
          <circle className="octopus__spot" cx="132" cy="42" r="3.5" />
          <ellipse className="octopus__cheek" cx="84" cy="112" rx="9" ry="5" />
          <ellipse className="octopus__cheek" cx="156" cy="112" rx="9" ry="5" />
          <g className="octopus__eyes">
            <ellipse className="octopus__eye" cx="98" cy="96" rx="11" ry="12" />
            <ellipse className="octopus__eye" cx="142" cy="96" rx="11" ry="12" />
            <circle className="octopus__pupil" cx="100" cy="98" r="6" />
            <circle className="octopus__pupil" cx="144" cy="98" r="6" />
            <circle className="octopus__glint" cx="102.5" cy="95" r="2" />
            <circle className="octopus__glint" cx="146.5" cy="95" r="2" />
          </g>
          <path className="octopus__smile" d="M112 116Q120 123 128 116" />
        </g>
      </g>
    </svg>
  );
}
