import type { QueryClient } from '@tanstack/react-query';
import type { Schemas } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

type Pet = Schemas['PetResponse'];

/**
 * Stores a pet the server just answered with everywhere the app reads pets from: its own query and
 * the owner's list. Writing the list too means no view shows the old pet (a switch flipping back,
 * a stale meter) while the list refetches in the background.
 */
export function rememberPet(queryClient: QueryClient, pet: Pet): void {
  queryClient.setQueryData(queryKeys.pet(pet.id), pet);
  queryClient.setQueryData<Pet[]>(queryKeys.pets, (pets) =>
    pets?.map((known) => (known.id === pet.id ? pet : known)),
  );
  void queryClient.invalidateQueries({ queryKey: queryKeys.pets, exact: true });
}
