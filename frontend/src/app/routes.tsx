import type { RouteObject } from 'react-router';
import { RootRoute } from '@/app/routes/root';
import { RouteError } from '@/app/routes/route-error';
import { RouteLoading } from '@/app/routes/route-loading';
import { WelcomeRoute } from '@/app/routes/welcome';

/**
 * The route tree. The welcome page is the first thing a visitor sees, so it ships in the entry
 * chunk; every other page is lazy and loads when visited.
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
        path: '*',
        lazy: async () => ({
          Component: (await import('@/app/routes/not-found')).NotFoundRoute,
        }),
      },
    ],
  },
];
