import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';

/** Shown instead of a route that failed to load or render. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${String(error.status)} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <AppLayout>
      <title>Something went wrong · Pytopus</title>
      <h1>Something went wrong</h1>
      <p>The page hit a snag and inked itself. Reloading usually helps.</p>
      <p>
        <small>{detail}</small>
      </p>
      <p>
        <Link to="/" reloadDocument>
          Reload Pytopus
        </Link>
      </p>
    </AppLayout>
  );
}
