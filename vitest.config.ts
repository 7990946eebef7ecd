import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'client/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './tests/summaryReporter.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and durability tests start real servers and browsers: keep them from competing for 2 cores.
    fileParallelism: false,
    env: { NODE_ENV: 'test' },
  },
})
