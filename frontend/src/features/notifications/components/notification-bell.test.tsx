import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderWithQueryClient, stubFetch } from '@/testing/test-utils';
import { NotificationBell } from '@/features/notifications/components/notification-bell';

const page = (unread: number) => ({
  items: [
    {
      id: 'n1',
      petId: 'p1',
      kind: 'HUNGRY',
      title: 'Inky is hungry',
      body: 'A shrimp would be lovely.',
      createdAt: '2026-11-28T00:00:00Z',
      read: unread === 0,
    },
  ],
  page: 0,
  size: 5,
  total: 1,
  unread,
});

describe('NotificationBell', () => {
  it('shows the unread count and lists the latest notifications when opened', async () => {
    stubFetch().mockResolvedValue(jsonResponse(page(3)));
    renderWithQueryClient(
      <MemoryRouter>
        <NotificationBell />
      </MemoryRouter>,
    );

    const bell = await screen.findByRole('button', { name: 'Notifications, 3 unread' });
    expect(screen.getByTestId('bell-count')).toHaveTextContent('3');
    await userEvent.click(bell);

    const panel = screen.getByRole('region', { name: 'Latest notifications' });
    expect(panel).toHaveTextContent('Inky is hungry');
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Latest notifications' })).not.toBeInTheDocument();
  });

  it('marks a notification read and refreshes the count', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const fetch = stubFetch()
      .mockResolvedValueOnce(jsonResponse(page(1)))
      .mockResolvedValueOnce(new Response(null, { status: 204 }))
      .mockResolvedValue(jsonResponse(page(0)));
    renderWithQueryClient(
      <MemoryRouter>
        <NotificationBell />
      </MemoryRouter>,
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    await userEvent.click(screen.getByRole('button', { name: 'Mark read' }));

    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Notifications' })).toBeInTheDocument();
    });
    expect(fetch.mock.calls[1]?.[0]).toBe('/api/v1/notifications/n1/read');
    expect(fetch.mock.calls[1]?.[1]?.method).toBe('POST');
    expect(screen.queryByTestId('bell-count')).not.toBeInTheDocument();
    document.cookie = 'XSRF-TOKEN=; max-age=0';
  });
});
