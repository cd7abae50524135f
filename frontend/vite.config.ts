/// <reference types="vitest/config" />
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { bundleBudget } from './build/bundle-budget.ts';

// The Spring Boot API; `npm run dev` proxies to it so the SPA and the API share one origin
// (cookies, CSRF) exactly as in production, where the API serves the bundle itself.
const apiUrl = process.env.PYTOPUS_API_URL ?? 'http://localhost:8080';
const proxy: Record<string, ProxyOptions> = Object.fromEntries(
  ['/api', '/health', '/v3'].map((prefix) => [prefix, { target: apiUrl }]),
);

export default defineConfig({
  plugins: [react(), bundleBudget({ maxFirstRouteJsGzipKb: 200 })],
  resolve: {
    alias: { '@': path.resolve(import.meta.dirname, 'src') },
  },
  server: { proxy },
  preview: { proxy },
  build: {
    // Maven overrides this with --outDir target/classes/static so the jar carries the bundle.
    outDir: 'dist',
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/testing/setup-tests.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
