import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useNotifications } from '@/features/notifications/api/get-notifications';
import { useMarkNotificationRead } from '@/features/notifications/api/mark-notification-read';
import { NotificationItem } from '@/features/notifications/components/notification-item';
import './notification-bell.css';

const PAGE = 50;

/** Every recent notification, newest first. */
export function NotificationList() {
  const notifications = useNotifications(PAGE);
  const markRead = useMarkNotificationRead();
  if (notifications.isPending) return <LoadingState>Checking for news…</LoadingState>;
  if (notifications.isError) {
    return (
      <ErrorState
        error={notifications.error}
        what="Your notifications"
        onRetry={() => void notifications.refetch()}
      />
    );
  }
  const { items, unread, total } = notifications.data;
  if (items.length === 0) {
    return (
      <EmptyState icon="🫧" title="All quiet in the tank">
        Your octopus will tell you here when it needs you, and when visitors wave.
      </EmptyState>
    );
  }
  return (
    <>
      <p className="page-lede">
        {String(unread)} unread of {String(total)}
      </p>
      <ul className="bell__list notification-list">
        {items.map((n) => (
          <li key={n.id}>
            <NotificationItem
              notification={n}
              onRead={() => {
                markRead.mutate(n.id);
              }}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
