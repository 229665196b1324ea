// The house rules of ../shared/ARCHITECTURE.md, enforced: each layer may only import what it is allowed to.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

import { dirname, resolve, relative, sep } from 'node:path'

/** A feature may use another feature only through its index.ts face (ARCHITECTURE.md). */
const featureFaces = {
  meta: { type: 'problem', messages: { face: 'Import feature "{{target}}" through its index.ts face, not {{path}}.' } },
  create(context) {
    const featureOf = (file) => {
      const parts = relative(resolve('src/renderer/src/features'), file).split(sep)
      return parts[0] && parts[0] !== '..' ? parts : undefined
    }
    const own = featureOf(context.filename)
    return {
      ImportDeclaration(node) {
        const source = node.source.value
        if (typeof source !== 'string' || !source.startsWith('.')) return
        const target = featureOf(resolve(dirname(context.filename), source))
        if (!target || target[0] === own?.[0]) return
        const isFace = target.length === 1 || (target.length === 2 && target[1] === 'index')
        if (!isFace) context.report({ node, messageId: 'face', data: { target: target[0], path: source } })
      }
    }
  }
}

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'stream', 'url', 'util', 'events', 'worker_threads']
const restrict = (groups, message) => ({ group: groups, message })

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
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          restrict(['**/main/**', '**/preload/**', '**/renderer/**'], 'src/shared imports nothing from main, preload or renderer.'),
          restrict(['electron', 'react', 'react-dom', 'dexie', 'dexie-*', '@mantine/*', 'zustand', ...nodeBuiltins], 'src/shared is pure: no electron, react, dexie or node builtins.')
        ]
      }]
    }
  },
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
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [restrict(['**/renderer/**', '**/main/**', ...nodeBuiltins], 'the preload only maps the bridge onto ipcRenderer.invoke.')]
      }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, opsdeck: { rules: { 'feature-faces': featureFaces } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'opsdeck/feature-faces': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          restrict(['**/main/**', '**/preload/**', 'electron', ...nodeBuiltins], 'the renderer never imports main, electron or node builtins: use the bridge.')
        ]
      }]
    }
  }
)
