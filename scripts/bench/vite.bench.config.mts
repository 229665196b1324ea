import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { flexsearchWithoutWorkers, rendererConfig, sharedAlias } from '../../vite.web.config.mts'

export default defineConfig({
  // The inbox's frame-rate bench mounts the real app, so the bench page builds it like the renderer does.
  define: rendererConfig.define,
  plugins: [flexsearchWithoutWorkers, react()],
  root: import.meta.dirname,
  resolve: { alias: [sharedAlias] },
  worker: { format: 'es', plugins: () => [flexsearchWithoutWorkers] },
  build: { chunkSizeWarningLimit: 4000, outDir: resolve(import.meta.dirname, '../../.bench/page'), emptyOutDir: true, rollupOptions: { input: resolve(import.meta.dirname, 'bench.html') } },
  preview: { port: 5198, strictPort: true, host: '127.0.0.1' },
  logLevel: 'warn'
})
