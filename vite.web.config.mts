import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig, type Plugin, type UserConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from './src/shared/contentSecurityPolicy'

/** The renderer as a plain web app: the same code, with the browser bridge standing in for the preload. */
/** Production pages carry the CSP as a meta tag; the dev server's inline refresh script would break under it. */
const contentSecurityPolicyMeta: Plugin = {
  name: 'opsdeck-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' }]
}

/**
 * `flexsearch` is FlexSearch's Index without its worker factory, whose
 * Function() the CSP forbids and the security gate refuses: the package's
 * module build, with its WorkerIndex (imported by modules that Index needs,
 * never constructed by it) replaced by a stub.
 */
export const flexsearchWithoutWorkers: Plugin = {
  name: 'opsdeck-flexsearch-without-workers',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === 'flexsearch') return resolve(import.meta.dirname, 'src/shared/vendor/flexsearchIndexOnly.mjs')
    if (importer && /[\\/]flexsearch[\\/]dist[\\/]module[\\/]/.test(importer) && /^\.\.?\/(\.\.\/)*worker\.js$/.test(source)) {
      return resolve(import.meta.dirname, 'src/shared/vendor/flexsearchNoWorkers.mjs')
    }
    return null
  }
}
export const sharedAlias = { find: /^@shared\//, replacement: `${resolve(import.meta.dirname, 'src/shared')}/` }

/** A worker has no document: remark's entity decoder takes its table form there, not the one that asks the DOM. */
const workerEntityDecoder: Plugin = {
  name: 'opsdeck-worker-entity-decoder',
  enforce: 'pre',
  resolveId: (id) => (id === 'decode-named-character-reference' ? resolve(import.meta.dirname, 'node_modules/decode-named-character-reference/index.js') : null)
}

const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string }

export const rendererConfig: UserConfig = {
  // The browser build has no app.getVersion(); it reads the version from here.
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  root: resolve(import.meta.dirname, 'src/renderer'),
  plugins: [flexsearchWithoutWorkers, react(), contentSecurityPolicyMeta],
  resolve: { alias: [sharedAlias] },
  worker: { format: 'es', plugins: () => [flexsearchWithoutWorkers, workerEntityDecoder] },
  build: { chunkSizeWarningLimit: 4000 }
}

export default defineConfig({
  ...rendererConfig,
  build: { ...rendererConfig.build, outDir: resolve(import.meta.dirname, 'dist-web'), emptyOutDir: true },
  server: { port: 5199, strictPort: true, host: '127.0.0.1' },
  // As app:// does, the preview (which the end-to-end tests load) sends the policy with every response, worker scripts included.
  preview: { port: 5199, strictPort: true, host: '127.0.0.1', headers: { 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' } }
})
