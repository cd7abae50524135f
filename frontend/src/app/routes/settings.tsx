import { ErrorState, LoadingState } from '@/components/ui/states';
import { useMe } from '@/lib/auth';
import { usePets } from '@/features/pets/api/get-pets';
import { PetSettings } from '@/features/pets/components/pet-settings';
import { AccountSettings } from '@/features/settings/components/account-settings';
import { DataAndAccount } from '@/features/settings/components/data-and-account';
import './settings.css';

export function SettingsRoute() {
  const me = useMe();
  const pets = usePets();
  return (
    <>
      <title>Settings · Pytopus</title>
      <h1 className="page-title">Settings</h1>
      <div className="settings">
        {pets.isPending ? (
          <LoadingState>Fetching your octopuses…</LoadingState>
        ) : pets.isError ? (
          <ErrorState
            error={pets.error}
            what="Your octopuses"
            onRetry={() => void pets.refetch()}
          />
        ) : (
          pets.data
            .filter((p) => p.status === 'ACTIVE' || p.status === 'ON_VACATION')
            .map((pet) => <PetSettings key={pet.id} pet={pet} />)
        )}
        {me.data && <AccountSettings me={me.data} />}
        <DataAndAccount />
      </div>
    </>
  );
}
