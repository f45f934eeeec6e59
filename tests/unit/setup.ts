import { afterEach } from 'vitest';

// Component tests (`// @vitest-environment happy-dom`) render into one shared document:
// unmount after each test so queries only see the current test's render.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/preact');
  cleanup();
});
