import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderWithQueryClient, stubFetch } from '@/testing/test-utils';
import { Journal } from '@/features/journal/components/journal';

const now = new Date().toISOString();
const page = (entries: { text: string; type: string }[], totalPages = 1) => ({
  entries: entries.map((e, i) => ({ id: `e${String(i)}`, occurredAt: now, ...e })),
  page: 0,
  size: 20,
  totalEntries: entries.length,
  totalPages,
});

describe('Journal', () => {
  it('tells the story of today, each entry with the icon of what happened', async () => {
    stubFetch().mockImplementation(() =>
      Promise.resolve(
        jsonResponse(
          page([
            { type: 'CareGiven', text: 'Inky ate a shrimp.' },
            { type: 'CareGiven', text: 'Inky played with the ball.' },
            { type: 'TrickLearned', text: 'Inky learned SPIN.' },
          ]),
        ),
      ),
    );
    renderWithQueryClient(<Journal petId="p1" petName="Inky" />);

    const list = await screen.findByRole('list', { name: 'Inky’s journal' });
    expect(list).toHaveTextContent('Today');
    const entries = screen.getAllByRole('listitem').filter((li) => li.dataset.type);
    expect(entries.map((li) => li.querySelector('.journal__icon')?.textContent)).toEqual([
      '🦐',
      '🎾',
      '🎓',
    ]);
    expect(screen.getByText('3 entries')).toBeInTheDocument();
    expect(screen.getByText('The first page of the story. 🥚')).toBeInTheDocument();
  });

  it('searches as you type, and says when nothing matches', async () => {
    const fetch = stubFetch().mockImplementation((url) =>
      Promise.resolve(
        jsonResponse(
          (url as string).includes('q=')
            ? page([])
            : page([{ type: 'CareGiven', text: 'Inky ate a clam.' }]),
        ),
      ),
    );
    renderWithQueryClient(<Journal petId="p1" petName="Inky" />);
    await screen.findByText('Inky ate a clam.');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search Inky’s journal' }), 'crab');

    expect(await screen.findByText('Nothing about “crab”')).toBeInTheDocument();
    await waitFor(() => {
      expect(fetch.mock.calls.map(([url]) => url as string)).toContainEqual(
        '/api/v1/pets/p1/journal?page=0&size=20&q=crab',
      );
    });
  });
});
