import { useCallback } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { AppLayout, type NavItem } from '@/components/layouts/app-layout';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { Toaster } from '@/components/ui/toaster';
import { toast } from '@/components/ui/toast-store';
import { useEventStream, type StreamMessage } from '@/hooks/use-event-stream';
import { useLogout, useMe } from '@/lib/auth';
import { NotificationBell } from '@/features/notifications/components/notification-bell';

const NAV: readonly NavItem[] = [
  { to: '/tank', label: 'Tank', icon: '🐙' },
  { to: '/journal', label: 'Journal', icon: '📖' },
  { to: '/reef', label: 'Reef', icon: '🪸' },
  { to: '/leaderboards', label: 'Boards', icon: '🏆' },
  { to: '/settings', label: 'Settings', icon: '⚙️' },
];

/** Every page: the chrome, the toasts, and (when signed in) the live stream and the bell. */
export function RootRoute() {
  const me = useMe();
  const user = me.data ?? null;
  const logout = useLogout();
  const navigate = useNavigate();
  const onMessage = useCallback(({ name, data }: StreamMessage) => {
    if (name === 'reef.pet-waved' && isWave(data)) {
      toast({ tone: 'info', title: `${data.visitorName} waved at ${data.petName}! 👋` });
    }
  }, []);
  useEventStream(user !== null, onMessage);

  return (
    <AppLayout
      nav={user ? NAV : []}
      actions={
        user ? (
          <div className="user-menu">
            <span className="user-menu__name">{user.displayName}</span>
            <NotificationBell />
            <Button
              variant="quiet"
              onClick={() => {
                logout.mutate(undefined, { onSuccess: () => void navigate('/') });
              }}
            >
              Sign out
            </Button>
          </div>
        ) : me.isPending ? null : (
          <div className="user-menu">
            <ButtonLink variant="quiet" to="/signin">
              Sign in
            </ButtonLink>
          </div>
        )
      }
    >
      <Outlet />
      <Toaster />
    </AppLayout>
  );
}

/** The stream's payloads are not described by OpenAPI: check the two fields the toast uses. */
function isWave(data: unknown): data is { visitorName: string; petName: string } {
  return (
    typeof data === 'object' &&
    data !== null &&
    'visitorName' in data &&
    typeof data.visitorName === 'string' &&
    'petName' in data &&
    typeof data.petName === 'string'
  );
}
