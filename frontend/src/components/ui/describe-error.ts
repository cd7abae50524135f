import { ApiError } from '@/lib/api-client';

/** A failed request in words a person can act on. */
export function describeError(error: Error): string {
  if (error instanceof ApiError) {
    if (error.status === 404) return 'It is not there (any more).';
    if (error.status >= 500) return 'The server hit a snag. Please try again in a moment.';
    return error.detail ?? error.title;
  }
  if (error instanceof TypeError) return 'No answer from the server. Check your connection.';
  return error.message;
}
