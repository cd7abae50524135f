import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/toast-store';
import { ApiError } from '@/lib/api-client';
import { useActOnPet } from '@/features/pets/api/act-on-pet';
import { useUpdatePet } from '@/features/pets/api/update-pet';
import { BIO_MAX_LENGTH, refusalMessage, refusalOf, type Pet } from '@/features/pets/lib/care';

const problemText = (error: Error, fallback: string) =>
  error instanceof ApiError && error.detail ? error.detail : fallback;

/** One octopus's settings: shown in the reef or not, its bio, and vacations. */
export function PetSettings({ pet }: { pet: Pet }) {
  const update = useUpdatePet(pet.id);
  const act = useActOnPet(pet.id);
  const [bio, setBio] = useState(pet.bio ?? '');
  // The owner's wish while the server decides. Set in the click handler itself: the mutation's own
  // pending state reaches React a tick later, and a controlled checkbox would flip back meanwhile.
  const [publicWish, setPublicWish] = useState<boolean | null>(null);
  const ids = { bio: useId(), publicHint: useId(), vacationWhy: useId() };
  const vacation = pet.status === 'ON_VACATION' ? 'END_VACATION' : 'START_VACATION';
  const refusal = refusalOf(pet, { type: vacation });

  return (
    <section className="card settings-section" aria-label={`${pet.name}’s settings`}>
      <h2>{pet.name}</h2>
      <label className="switch">
        <input
          type="checkbox"
          // Optimistic: the switch flips at once, and back if the server refuses.
          checked={publicWish ?? pet.public}
          disabled={update.isPending}
          aria-describedby={ids.publicHint}
          onChange={(event) => {
            const isPublic = event.target.checked;
            setPublicWish(isPublic);
            update.mutate(
              { public: isPublic },
              {
                // The answer is in the pet caches by now (rememberPet), so the switch reads it.
                onSettled: () => {
                  setPublicWish(null);
                },
                onSuccess: () =>
                  toast({
                    tone: 'success',
                    title: isPublic
                      ? `${pet.name} is in the reef now!`
                      : `${pet.name} is private again.`,
                  }),
                onError: (error) =>
                  toast({ tone: 'error', title: problemText(error, 'That did not work.') }),
              },
            );
          }}
        />
        <span>Show {pet.name} in the public reef</span>
      </label>
      <p id={ids.publicHint} className="field__hint">
        Others can find it, wave at it and give it a snack. Your email is never shown.
      </p>

      <form
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate(
            { bio: bio.trim() },
            {
              onSuccess: () => toast({ tone: 'success', title: 'Bio saved.' }),
              onError: (error) =>
                toast({ tone: 'error', title: problemText(error, 'The bio could not be saved.') }),
            },
          );
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={ids.bio}>
            Bio
          </label>
          <textarea
            id={ids.bio}
            className="input"
            maxLength={BIO_MAX_LENGTH}
            placeholder={`Tell the reef about ${pet.name}…`}
            value={bio}
            onChange={(event) => {
              setBio(event.target.value);
            }}
          />
          <span className="field__hint">
            {bio.length}/{BIO_MAX_LENGTH}
          </span>
        </div>
        <Button type="submit" variant="quiet" disabled={update.isPending}>
          Save bio
        </Button>
      </form>

      <h3>Vacation</h3>
      <p className="field__hint">
        Going away? A vacation freezes {pet.name} completely for up to 14 days: no hunger, no
        ageing.
      </p>
      <Button
        variant="quiet"
        aria-disabled={refusal !== null}
        aria-describedby={refusal ? ids.vacationWhy : undefined}
        onClick={() => {
          if (refusal !== null || act.isPending) return;
          act.mutate(
            { type: vacation },
            {
              onSuccess: () =>
                toast({
                  tone: 'success',
                  title:
                    vacation === 'START_VACATION'
                      ? `${pet.name} is on vacation.`
                      : `Welcome back, ${pet.name}!`,
                }),
              onError: (error) =>
                toast({ tone: 'error', title: problemText(error, 'That did not work.') }),
            },
          );
        }}
      >
        {vacation === 'START_VACATION' ? '🏝️ Start a vacation' : '🏠 End the vacation'}
      </Button>
      {refusal && (
        <p id={ids.vacationWhy} className="field__hint">
          {refusalMessage(refusal, pet.name)}
        </p>
      )}
    </section>
  );
}
