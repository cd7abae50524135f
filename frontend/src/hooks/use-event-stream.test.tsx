import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEventStream } from '@/hooks/use-event-stream';

/** A stand-in for the browser's EventSource that the test drives. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();

  readonly url: string;

  constructor(url: string) {
    this.url = url;
    FakeEventSource.instances.push(this);
  }

  addEventListener(name: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }

  close() {
    this.readyState = FakeEventSource.CLOSED;
  }

  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }

  emit(name: string, data: unknown) {
    const event = new MessageEvent<string>(name, { data: JSON.stringify(data) });
    for (const listener of this.listeners.get(name) ?? []) listener(event);
  }

  refuse() {
    this.readyState = FakeEventSource.CLOSED;
    this.onerror?.();
  }
}

function setup(enabled = true) {
  const queryClient = new QueryClient();
  const invalidate = vi.spyOn(queryClient, 'invalidateQueries').mockResolvedValue();
  const onMessage = vi.fn();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const hook = renderHook(({ on }) => useEventStream(on, onMessage), {
    wrapper,
    initialProps: { on: enabled },
  });
  return { hook, invalidate, onMessage };
}

const latest = () => FakeEventSource.instances.at(-1);

describe('useEventStream', () => {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('stays off for a visitor', () => {
    const { hook } = setup(false);
    expect(FakeEventSource.instances).toHaveLength(0);
    expect(hook.result.current).toBe('off');
  });

  it('refetches the pets and journals on a pet event, and notifications on a notification', () => {
    const { hook, invalidate, onMessage } = setup();
    act(() => {
      latest()?.open();
    });
    expect(latest()?.url).toBe('/api/v1/stream');
    expect(hook.result.current).toBe('live');

    act(() => {
      latest()?.emit('pet.care-given', { petId: 'p1' });
    });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['pets'] });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['journal'] });
    expect(invalidate).not.toHaveBeenCalledWith({ queryKey: ['notifications'] });

    invalidate.mockClear();
    act(() => {
      latest()?.emit('notification.posted', { title: 'Inky is hungry' });
    });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['notifications'] });
    expect(invalidate).not.toHaveBeenCalledWith({ queryKey: ['pets'] });
    expect(onMessage).toHaveBeenLastCalledWith({
      name: 'notification.posted',
      data: { title: 'Inky is hungry' },
    });
  });

  it('refetches everything when the server cannot replay what was missed', () => {
    const { invalidate } = setup();
    act(() => {
      latest()?.open();
      latest()?.emit('resync', {});
    });
    expect(invalidate).toHaveBeenCalledWith();
  });

  it('reconnects with growing pauses after a refusal, then refetches everything', () => {
    const { hook, invalidate } = setup();
    act(() => {
      latest()?.refuse();
    });
    expect(hook.result.current).toBe('reconnecting');
    expect(FakeEventSource.instances).toHaveLength(1);

    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(FakeEventSource.instances).toHaveLength(2);
    act(() => {
      latest()?.refuse();
      vi.advanceTimersByTime(1_999);
    });
    expect(FakeEventSource.instances).toHaveLength(2);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(FakeEventSource.instances).toHaveLength(3);

    act(() => {
      latest()?.open();
    });
    expect(hook.result.current).toBe('live');
    expect(invalidate).toHaveBeenCalledWith();
  });

  it('closes the stream on sign-out', () => {
    const { hook } = setup();
    const source = latest();
    hook.rerender({ on: false });
    expect(source?.readyState).toBe(FakeEventSource.CLOSED);
    expect(hook.result.current).toBe('off');
  });
});
