// The house rules of ../shared/ARCHITECTURE.md, enforced: each layer may only import what it is allowed to.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

import { dirname, resolve, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Folders are resolved against this file, not the working directory: `eslint` run from src/ checks the same rules. */
const root = dirname(fileURLToPath(import.meta.url))
const featuresDir = resolve(root, 'src/renderer/src/features')
const sharedDir = resolve(root, 'src/shared')

/** The file an import names, for relative and `@shared/` imports; undefined for a package. */
const resolveImport = (filename, source) =>
  source.startsWith('.') ? resolve(dirname(filename), source)
    : source.startsWith('@shared/') ? resolve(sharedDir, source.slice('@shared/'.length))
      : undefined

/** Every module source a file names: import, export … from, and import(). */
const eachSource = (report) => ({
  ImportDeclaration: (node) => report(node, node.source),
  ExportNamedDeclaration: (node) => node.source && report(node, node.source),
  ExportAllDeclaration: (node) => report(node, node.source),
  ImportExpression: (node) => node.source.type === 'Literal' && report(node, node.source)
})

/** A feature may use another feature only through its index.ts face (ARCHITECTURE.md). */
const featureFaces = {
  meta: { type: 'problem', messages: { face: 'Import feature "{{target}}" through its index.ts face, not {{path}}.' } },
  create(context) {
    const featureOf = (file) => {
      const parts = relative(featuresDir, file).split(sep)
      return parts[0] && parts[0] !== '..' ? parts : undefined
    }
    const own = featureOf(context.filename)
    return eachSource((node, { value: source }) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const target = featureOf(resolve(dirname(context.filename), source))
      if (!target || target[0] === own?.[0]) return
      const isFace = target.length === 1 || (target.length === 2 && target[1] === 'index')
      if (!isFace) context.report({ node, messageId: 'face', data: { target: target[0], path: source } })
    })
  }
}

/** The preload imports electron and the bridge contract, nothing else: an allowlist, so a new package cannot slip in. */
const preloadContractAllowed = ['bridge', 'bridgeChannels'].map((name) => resolve(sharedDir, name))
const preloadAllowlist = {
  meta: { type: 'problem', messages: { only: 'The preload imports only electron and the bridge contract (src/shared/bridge.ts, bridgeChannels.ts), not {{path}}.' } },
  create(context) {
    return eachSource((node, { value: source }) => {
      if (typeof source !== 'string' || source === 'electron') return
      const file = resolveImport(context.filename, source)?.replace(/\.ts$/, '')
      if (!file || !preloadContractAllowed.includes(file)) context.report({ node, messageId: 'only', data: { path: source } })
    })
  }
}

const opsdeck = { rules: { 'feature-faces': featureFaces, 'preload-allowlist': preloadAllowlist } }

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'stream', 'url', 'util', 'events', 'worker_threads']
const restrict = (groups, message) => ({ group: groups, message })
const rendererPatterns = [
  restrict(['**/main/**', '**/preload/**', 'electron', ...nodeBuiltins], 'the renderer never imports main, electron or node builtins: use the bridge.')
]
/** Flat config replaces a rule's options per block, so each part of src/shared repeats the rules of the whole. */
const sharedPatterns = (...more) => [
  restrict(['**/main/**', '**/preload/**', '**/renderer/**'], 'src/shared imports nothing from main, preload or renderer.'),
  restrict(['electron', 'react', 'react-dom', 'dexie', 'dexie-*', '@mantine/*', 'zustand', ...nodeBuiltins], 'src/shared is pure: no electron, react, dexie or node builtins.'),
  ...more
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'dist-web/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  // src/shared and its parts. format (display of values) is the floor and uses none of the others; domain may use
  // format and csv's value parsers (the tool inventory import reads amounts and dates with them); csv knows domain
  // only as types (the fields a row becomes); markdown serialises domain documents and may use domain, never the
  // reverse (the version diff, which compares Markdown, lives in markdown/). markdown and csv do not use each other.
  { files: ['src/shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: sharedPatterns() }] } },
  { files: ['src/shared/format/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: sharedPatterns(
    restrict(['**/domain', '**/domain/**', '**/csv', '**/csv/**', '**/markdown', '**/markdown/**'], 'shared/format uses none of domain, csv or markdown.')
  ) }] } },
  { files: ['src/shared/domain/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: sharedPatterns(
    restrict(['**/markdown', '**/markdown/**'], 'shared/domain never uses markdown: markdown uses domain.')
  ) }] } },
  { files: ['src/shared/csv/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: sharedPatterns(
    { ...restrict(['**/domain', '**/domain/**'], 'shared/csv uses domain only as types (import type): domain uses csv\'s parsers.'), allowTypeImports: true },
    restrict(['**/markdown', '**/markdown/**'], 'shared/csv does not use markdown.')
  ) }] } },
  { files: ['src/shared/markdown/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: sharedPatterns(
    restrict(['**/csv', '**/csv/**'], 'shared/markdown does not use csv.')
  ) }] } },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [restrict(['**/renderer/**', '**/preload/**', 'react', 'react-dom', 'dexie', '@mantine/*'], 'main never imports the renderer; they meet only through src/shared/bridge.ts.')]
      }]
    }
  },
  {
    files: ['src/preload/**/*.ts'],
    plugins: { opsdeck },
    rules: { 'opsdeck/preload-allowlist': 'error' }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, opsdeck },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'opsdeck/feature-faces': 'error',
      'no-restricted-imports': ['error', { patterns: rendererPatterns }]
    }
  },
  {
    // Features, ui, commands and App read and write data through the repositories in db/, never the tables.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/db/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [...rendererPatterns, restrict(['**/db/db', '**/db/db.ts'], 'Read and write data through a repository function in db/, not the tables of db/db.')]
      }]
    }
  }
)
