import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  jsonResponse,
  renderWithQueryClient,
  stubFetch,
  stubMatchMedia,
} from '@/testing/test-utils';
import { ReefSearch } from '@/features/reef/components/reef-search';

const results = {
  items: [
    {
      id: 'p1',
      name: 'Inky',
      species: 'MIMIC',
      stage: 'HATCHLING',
      tricks: [],
      ownerName: 'Ink’s keeper',
      bio: 'Loves <b>bubbles</b>',
      waves: 4,
      color: '#2a9d8f',
      highlights: { name: '<em>Ink</em>y' },
    },
  ],
  page: 0,
  size: 12,
  total: 1,
  facets: { species: { MIMIC: 1, COMMON: 3 }, stage: { HATCHLING: 1 } },
};

describe('ReefSearch', () => {
  it('shows matches with their highlight, safely, and narrows by a facet', async () => {
    stubMatchMedia(false);
    const fetch = stubFetch().mockImplementation(() => Promise.resolve(jsonResponse(results)));
    renderWithQueryClient(
      <MemoryRouter initialEntries={['/reef?q=Inkky']}>
        <ReefSearch />
      </MemoryRouter>,
    );

    const card = await screen.findByTestId('reef-card');
    expect(card.querySelector('mark')).toHaveTextContent('Ink');
    expect(card).toHaveTextContent('Loves <b>bubbles</b>');
    expect(card.querySelector('b')).toBeNull();
    expect(card).toHaveAttribute('href', '/reef/p1');
    expect(fetch.mock.calls.map(([url]) => url as string)).toContainEqual(
      expect.stringMatching(/^\/api\/v1\/reef\/search\?q=Inkky&/),
    );

    await userEvent.click(screen.getByRole('checkbox', { name: /^common/i }));

    await waitFor(() => {
      expect(fetch.mock.calls.at(-1)?.[0] as string).toContain('species=COMMON');
    });
  });

  it('says the reef opens soon while the server has no search', async () => {
    stubMatchMedia(false);
    stubFetch().mockImplementation(() =>
      Promise.resolve(
        jsonResponse(
          { type: 'about:blank', title: 'Not Found', status: 404, code: 'NOT_FOUND' },
          { status: 404, contentType: 'application/problem+json' },
        ),
      ),
    );
    renderWithQueryClient(
      <MemoryRouter initialEntries={['/reef']}>
        <ReefSearch />
      </MemoryRouter>,
    );

    expect(await screen.findByText('The reef opens soon')).toBeInTheDocument();
  });
});
