import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { aPet } from '@/testing/pets';
import {
  createTestQueryClient,
  jsonResponse,
  renderWithQueryClient,
  stubFetch,
} from '@/testing/test-utils';
import { usePets } from '@/features/pets/api/get-pets';
import { PetSettings } from '@/features/pets/components/pet-settings';
import { queryKeys } from '@/lib/query-keys';

/** The settings page's shape: the switch reads its pet from the owner's list, as the route does. */
function SettingsOfFirstPet() {
  const pets = usePets();
  return pets.data?.[0] ? <PetSettings pet={pets.data[0]} /> : null;
}

/** A server that has not answered yet. */
const never = () =>
  new Promise<Response>(() => {
    /* never settles */
  });

function renderWithPrivatePet() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(queryKeys.pets, [aPet({ public: false })]);
  renderWithQueryClient(<SettingsOfFirstPet />, { queryClient });
  return {
    queryClient,
    reef: screen.getByRole('checkbox', { name: 'Show Inky in the public reef' }),
  };
}

/** Waits until the switch's request has settled and React has drawn what follows. */
async function settled(queryClient: QueryClient, status: 'success' | 'error') {
  await waitFor(() => {
    expect(queryClient.getMutationCache().getAll()[0]?.state.status).toBe(status);
  });
  // Query notifies its observers on a zero-delay timer; let that and the render after it run.
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

describe('PetSettings: the public switch', () => {
  it('flips the moment it is clicked, before the server answers', () => {
    const fetchMock = stubFetch();
    fetchMock.mockImplementation(never);
    const { reef } = renderWithPrivatePet();

    fireEvent.click(reef);

    // Read synchronously: a browser's next frame (and Playwright's check) sees this state.
    expect(reef).toBeChecked();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('stays on once the server agrees, while the list is still being refetched', async () => {
    const fetchMock = stubFetch();
    // The server agrees to the PATCH; the list refetch that follows never comes back in this test.
    fetchMock.mockImplementation((_input, init) =>
      init?.method === 'PATCH' ? Promise.resolve(jsonResponse(aPet({ public: true }))) : never(),
    );
    const { queryClient, reef } = renderWithPrivatePet();

    fireEvent.click(reef);
    await settled(queryClient, 'success');

    expect(reef).toBeEnabled();
    expect(reef).toBeChecked();
  });

  it('flips back when the server refuses', async () => {
    const fetchMock = stubFetch();
    fetchMock.mockResolvedValue(
      jsonResponse(
        { status: 409, code: 'PET_NOT_ACTIVE', detail: 'Inky has left.' },
        { status: 409, contentType: 'application/problem+json' },
      ),
    );
    const { queryClient, reef } = renderWithPrivatePet();

    fireEvent.click(reef);
    await settled(queryClient, 'error');

    expect(reef).toBeEnabled();
    expect(reef).not.toBeChecked();
  });
});
