import { useState } from 'react';
import { Link } from 'react-router';
import { ButtonLink } from '@/components/ui/button-link';
import { toast } from '@/components/ui/toast-store';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { ApiError } from '@/lib/api-client';
import { useActOnPet } from '@/features/pets/api/act-on-pet';
import { usePet } from '@/features/pets/api/get-pet';
import { ActionPanel } from '@/features/pets/components/action-panel';
import { NeedMeters } from '@/features/pets/components/need-meters';
import { Tank } from '@/features/pets/components/tank';
import { words, type CareAction, type Pet } from '@/features/pets/lib/care';
import { outcomeMessages } from '@/features/pets/lib/outcomes';
import './pet-tank.css';

const INK_MS = 3_000;

/** The tank page of one octopus: the tank, its meters and the care it can get. */
export function PetTank({ petId }: { petId: string }) {
  const pet = usePet(petId);
  const act = useActOnPet(petId);
  const [inked, setInked] = useState(false);

  if (pet.isPending) return <LoadingState>Filling the tank…</LoadingState>;
  if (pet.isError) {
    return <ErrorState error={pet.error} what="Your octopus" onRetry={() => void pet.refetch()} />;
  }
  const current = pet.data;

  const onAct = (action: CareAction) => {
    act.mutate(action, {
      onSuccess: (result) => {
        for (const message of outcomeMessages(current.name, result.outcome.happenings)) {
          toast(message);
        }
        if (result.outcome.happenings.some((h) => h.kind === 'StartledAndInked')) {
          setInked(true);
          setTimeout(() => {
            setInked(false);
          }, INK_MS);
        }
      },
      onError: (error) => {
        // The server is the authority: its 409 says why, in the pet's own words.
        toast({
          tone: 'error',
          title:
            error instanceof ApiError && error.detail
              ? error.detail
              : `${current.name} could not do that just now.`,
        });
      },
    });
  };

  return (
    <div className="pet-tank">
      <title>{`${current.name}’s tank · Pytopus`}</title>
      <header className="pet-tank__header">
        <div>
          <h1 className="pet-tank__name">{current.name}</h1>
          <p className="pet-tank__facts">
            <span className="chip">{words(current.stage)}</span>
            <span className="chip">{words(current.species)}</span>
            {current.personality !== 'UNFORMED' && (
              <span className="chip">{words(current.personality)}</span>
            )}
            <span className="pet-tank__age">{ageOf(current)}</span>
          </p>
        </div>
        <Link className="pet-tank__journal-link" to={`/pets/${current.id}/journal`}>
          📖 Journal
        </Link>
      </header>
      <div className="pet-tank__layout">
        <Tank pet={current} inked={inked} />
        <div className="pet-tank__side">
          {current.status === 'ESCAPED' || current.status === 'RELEASED' ? (
            <div className="card pet-tank__gone">
              <p className="pet-tank__gone-title">
                {current.status === 'ESCAPED'
                  ? `${current.name} slipped down the drain to the sea.`
                  : `${current.name} swims free in the sea now.`}
              </p>
              <p>Its journal stays with you. Ready for a new egg?</p>
              <ButtonLink to="/hatchery">🥚 Visit the hatchery</ButtonLink>
            </div>
          ) : (
            <>
              <div className="card">
                <NeedMeters pet={current} />
              </div>
              <div className="card">
                <ActionPanel
                  pet={current}
                  pending={act.isPending ? act.variables : undefined}
                  onAct={onAct}
                />
              </div>
              {current.tricks.length > 0 && (
                <p className="pet-tank__tricks">
                  Knows: {current.tricks.map((t) => words(t)).join(', ')}
                </p>
              )}
            </>
          )}
        </div>
      </div>
    </div>
  );
}

function ageOf(pet: Pet): string {
  if (pet.stage === 'EGG') return 'not hatched yet';
  const hours = pet.ageSeconds / 3600;
  if (hours < 1) return `${String(Math.max(1, Math.round(pet.ageSeconds / 60)))} min old`;
  if (hours < 48) return `${String(Math.round(hours))} h old`;
  return `${String(Math.round(hours / 24))} days old`;
}
