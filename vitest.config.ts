import { defineConfig } from 'vitest/config';

// Two projects: `unit` (library, components, build-time plugins; fast, no browser)
// and `e2e` (Playwright driving Debian's Chromium against the built `dist/`).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser, one static server: run the files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
