import { Link, useParams } from 'react-router';
import { ReefProfile } from '@/features/reef/components/reef-profile';
import { ReefSearch } from '@/features/reef/components/reef-search';

export function ReefRoute() {
  return (
    <>
      <title>The reef · Pytopus</title>
      <h1 className="page-title">The reef</h1>
      <p className="page-lede">Octopuses whose owners share them. Find one, wave, leave a snack.</p>
      <ReefSearch />
    </>
  );
}

export function ReefProfileRoute() {
  const { petId = '' } = useParams();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/reef">← The reef</Link>
      </p>
      <ReefProfile petId={petId} />
    </>
  );
}
