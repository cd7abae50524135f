import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingState } from '@/components/ui/states';
import { useMe } from '@/lib/auth';

/** Pages for signed-in users: a visitor is sent to sign in, and brought back afterwards. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <LoadingState>Checking who you are…</LoadingState>;
  if (me.data == null) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/signin?next=${next}`} replace />;
  }
  return <Outlet />;
}
