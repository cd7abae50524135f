/** Only same-site paths: `?next=https://evil.example` must not send anyone away. */
export function safeNext(next: string | null, fallback: string): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : fallback;
}
