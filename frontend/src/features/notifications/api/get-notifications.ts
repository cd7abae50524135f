import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

export type NotificationPage = Schemas['NotificationPage'];
export type Notification = Schemas['Item'];

/** The newest notifications with the unread count (kept fresh by the live stream). */
export const getNotifications = (size: number) =>
  api.get<NotificationPage>(`/api/v1/notifications?page=0&size=${String(size)}`);

export const notificationsQueryOptions = (size = 20) =>
  queryOptions({
    queryKey: [...queryKeys.notifications, size],
    queryFn: () => getNotifications(size),
    // The stream invalidates on every notification; this only covers a stream that is down.
    refetchInterval: 60_000,
  });

export const useNotifications = (size?: number) => useQuery(notificationsQueryOptions(size));
