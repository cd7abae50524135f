import { dismissToast, useToasts } from '@/components/ui/toast-store';
import './toaster.css';

const ICONS = { success: '🐙', info: '🫧', error: '🦑' } as const;

/** The corner where toasts appear; announced politely to screen readers. */
export function Toaster() {
  const toasts = useToasts();
  return (
    <section className="toaster" aria-label="Notifications" aria-live="polite" role="status">
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast--${t.tone}`} data-testid="toast">
          <span className="toast__icon" aria-hidden="true">
            {ICONS[t.tone]}
          </span>
          <div className="toast__text">
            <p className="toast__title">{t.title}</p>
            {t.body && <p className="toast__body">{t.body}</p>}
          </div>
          <button
            type="button"
            className="toast__close"
            aria-label="Dismiss"
            onClick={() => {
              dismissToast(t.id);
            }}
          >
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
