import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/renderer/**/*.test.ts'],
    environment: 'node',
    // One throwaway PostgreSQL cluster (Unix socket only) for the office-server half of the library.
    globalSetup: ['tests/support/postgres-global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // LibreOffice renders and CLI processes are heavy; two cores, two workers.
    maxWorkers: 2,
  },
});
