import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { describeError } from '@/components/ui/describe-error';
import './states.css';

/** Something is on its way. */
export function LoadingState({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="state state--loading">
      <Spinner /> {children}
    </p>
  );
}

/** Nothing to show yet, and what to do about it. */
export function EmptyState({
  icon,
  title,
  children,
  action,
}: {
  icon: string;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="state state--empty">
      <span className="state__icon" aria-hidden="true">
        {icon}
      </span>
      <p className="state__title">{title}</p>
      {children && <p className="state__text">{children}</p>}
      {action}
    </div>
  );
}

/** Loading failed: what failed, why (as far as we know), and a way to try again. */
export function ErrorState({
  error,
  what,
  onRetry,
}: {
  error: Error;
  what: string;
  onRetry?: () => void;
}) {
  return (
    <div role="alert" className="state state--error">
      <span className="state__icon" aria-hidden="true">
        🦑
      </span>
      <p className="state__title">{what} could not be loaded.</p>
      <p className="state__text">{describeError(error)}</p>
      {onRetry && (
        <Button variant="quiet" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
