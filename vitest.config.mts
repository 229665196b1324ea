import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { flexsearchWithoutWorkers, sharedAlias } from './vite.web.config.mjs'

/**
 * Tests of dates and zones, run again under each zone below (the "unit" project runs them in the machine's
 * zone too). West and east of UTC, a half-hour offset, and Europe/Berlin, whose DST change on 2026-03-29
 * (and New York's on 2026-11-01) the tests cross.
 */
const dateTests = ['test/unit/csv/dateZones.test.ts', 'test/unit/csv/normalizeDate.test.ts', 'test/unit/csv/rowToFeedback.test.ts', 'test/unit/format.test.ts', 'test/unit/feedback/feedbackFilters.test.ts']
const webDateTests = ['test/web/dateFilters.test.ts']
const dateZones = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Europe/Berlin']

export default defineConfig({
  plugins: [flexsearchWithoutWorkers, react()],
  resolve: { alias: [sharedAlias] },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] }
      },
      ...dateZones.map((zone) => ({
        extends: true as const,
        test: { name: `dates ${zone}`, environment: 'node' as const, include: dateTests, env: { TZ: zone } }
      })),
      ...dateZones.map((zone) => ({
        extends: true as const,
        test: { name: `web dates ${zone}`, environment: 'happy-dom' as const, include: webDateTests, setupFiles: ['test/web/setup.ts'], env: { TZ: zone } }
      })),
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'happy-dom',
          include: ['test/web/**/*.test.{ts,tsx}'],
          setupFiles: ['test/web/setup.ts'],
          testTimeout: 20_000
        }
      }
    ]
  }
})
