import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // Next's `server-only` guard throws outside a React Server environment; unit tests are servers.
      'server-only': fileURLToPath(new URL('./lib/testing/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // A hang guard, not a speed budget: pure tests that expand a year of calendars take seconds
    // on a busy machine (timings belong in the benchmarks).
    testTimeout: 60_000,
  },
});
