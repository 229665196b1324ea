import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { flexsearchWithoutWorkers, sharedAlias } from './vite.web.config.mjs'

export default defineConfig({
  plugins: [flexsearchWithoutWorkers, react()],
  resolve: { alias: [sharedAlias] },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] }
      },
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
