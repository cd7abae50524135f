import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { Journal } from '@/features/journal/components/journal';
import { usePet } from '@/features/pets/api/get-pet';

export function JournalRoute() {
  const { petId = '' } = useParams();
  const pet = usePet(petId);
  if (pet.isPending) return <LoadingState>Finding the journal…</LoadingState>;
  if (pet.isError)
    return <ErrorState error={pet.error} what="The journal" onRetry={() => void pet.refetch()} />;
  return (
    <>
      <title>{`${pet.data.name}’s journal · Pytopus`}</title>
      <p className="breadcrumb">
        <Link to={`/pets/${petId}`}>← {pet.data.name}’s tank</Link>
      </p>
      <h1 className="page-title">{pet.data.name}’s journal</h1>
      <p className="page-lede">
        Every meal, game, trick and visitor, in {pet.data.name}’s own words.
      </p>
      <Journal petId={petId} petName={pet.data.name} />
    </>
  );
}
