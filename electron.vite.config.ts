import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { rendererConfig } from './vite.web.config.mjs'

export default defineConfig({
  main: {
    resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } }
  },
  preload: {
    // A sandboxed preload cannot require node_modules: bundle everything it uses.
    build: { externalizeDeps: false },
    resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } }
  },
  renderer: rendererConfig
})
