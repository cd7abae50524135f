import { Octopus } from '@/components/octopus/octopus';
import { skinLook } from '@/components/octopus/skin';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { toast } from '@/components/ui/toast-store';
import { ApiError } from '@/lib/api-client';
import { useReefProfile } from '@/features/reef/api/get-reef-profile';
import { useGiveSnack } from '@/features/reef/api/give-snack';
import { useWaveAtPet } from '@/features/reef/api/wave-at-pet';
import './reef.css';

const words = (code: string) => code.toLowerCase().replaceAll('_', ' ');

/** A public octopus: how it looks and feels right now, its bio and tricks; wave or give a snack. */
export function ReefProfile({ petId }: { petId: string }) {
  const profile = useReefProfile(petId);
  const wave = useWaveAtPet(petId);
  const snack = useGiveSnack(petId);

  if (profile.isPending) return <LoadingState>Swimming over…</LoadingState>;
  if (profile.isError) {
    if (profile.error instanceof ApiError && profile.error.status === 404) {
      return (
        <EmptyState
          icon="🌊"
          title="This octopus is not in the reef"
          action={<ButtonLink to="/reef">Back to the reef</ButtonLink>}
        >
          It may be private now, or it has gone back to the sea.
        </EmptyState>
      );
    }
    return (
      <ErrorState
        error={profile.error}
        what="This octopus"
        onRetry={() => void profile.refetch()}
      />
    );
  }
  const pet = profile.data;
  const look = skinLook(pet.mood, pet.skin, pet.color);
  const failed = (fallback: string) => (error: Error) => {
    toast({
      tone: 'error',
      title: error instanceof ApiError && error.detail ? error.detail : fallback,
    });
  };

  return (
    <article className="profile">
      <title>{`${pet.name} · the reef · Pytopus`}</title>
      <div className="profile__art card">
        <Octopus
          label={`${pet.name}, a ${words(pet.stage)} ${words(pet.species)} octopus, ${look.feeling.toLowerCase()}`}
          skin={look.body}
          accent={look.accent}
          pattern={look.pattern}
          mood={pet.mood}
          stage={pet.stage === 'EGG' ? 'HATCHLING' : pet.stage}
          species={pet.species}
          asleep={pet.mood === 'ASLEEP'}
          followPointer
        />
      </div>
      <div className="profile__info">
        <h1 className="page-title">{pet.name}</h1>
        <p className="profile__facts">
          <span className="chip">{words(pet.stage)}</span>
          <span className="chip">{words(pet.species)}</span>
          {pet.personality && pet.personality !== 'UNFORMED' && (
            <span className="chip">{words(pet.personality)}</span>
          )}
          <span className="chip">{look.feeling}</span>
        </p>
        <p className="profile__owner">Looked after by {pet.ownerName}</p>
        {pet.bio ? <blockquote className="profile__bio">{pet.bio}</blockquote> : null}
        <p className="profile__tricks">
          {pet.tricks.length > 0
            ? `Knows ${pet.tricks.map(words).join(', ')}.`
            : 'Still learning its first trick.'}
        </p>
        <p className="profile__waves" data-testid="wave-count">
          👋 {pet.waves} {pet.waves === 1 ? 'wave' : 'waves'}
        </p>
        <div className="profile__actions">
          <Button
            disabled={wave.isPending}
            onClick={() => {
              wave.mutate(undefined, {
                onSuccess: (result) => {
                  toast({
                    tone: 'success',
                    title: `You waved at ${pet.name}! (${String(result.waves)} waves)`,
                  });
                },
                onError: failed(`${pet.name} did not see your wave.`),
              });
            }}
          >
            👋 Wave
          </Button>
          <Button
            variant="quiet"
            disabled={snack.isPending}
            onClick={() => {
              snack.mutate(undefined, {
                onSuccess: () => {
                  toast({ tone: 'success', title: `${pet.name} munched your snack!` });
                },
                onError: failed('The snack could not be given.'),
              });
            }}
          >
            🍤 Give a snack
          </Button>
        </div>
        <p className="field__hint">One snack a day per octopus.</p>
      </div>
    </article>
  );
}
