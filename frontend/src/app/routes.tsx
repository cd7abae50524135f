import type { RouteObject } from 'react-router';
import { RequireAuth } from '@/app/routes/require-auth';
import { RootRoute } from '@/app/routes/root';
import { RouteError } from '@/app/routes/route-error';
import { RouteLoading } from '@/app/routes/route-loading';
import { WelcomeRoute } from '@/app/routes/welcome';

/**
 * The route tree. The welcome page is the first thing a visitor sees, so it ships in the entry
 * chunk; every other page is lazy and loads when visited (the build checks the entry's size).
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: RootRoute,
    ErrorBoundary: RouteError,
    HydrateFallback: RouteLoading,
    children: [
      { index: true, Component: WelcomeRoute },
      {
        path: 'signin',
        lazy: async () => ({ Component: (await import('@/app/routes/sign-in')).SignInRoute }),
      },
      {
        path: 'signup',
        lazy: async () => ({ Component: (await import('@/app/routes/sign-up')).SignUpRoute }),
      },
      {
        Component: RequireAuth,
        children: [
          {
            path: 'tank',
            lazy: async () => ({ Component: (await import('@/app/routes/tank')).TankIndexRoute }),
          },
          {
            path: 'journal',
            lazy: async () => ({
              Component: (await import('@/app/routes/tank')).JournalIndexRoute,
            }),
          },
          {
            path: 'hatchery',
            lazy: async () => ({
              Component: (await import('@/app/routes/hatchery')).HatcheryRoute,
            }),
          },
          {
            path: 'pets/:petId',
            lazy: async () => ({ Component: (await import('@/app/routes/tank')).PetRoute }),
          },
          {
            path: 'pets/:petId/journal',
            lazy: async () => ({ Component: (await import('@/app/routes/journal')).JournalRoute }),
          },
          {
            path: 'reef',
            lazy: async () => ({ Component: (await import('@/app/routes/reef')).ReefRoute }),
          },
          {
            path: 'reef/:petId',
            lazy: async () => ({ Component: (await import('@/app/routes/reef')).ReefProfileRoute }),
          },
          {
            path: 'leaderboards',
            lazy: async () => ({
              Component: (await import('@/app/routes/leaderboards')).LeaderboardsRoute,
            }),
          },
          {
            path: 'notifications',
            lazy: async () => ({
              Component: (await import('@/app/routes/notifications')).NotificationsRoute,
            }),
          },
          {
            path: 'settings',
            lazy: async () => ({
              Component: (await import('@/app/routes/settings')).SettingsRoute,
            }),
          },
        ],
      },
      {
        path: '*',
        lazy: async () => ({
          Component: (await import('@/app/routes/not-found')).NotFoundRoute,
        }),
      },
    ],
  },
];
