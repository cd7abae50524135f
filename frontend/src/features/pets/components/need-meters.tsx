import { useId } from 'react';
import type { Pet } from '@/features/pets/lib/care';
import './need-meters.css';

interface MeterSpec {
  key: keyof Pet['needs'] | 'trust';
  label: string;
  icon: string;
  hint: string;
}

const METERS: readonly MeterSpec[] = [
  { key: 'satiety', label: 'Fullness', icon: '🦐', hint: 'Feed it when this runs low.' },
  { key: 'joy', label: 'Joy', icon: '🎈', hint: 'Play and strokes lift it.' },
  { key: 'energy', label: 'Energy', icon: '⚡', hint: 'Sleep refills it.' },
  { key: 'cleanliness', label: 'Water', icon: '🫧', hint: 'Clean the tank to freshen it.' },
  { key: 'health', label: 'Health', icon: '💗', hint: 'Stays up when the rest are fine.' },
  { key: 'trust', label: 'Trust', icon: '🤝', hint: 'Grows with gentle strokes.' },
];

/** Below this a need shows as low (the attention threshold of DESIGN §2). */
const LOW = 30;
const HIGH = 70;

/** The octopus's needs and trust as labelled, numbered meters. */
export function NeedMeters({ pet }: { pet: Pet }) {
  const headingId = useId();
  return (
    <section className="need-meters" aria-labelledby={headingId}>
      <h2 id={headingId} className="need-meters__title">
        How {pet.name} is doing
      </h2>
      <ul className="need-meters__list">
        {METERS.map((spec) => (
          <li key={spec.key}>
            <NeedMeter
              label={spec.label}
              icon={spec.icon}
              hint={spec.hint}
              value={spec.key === 'trust' ? pet.trust : pet.needs[spec.key]}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function NeedMeter({
  label,
  icon,
  hint,
  value,
}: {
  label: string;
  icon: string;
  hint?: string;
  value: number;
}) {
  const labelId = useId();
  const shown = Math.round(Math.min(100, Math.max(0, value)));
  const level = shown < LOW ? 'low' : shown < HIGH ? 'mid' : 'high';
  return (
    <div className={`need need--${level}`} title={hint}>
      <div className="need__head">
        <span id={labelId} className="need__label">
          <span aria-hidden="true">{icon}</span> {label}
        </span>
        <span className="need__value" aria-hidden="true">
          {shown}
        </span>
      </div>
      <div
        className="need__track"
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={shown}
        aria-valuetext={`${String(shown)} of 100${level === 'low' ? ', low' : ''}`}
        data-need={label}
      >
        <div className="need__fill" style={{ width: `${String(shown)}%` }} />
      </div>
    </div>
  );
}
