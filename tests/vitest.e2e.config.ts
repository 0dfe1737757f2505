import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// Real browsers, one at a time: the machine has two cores and each test starts its own Chromium.
export default defineConfig({
  root,
  // The extension's own '@/…' imports, for pure modules a test reuses (utils/…) to build its data the product's way.
  resolve: { alias: { '@': root } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/harness/e2e-setup.ts'],
  },
});
