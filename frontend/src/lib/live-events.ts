import type { QueryKey } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';

/**
 * What each event of the live stream (`GET /api/v1/stream`) makes stale. Any `pet.*` event means
 * "refetch the pets and their journals"; `notification.posted` means "refetch notifications and
 * the unread count"; `resync` (the server could not replay what we missed) means "refetch all".
 *
 * @returns the query key prefixes to invalidate, or `'all'`
 */
export function invalidationsFor(eventName: string): QueryKey[] | 'all' {
  if (eventName === 'resync') return 'all';
  if (eventName.startsWith('pet.')) {
    return [queryKeys.pets, queryKeys.journalPrefix, queryKeys.leaderboards, queryKeys.reef];
  }
  switch (eventName) {
    case 'notification.posted':
      return [queryKeys.notifications];
    case 'achievement.unlocked':
      return [queryKeys.achievements, queryKeys.notifications];
    case 'reef.pet-waved':
      return [
        queryKeys.notifications,
        queryKeys.journalPrefix,
        queryKeys.reef,
        queryKeys.leaderboards,
      ];
    default:
      return [];
  }
}

/** The events the stream is subscribed to by name (SSE delivers named events only to listeners). */
export const STREAM_EVENT_NAMES = [
  'pet.care-given',
  'pet.hatched',
  'pet.stage-reached',
  'pet.trick-learned',
  'pet.fell-sick',
  'pet.escaped',
  'pet.released',
  'pet.profile-changed',
  'notification.posted',
  'achievement.unlocked',
  'reef.pet-waved',
  'resync',
] as const;
