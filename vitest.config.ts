import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'utils/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // Timeouts bound hangs, they are not speed checks (speed is `npm run bench`). On a loaded 2-core CI
    // machine the slowest engine and photo tests take over 2 s against vitest's 5 s default.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
