import { useId, type CSSProperties } from 'react';
import { usePrefersReducedMotion } from '@/hooks/use-prefers-reduced-motion';
import './egg.css';

export interface EggProps {
  label: string;
  /** The colour chosen at the hatchery: the speckles and the shadow of the octopus inside. */
  accent?: string;
  /** Cracking open: shown for a moment when the octopus hatches. */
  hatching?: boolean;
  className?: string;
}

/** An octopus egg that wobbles now and then, with its future owner curled up inside. */
export function Egg({ label, accent = '#c8553d', hatching = false, className }: EggProps) {
  const titleId = useId();
  const reducedMotion = usePrefersReducedMotion();
  const classes = [
    'egg',
    reducedMotion ? null : 'egg--animated',
    hatching ? 'egg--hatching' : null,
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <svg
      className={classes}
      viewBox="0 0 240 240"
      role="img"
      aria-labelledby={titleId}
      data-part="egg"
      data-hatching={hatching}
      style={{ '--egg-accent': accent } as CSSProperties}
    >
      <title id={titleId}>{label}</title>
      <ellipse className="egg__shadow" cx="120" cy="216" rx="46" ry="8" />
      <g className="egg__whole">
        <g className="egg__half egg__half--top">
          <path
            className="egg__shell"
            d="M120 36C158 36 176 96 176 132L160 124L146 136L132 122L118 136L104 122L90 136L76 124L64 132C64 96 82 36 120 36Z"
          />
          <circle className="egg__speckle" cx="104" cy="72" r="4" />
          <circle className="egg__speckle" cx="138" cy="92" r="3" />
          <circle className="egg__speckle" cx="118" cy="56" r="2.5" />
          <ellipse
            className="egg__shine"
            cx="100"
            cy="66"
            rx="9"
            ry="16"
            transform="rotate(18 100 66)"
          />
        </g>
        <g className="egg__half egg__half--bottom">
          <path
            className="egg__shell"
            d="M64 132L76 124L90 136L104 122L118 136L132 122L146 136L160 124L176 132C176 180 152 212 120 212C88 212 64 180 64 132Z"
          />
          <circle className="egg__speckle" cx="92" cy="160" r="3.5" />
          <circle className="egg__speckle" cx="150" cy="170" r="4" />
          <circle className="egg__speckle" cx="124" cy="190" r="2.5" />
        </g>
        <g className="egg__inside" aria-hidden="true">
          <circle cx="120" cy="128" r="22" />
          <circle className="egg__eye" cx="112" cy="126" r="3" />
          <circle className="egg__eye" cx="128" cy="126" r="3" />
        </g>
      </g>
      <g className="egg__sparkles" aria-hidden="true">
        <path d="M40 80l4 10 10 4-10 4-4 10-4-10-10-4 10-4z" />
        <path d="M196 60l3 8 8 3-8 3-3 8-3-8-8-3 8-3z" />
        <path d="M200 150l3 7 7 3-7 3-3 7-3-7-7-3 7-3z" />
      </g>
    </svg>
  );
}
