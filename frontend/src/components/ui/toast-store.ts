import { useSyncExternalStore } from 'react';

export type ToastTone = 'success' | 'info' | 'error';

export interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  body?: string | undefined;
}

const DEFAULT_MS = 5_000;
const MAX_VISIBLE = 4;

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

/** Shows a short message in the corner (and to screen readers); it leaves by itself. */
export function toast(message: Omit<Toast, 'id'>, durationMs = DEFAULT_MS): number {
  const id = nextId++;
  toasts = [...toasts, { ...message, id }].slice(-MAX_VISIBLE);
  emit();
  if (durationMs > 0) {
    setTimeout(() => {
      dismissToast(id);
    }, durationMs);
  }
  return id;
}

export function dismissToast(id: number) {
  const next = toasts.filter((t) => t.id !== id);
  if (next.length !== toasts.length) {
    toasts = next;
    emit();
  }
}

export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => toasts,
    () => toasts,
  );
}
