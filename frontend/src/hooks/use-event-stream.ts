import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { invalidationsFor, STREAM_EVENT_NAMES } from '@/lib/live-events';

export const STREAM_URL = '/api/v1/stream';
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

export type StreamStatus = 'off' | 'connecting' | 'live' | 'reconnecting';

export interface StreamMessage {
  name: string;
  data: unknown;
}

/**
 * Keeps an EventSource on the live stream while `enabled` (a user is signed in), and turns each
 * event into query invalidations, so screens refresh without reloading.
 *
 * The browser reconnects by itself after a dropped connection (sending `Last-Event-ID`, so the
 * server can replay what was missed). When the server refuses the stream instead (an error status),
 * the browser gives up; then this hook opens a new one after an exponential back-off, and once it
 * is live again refetches everything, since a new EventSource cannot resume where the old one was.
 */
export function useEventStream(
  enabled: boolean,
  onMessage?: (message: StreamMessage) => void,
): StreamStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<StreamStatus>('off');
  const onMessageRef = useRef(onMessage);
  useEffect(() => {
    onMessageRef.current = onMessage;
  }, [onMessage]);

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let retryMs = FIRST_RETRY_MS;
    let missedSomething = false;
    let stopped = false;

    const handle = (name: string) => (event: Event) => {
      const data = parseData((event as MessageEvent<string>).data);
      const stale = invalidationsFor(name);
      if (stale === 'all') void queryClient.invalidateQueries();
      else for (const queryKey of stale) void queryClient.invalidateQueries({ queryKey });
      onMessageRef.current?.({ name, data });
    };

    const connect = () => {
      setStatus(missedSomething ? 'reconnecting' : 'connecting');
      const current = new EventSource(STREAM_URL, { withCredentials: true });
      source = current;
      for (const name of STREAM_EVENT_NAMES) current.addEventListener(name, handle(name));
      current.onopen = () => {
        retryMs = FIRST_RETRY_MS;
        setStatus('live');
        if (missedSomething) {
          missedSomething = false;
          void queryClient.invalidateQueries();
        }
      };
      current.onerror = () => {
        if (stopped) return;
        if (current.readyState === EventSource.CLOSED) {
          // Refused (or gone for good): the browser will not retry this one.
          current.close();
          missedSomething = true;
          setStatus('reconnecting');
          retryTimer = setTimeout(connect, retryMs);
          retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
        } else {
          setStatus('reconnecting'); // the browser is already reconnecting, with Last-Event-ID
        }
      };
    };

    connect();
    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      source?.close();
      setStatus('off');
    };
  }, [enabled, queryClient]);

  return status;
}

function parseData(data: unknown): unknown {
  if (typeof data !== 'string' || data === '') return undefined;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return data;
  }
}
