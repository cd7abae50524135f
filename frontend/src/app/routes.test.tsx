import { screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '@/app/routes';
import {
  jsonResponse,
  renderWithQueryClient,
  stubFetch,
  stubMatchMedia,
} from '@/testing/test-utils';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return renderWithQueryClient(<RouterProvider router={router} />);
}

describe('routes', () => {
  it('welcomes a visitor with the name, the tagline, the octopus and the system status', async () => {
    stubMatchMedia(false);
    stubFetch().mockResolvedValue(jsonResponse({ status: 'UP', components: {} }));

    renderAt('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Pytopus' })).toBeInTheDocument();
    expect(screen.getByText('A pet octopus that lives in your browser')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /octopus/i })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'System status' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(await screen.findByText('All systems are swimming.')).toBeInTheDocument();
  });

  it('tells a visitor who took a wrong turn, and offers the way back', async () => {
    stubMatchMedia(false);

    renderAt('/no/such/page');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This part of the reef is empty' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to Pytopus' })).toHaveAttribute('href', '/');
  });
});
