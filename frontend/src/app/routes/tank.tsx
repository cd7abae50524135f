import { Navigate, useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { ButtonLink } from '@/components/ui/button-link';
import { usePets } from '@/features/pets/api/get-pets';
import { PetTank } from '@/features/pets/components/pet-tank';

/** `/tank`: the first octopus still in its owner's care, or the hatchery. */
export function TankIndexRoute({ to = '' }: { to?: string }) {
  const pets = usePets();
  if (pets.isPending) return <LoadingState>Looking for your octopus…</LoadingState>;
  if (pets.isError)
    return (
      <ErrorState error={pets.error} what="Your octopuses" onRetry={() => void pets.refetch()} />
    );
  const living =
    pets.data.find((p) => p.status === 'ACTIVE' || p.status === 'ON_VACATION') ?? pets.data[0];
  if (living === undefined) {
    return (
      <EmptyState
        icon="🥚"
        title="No octopus yet"
        action={<ButtonLink to="/hatchery">Visit the hatchery</ButtonLink>}
      >
        Choose a species, a name and a colour, and an egg will be laid in your tank.
      </EmptyState>
    );
  }
  return <Navigate to={`/pets/${living.id}${to}`} replace />;
}

export function JournalIndexRoute() {
  return <TankIndexRoute to="/journal" />;
}

export function PetRoute() {
  const { petId = '' } = useParams();
  return <PetTank key={petId} petId={petId} />;
}
