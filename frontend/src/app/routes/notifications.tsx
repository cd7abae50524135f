import { NotificationList } from '@/features/notifications/components/notification-list';

export function NotificationsRoute() {
  return (
    <>
      <title>Notifications · Pytopus</title>
      <h1 className="page-title">Notifications</h1>
      <NotificationList />
    </>
  );
}
