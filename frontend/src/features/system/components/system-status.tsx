import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { useHealth, type Health, type HealthStatus } from '@/features/system/api/get-health';
import { ApiError } from '@/lib/api-client';
import './system-status.css';

// The engines behind Pytopus, in the order a reader would expect; others follow by name.
const KNOWN_COMPONENTS: Record<string, { label: string; engine: string }> = {
  db: { label: 'Database', engine: 'PostgreSQL' },
  redis: { label: 'Cache', engine: 'Redis' },
  rabbit: { label: 'Message queue', engine: 'RabbitMQ' },
  opensearch: { label: 'Search', engine: 'OpenSearch' },
};
const KNOWN_ORDER = Object.keys(KNOWN_COMPONENTS);

/** The API's health as the user can read it: each engine up or down. */
export function SystemStatus() {
  const headingId = useId();
  const health = useHealth();

  return (
    <section className="system-status" aria-labelledby={headingId} aria-busy={health.isFetching}>
      <div className="system-status__header">
        <h2 id={headingId}>System status</h2>
        {health.data && <StatusPill status={health.data.status} />}
      </div>

      {health.isPending && (
        <p role="status" className="system-status__message">
          <Spinner /> Checking the tank…
        </p>
      )}

      {health.isError && (
        <div role="alert" className="system-status__message">
          <p>
            <strong>The Pytopus server can’t be reached right now.</strong>
          </p>
          <p className="system-status__detail">{describeError(health.error)}</p>
          <Button
            variant="quiet"
            onClick={() => void health.refetch()}
            disabled={health.isFetching}
          >
            Try again
          </Button>
        </div>
      )}

      {health.data && <HealthReport health={health.data} />}
    </section>
  );
}

function HealthReport({ health }: { health: Health }) {
  const names = Object.keys(health.components).sort(byKnownOrderThenName);
  return (
    <>
      <p className="system-status__summary">
        {health.status === 'UP'
          ? 'All systems are swimming.'
          : names.length > 0
            ? 'Some parts are down.'
            : 'The server reports a problem.'}
      </p>
      {names.length === 0 ? (
        <p className="system-status__detail">The server shares no details about its parts.</p>
      ) : (
        <ul className="system-status__list">
          {names.map((name) => {
            const known = KNOWN_COMPONENTS[name];
            const status = health.components[name]?.status ?? 'UNKNOWN';
            return (
              <li key={name} className="system-status__item">
                <span className="system-status__name">
                  {known?.label ?? humanize(name)}
                  {known && <span className="system-status__engine">{known.engine}</span>}
                </span>
                <StatusPill status={status} />
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

function StatusPill({ status }: { status: HealthStatus }) {
  const tone = status === 'UP' ? 'up' : status === 'UNKNOWN' ? 'unknown' : 'down';
  return (
    <span className={`status-pill status-pill--${tone}`}>
      <span className="status-pill__dot" aria-hidden="true" />
      {statusText(status)}
    </span>
  );
}

function statusText(status: HealthStatus): string {
  switch (status) {
    case 'UP':
      return 'Up';
    case 'DOWN':
      return 'Down';
    case 'OUT_OF_SERVICE':
      return 'Out of service';
    case 'UNKNOWN':
      return 'Unknown';
    default:
      return status;
  }
}

function byKnownOrderThenName(a: string, b: string): number {
  const rank = (name: string) => {
    const index = KNOWN_ORDER.indexOf(name);
    return index === -1 ? KNOWN_ORDER.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** `diskSpace` → `Disk space`: Actuator names its other checks in camelCase. */
function humanize(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function describeError(error: Error): string {
  if (error instanceof ApiError) {
    return `The server answered ${String(error.status)} ${error.title}${error.detail ? `: ${error.detail}` : '.'}`;
  }
  if (error instanceof TypeError) {
    return 'No answer from the server. Check your connection and try again.';
  }
  return error.message;
}
