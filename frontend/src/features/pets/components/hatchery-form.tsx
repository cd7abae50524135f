import { useId, useState, type SubmitEvent } from 'react';
import { Octopus } from '@/components/octopus/octopus';
import { mix, type Species } from '@/components/octopus/skin';
import { Button } from '@/components/ui/button';
import { ApiError } from '@/lib/api-client';
import { useHatchPet } from '@/features/pets/api/hatch-pet';
import type { Pet } from '@/features/pets/lib/care';
import { COLOURS, nameProblem, SPECIES } from '@/features/pets/lib/hatchery';
import './hatchery-form.css';

/** Choose a species, a name and a colour, and lay the egg. */
export function HatcheryForm({ onHatched }: { onHatched: (pet: Pet) => void }) {
  const [species, setSpecies] = useState<Species>('COMMON');
  const [name, setName] = useState('');
  const [color, setColor] = useState(COLOURS[0]?.value ?? '#c8553d');
  const [touched, setTouched] = useState(false);
  const hatch = useHatchPet();
  const nameId = useId();
  const nameErrorId = useId();
  const problem = nameProblem(name);
  const chosen = SPECIES.find((s) => s.id === species);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (problem !== undefined) return;
    hatch.mutate({ name: name.trim(), species, color }, { onSuccess: onHatched });
  };

  return (
    <form className="hatchery" onSubmit={submit} noValidate>
      <div className="hatchery__preview card" aria-hidden="true">
        <Octopus
          label=""
          skin={mix('#c8553d', color, 0.6)}
          accent={color}
          species={species}
          stage="ADULT"
          mood="HAPPY"
        />
        <p className="hatchery__preview-name">{name.trim() || 'Your octopus'}</p>
        <p className="hatchery__preview-species">{chosen?.name}</p>
      </div>

      <div className="hatchery__fields">
        <fieldset className="hatchery__species">
          <legend className="field__label">Species</legend>
          {SPECIES.map((s) => (
            <label key={s.id} className="species-option">
              <input
                type="radio"
                name="species"
                value={s.id}
                checked={species === s.id}
                onChange={() => {
                  setSpecies(s.id);
                }}
              />
              <span className="species-option__text">
                <span className="species-option__name">{s.name}</span>
                <span className="species-option__blurb">{s.blurb}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <div className="field">
          <label className="field__label" htmlFor={nameId}>
            Name
          </label>
          <input
            id={nameId}
            name="name"
            className="input"
            autoComplete="off"
            maxLength={24}
            placeholder="Inky"
            value={name}
            aria-invalid={touched && problem !== undefined}
            aria-describedby={touched && problem ? nameErrorId : undefined}
            onChange={(event) => {
              setName(event.target.value);
            }}
            onBlur={() => {
              setTouched(true);
            }}
          />
          {touched && problem && (
            <span id={nameErrorId} className="field__error">
              {problem}
            </span>
          )}
        </div>

        <fieldset className="hatchery__colours">
          <legend className="field__label">Colour</legend>
          <div className="swatches">
            {COLOURS.map((c) => (
              <label key={c.value} className="swatch" title={c.name}>
                <input
                  type="radio"
                  name="colour"
                  value={c.value}
                  checked={color === c.value}
                  onChange={() => {
                    setColor(c.value);
                  }}
                />
                <span className="swatch__dot" style={{ background: c.value }} />
                <span className="visually-hidden">{c.name}</span>
              </label>
            ))}
          </div>
        </fieldset>

        {hatch.isError && (
          <p role="alert" className="form-error">
            {hatch.error instanceof ApiError && hatch.error.detail
              ? hatch.error.detail
              : 'The egg could not be laid. Please try again.'}
          </p>
        )}

        <Button type="submit" disabled={hatch.isPending} className="hatchery__submit">
          {hatch.isPending ? 'Laying the egg…' : '🥚 Lay the egg'}
        </Button>
      </div>
    </form>
  );
}
