import { Spinner } from '@/components/ui/spinner';

/** Shown while the first page's code is still on its way (lazy routes only). */
export function RouteLoading() {
  return (
    <p role="status" className="route-loading">
      <Spinner /> Swimming over…
    </p>
  );
}
