import { useNavigate } from 'react-router';
import { HatcheryForm } from '@/features/pets/components/hatchery-form';

export function HatcheryRoute() {
  const navigate = useNavigate();
  return (
    <>
      <title>The hatchery · Pytopus</title>
      <h1 className="page-title">The hatchery</h1>
      <p className="page-lede">
        Pick a species, a name and a colour. The egg hatches in about ten minutes.
      </p>
      <HatcheryForm onHatched={(pet) => void navigate(`/pets/${pet.id}`)} />
    </>
  );
}
