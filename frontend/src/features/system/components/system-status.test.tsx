import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SystemStatus } from '@/features/system/components/system-status';
import { jsonResponse, renderWithQueryClient, stubFetch } from '@/testing/test-utils';

const ALL_UP = {
  status: 'UP',
  components: {
    diskSpace: { status: 'UP' },
    db: { status: 'UP', details: { database: 'PostgreSQL' } },
    opensearch: { status: 'UP' },
    ping: { status: 'UP' },
    rabbit: { status: 'UP' },
    redis: { status: 'UP' },
  },
};

/** The status text shown next to a component's label. */
function statusOf(label: string): string | null {
  const item = screen.getByText(label).closest('li');
  if (item === null) throw new Error(`${label} is not in the status list`);
  return within(item).getByText(/^(Up|Down|Out of service|Unknown)$/).textContent;
}

describe('SystemStatus', () => {
  it('says it is checking until the health report arrives', async () => {
    let answer: (response: Response) => void = () => undefined;
    stubFetch().mockReturnValue(new Promise((resolve) => (answer = resolve)));

    renderWithQueryClient(<SystemStatus />);

    expect(screen.getByRole('status')).toHaveTextContent('Checking the tank');
    answer(jsonResponse(ALL_UP));
    expect(await screen.findByText('All systems are swimming.')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows each engine as up, the four engines first, then the other checks', async () => {
    const fetchMock = stubFetch();
    fetchMock.mockResolvedValue(jsonResponse(ALL_UP));

    renderWithQueryClient(<SystemStatus />);

    expect(await screen.findByText('All systems are swimming.')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/health', expect.anything());
    const labels = screen
      .getAllByRole('listitem')
      .map((item) => item.firstElementChild?.firstChild?.textContent);
    expect(labels).toEqual(['Database', 'Cache', 'Message queue', 'Search', 'Disk space', 'Ping']);
    for (const label of labels) expect(statusOf(label ?? '')).toBe('Up');
  });

  it('reads a 503 health report as some parts down and still lists every part', async () => {
    stubFetch().mockResolvedValue(
      jsonResponse(
        {
          status: 'DOWN',
          components: {
            db: { status: 'UP' },
            redis: { status: 'DOWN' },
            rabbit: { status: 'UP' },
            opensearch: { status: 'OUT_OF_SERVICE' },
          },
        },
        { status: 503, contentType: 'application/vnd.spring-boot.actuator.v3+json' },
      ),
    );

    renderWithQueryClient(<SystemStatus />);

    expect(await screen.findByText('Some parts are down.')).toBeInTheDocument();
    expect(statusOf('Database')).toBe('Up');
    expect(statusOf('Cache')).toBe('Down');
    expect(statusOf('Message queue')).toBe('Up');
    expect(statusOf('Search')).toBe('Out of service');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows an error when the server cannot be reached, and recovers on retry', async () => {
    const fetchMock = stubFetch();
    fetchMock
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(jsonResponse(ALL_UP));

    renderWithQueryClient(<SystemStatus />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('can’t be reached');
    expect(alert).toHaveTextContent('No answer from the server');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('All systems are swimming.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('shows the problem the server reported for an error that is not a health report', async () => {
    stubFetch().mockResolvedValue(
      jsonResponse(
        { title: 'Internal Server Error', status: 500, detail: 'The tank sprang a leak.' },
        { status: 500, contentType: 'application/problem+json' },
      ),
    );

    renderWithQueryClient(<SystemStatus />);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server answered 500 Internal Server Error: The tank sprang a leak.',
    );
  });
});
