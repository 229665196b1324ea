import { resolve } from 'node:path'
import { defineConfig } from 'vite'

export default defineConfig({
  root: import.meta.dirname,
  resolve: { alias: { '@shared': resolve(import.meta.dirname, '../../src/shared') } },
  worker: { format: 'es' },
  build: { outDir: resolve(import.meta.dirname, '../../.bench/page'), emptyOutDir: true, rollupOptions: { input: resolve(import.meta.dirname, 'bench.html') } },
  preview: { port: 5198, strictPort: true, host: '127.0.0.1' },
  logLevel: 'warn'
})
