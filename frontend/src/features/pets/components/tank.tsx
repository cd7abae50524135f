import { useEffect, useRef, useState } from 'react';
import { Egg } from '@/components/octopus/egg';
import { Octopus } from '@/components/octopus/octopus';
import { skinLook } from '@/components/octopus/skin';
import type { Pet } from '@/features/pets/lib/care';
import { describeOctopus } from '@/features/pets/lib/describe';
import './tank.css';

const HATCH_SHOW_MS = 2_400;

/**
 * The tank: water, sand and weed around the octopus (or its egg). The lights go off while it
 * sleeps, a cloud of ink spreads when it is startled, and the egg cracks open when it hatches.
 */
export function Tank({ pet, inked = false }: { pet: Pet; inked?: boolean }) {
  const look = skinLook(pet.mood, pet.skin, pet.color);
  const hatching = useHatchMoment(pet.stage);
  const egg = pet.stage === 'EGG';
  const inking = look.inking || inked;

  return (
    <div
      className={`tank${look.lightsOff ? ' tank--dark' : ''}${pet.sick ? ' tank--sick' : ''}${
        pet.needs.cleanliness < 20 ? ' tank--murky' : ''
      }`}
      data-mood={pet.mood}
      data-stage={pet.stage}
    >
      <div className="tank__rays" aria-hidden="true" />
      <div className="tank__bubbles" aria-hidden="true">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <span
            key={i}
            style={{ left: `${String(12 + i * 15)}%`, animationDelay: `${String(i * -1.3)}s` }}
          />
        ))}
      </div>
      <div className="tank__weed tank__weed--left" aria-hidden="true" />
      <div className="tank__weed tank__weed--right" aria-hidden="true" />
      <div className="tank__sand" aria-hidden="true" />
      <div className="tank__stage">
        {egg || hatching ? (
          <Egg
            label={hatching ? `${pet.name} is hatching!` : describeOctopus(pet)}
            accent={pet.color}
            hatching={hatching}
            className="tank__egg"
          />
        ) : (
          <Octopus
            className="tank__octopus"
            label={describeOctopus(pet)}
            skin={look.body}
            accent={look.accent}
            pattern={look.pattern}
            mood={pet.mood}
            stage={pet.stage === 'EGG' ? 'HATCHLING' : pet.stage}
            species={pet.species}
            asleep={pet.asleep}
            followPointer
          />
        )}
      </div>
      {inking && (
        <div className="tank__ink" data-testid="ink-cloud" aria-hidden="true">
          <span />
          <span />
          <span />
          <span />
        </div>
      )}
      {look.lightsOff && (
        <div className="tank__night" aria-hidden="true">
          <span className="tank__moon">🌙</span>
          <span className="tank__zzz">z z z</span>
        </div>
      )}
      <p className="tank__mood" aria-live="polite">
        <span className="tank__mood-dot" style={{ background: look.body }} aria-hidden="true" />
        {egg ? 'Egg · hatching soon' : look.feeling}
        {pet.status === 'ON_VACATION' && ' · on vacation'}
      </p>
    </div>
  );
}

/** True for a moment after the stage leaves EGG while watching: the egg cracks open. */
function useHatchMoment(stage: Pet['stage']): boolean {
  const previous = useRef(stage);
  const [hatching, setHatching] = useState(false);
  useEffect(() => {
    const was = previous.current;
    previous.current = stage;
    if (was !== 'EGG' || stage === 'EGG') return;
    setHatching(true);
    const timer = setTimeout(() => {
      setHatching(false);
    }, HATCH_SHOW_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [stage]);
  return hatching;
}
