import type { Notification } from '@/features/notifications/api/get-notifications';

const ICONS: Record<string, string> = {
  HUNGRY: '🦐',
  BORED: '🎈',
  TIRED: '😴',
  DIRTY: '🫧',
  FILTHY: '🫧',
  SICK: '🤒',
  ESCAPED: '🌊',
  WAVE: '👋',
  WAVED: '👋',
  ACHIEVEMENT: '🏆',
};

export function NotificationItem({
  notification: n,
  onRead,
}: {
  notification: Notification;
  onRead: () => void;
}) {
  return (
    <article className={`notification${n.read ? '' : ' notification--unread'}`}>
      <span className="notification__icon" aria-hidden="true">
        {ICONS[n.kind] ?? '🐙'}
      </span>
      <div className="notification__text">
        <h3 className="notification__title">{n.title}</h3>
        <p className="notification__body">{n.body}</p>
        <time className="notification__time" dateTime={n.createdAt}>
          {new Date(n.createdAt).toLocaleString(undefined, {
            dateStyle: 'medium',
            timeStyle: 'short',
          })}
        </time>
      </div>
      {!n.read && (
        <button type="button" className="notification__read" onClick={onRead}>
          Mark read
        </button>
      )}
    </article>
  );
}
