import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useNotifications } from '@/features/notifications/api/get-notifications';
import { useMarkNotificationRead } from '@/features/notifications/api/mark-notification-read';
import { NotificationItem } from '@/features/notifications/components/notification-item';
import './notification-bell.css';

const PREVIEW = 5;

/** The bell in the header: the live unread count, and the latest notifications in a popover. */
export function NotificationBell() {
  const notifications = useNotifications(PREVIEW);
  const markRead = useMarkNotificationRead();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const unread = notifications.data?.unread ?? 0;

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event instanceof MouseEvent && root.current?.contains(event.target as Node)) return;
      setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('mousedown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('mousedown', close);
    };
  }, [open]);

  return (
    <div className="bell" ref={root}>
      <button
        type="button"
        className="bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread > 0 ? `Notifications, ${String(unread)} unread` : 'Notifications'}
        data-testid="bell"
        onClick={() => {
          setOpen((was) => !was);
        }}
      >
        <span aria-hidden="true">🔔</span>
        {unread > 0 && (
          <span className="bell__badge" data-testid="bell-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div id={panelId} className="bell__panel" role="region" aria-label="Latest notifications">
          <p className="bell__heading">
            Notifications {unread > 0 && <span className="chip">{unread} new</span>}
          </p>
          {notifications.isPending ? (
            <p className="bell__empty">Checking for news…</p>
          ) : notifications.isError ? (
            <p className="bell__empty">Notifications could not be loaded.</p>
          ) : notifications.data.items.length === 0 ? (
            <p className="bell__empty">All quiet in the tank. 🫧</p>
          ) : (
            <ul className="bell__list">
              {notifications.data.items.map((n) => (
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
          )}
          <Link
            className="bell__all"
            to="/notifications"
            onClick={() => {
              setOpen(false);
            }}
          >
            See all notifications
          </Link>
        </div>
      )}
    </div>
  );
}
