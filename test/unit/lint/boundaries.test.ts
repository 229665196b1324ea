import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

// The house rules of ARCHITECTURE.md, as `npm run lint` enforces them: each planted file breaks one rule (and the
// linter must say so), and beside it a file that keeps the rule passes. The files do not exist: lintText only
// needs their path to pick the rules of their layer.

const root = resolve(__dirname, '../../..')
const at = (path: string) => resolve(root, path)
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: root })
})

async function problems(path: string, code: string, linter = eslint): Promise<string[]> {
  const results = await linter.lintText(code, { filePath: at(path) })
  return results.flatMap((result) => result.messages).map((message) => `${message.line} ${message.ruleId ?? message.message}`)
}

const restricted = 'no-restricted-imports'

describe('lint boundaries', { timeout: 60_000 }, () => {
  describe('src/shared is pure', () => {
    it('rejects renderer, dexie and node builtins', async () => {
      const code = [
        "import { db } from '../../renderer/src/db/db'",
        "import { Dexie } from 'dexie'",
        "import { readFile } from 'node:fs/promises'",
        "import { join } from 'path'",
        'export const used = [db, Dexie, readFile, join]',
        ''
      ].join('\n')
      expect(await problems('src/shared/domain/planted.ts', code)).toEqual([`1 ${restricted}`, `2 ${restricted}`, `3 ${restricted}`, `4 ${restricted}`])
    })

    it('passes its own modules and pure packages', async () => {
      const code = "import { z } from 'zod'\nimport { formatCount } from '../format/money'\nexport const used = [z, formatCount]\n"
      expect(await problems('src/shared/domain/planted.ts', code)).toEqual([])
    })
  })

  describe('the parts of src/shared use each other in one direction', () => {
    it('rejects domain using markdown, csv using domain values or markdown, format using domain, markdown using csv', async () => {
      expect(await problems('src/shared/domain/playbooks/planted.ts', "import { docToMarkdown } from '../../markdown/docToMarkdown'\nexport const used = docToMarkdown\n")).toEqual([`1 ${restricted}`])
      expect(await problems('src/shared/csv/planted.ts', "import { feedbackStatuses } from '../domain/feedback/feedback'\nimport { markdownToDoc } from '@shared/markdown'\nexport const used = [feedbackStatuses, markdownToDoc]\n")).toEqual([`1 ${restricted}`, `2 ${restricted}`])
      expect(await problems('src/shared/format/planted.ts', "import { feedbackStatuses } from '../domain/feedback/feedback'\nexport const used = feedbackStatuses\n")).toEqual([`1 ${restricted}`])
      expect(await problems('src/shared/markdown/planted.ts', "import { parseAmount } from '../csv'\nexport const used = parseAmount\n")).toEqual([`1 ${restricted}`])
    })

    it('passes markdown using domain, domain using csv and format, and csv using domain types', async () => {
      expect(await problems('src/shared/markdown/planted.ts', "import { emptyDoc } from '../domain/playbooks/doc'\nexport const used = emptyDoc\n")).toEqual([])
      expect(await problems('src/shared/domain/tools/planted.ts', "import { parseAmount } from '../../csv'\nimport { formatCount } from '../../format/money'\nexport const used = [parseAmount, formatCount]\n")).toEqual([])
      expect(await problems('src/shared/csv/planted.ts', "import type { Feedback } from '../domain/feedback/feedback'\nexport type Used = Feedback\n")).toEqual([])
    })
  })

  describe('main', () => {
    it('rejects importing the renderer', async () => {
      expect(await problems('src/main/planted.ts', "import { db } from '../renderer/src/db/db'\nexport const used = db\n")).toEqual([`1 ${restricted}`])
    })

    it('passes electron, node and the contract', async () => {
      const code = "import { app } from 'electron'\nimport { join } from 'node:path'\nimport { bridgeChannels } from '@shared/bridgeChannels'\nexport const used = [app, join, bridgeChannels]\n"
      expect(await problems('src/main/planted.ts', code)).toEqual([])
    })
  })

  describe('the preload takes an allowlist', () => {
    it('rejects zod and any other shared module than the contract', async () => {
      const code = "import { z } from 'zod'\nimport { commandIds } from '@shared/commands'\nexport const used = [z, commandIds]\n"
      expect(await problems('src/preload/planted.ts', code)).toEqual(['1 opsdeck/preload-allowlist', '2 opsdeck/preload-allowlist'])
    })

    it('passes electron and the bridge contract, by alias or relative path', async () => {
      const code = [
        "import { contextBridge } from 'electron'",
        "import type { DesktopBridge } from '@shared/bridge'",
        "import { bridgeChannels } from '../shared/bridgeChannels'",
        'export const used: [typeof contextBridge, DesktopBridge | undefined, typeof bridgeChannels] = [contextBridge, undefined, bridgeChannels]',
        ''
      ].join('\n')
      expect(await problems('src/preload/planted.ts', code)).toEqual([])
    })
  })

  describe('the renderer', () => {
    it('rejects electron', async () => {
      expect(await problems('src/renderer/src/ui/planted.ts', "import { ipcRenderer } from 'electron'\nexport const used = ipcRenderer\n")).toEqual([`1 ${restricted}`])
    })

    it('passes the bridge', async () => {
      expect(await problems('src/renderer/src/ui/planted.ts', "import { getBridge } from '../bridge'\nexport const used = getBridge\n")).toEqual([])
    })
  })

  describe('features meet through their index.ts face', () => {
    const deep = "import { readInventory } from '../tools/import/readInventory'\nexport const used = readInventory\n"
    const face = "import * as tools from '../tools'\nimport * as toolsIndex from '../tools/index'\nexport const used = [tools, toolsIndex]\n"
    const file = 'src/renderer/src/features/feedback/planted.ts'

    it("rejects another feature's deep file and passes its face and the feature's own files", async () => {
      expect(await problems(file, deep)).toEqual(['1 opsdeck/feature-faces'])
      expect(await problems(file, face)).toEqual([])
      expect(await problems(file, "import { exportViewCsv } from './feedbackExports'\nexport const used = exportViewCsv\n")).toEqual([])
    })

    it('rejects a deep import when ESLint runs from src/', async () => {
      expect(await problems(file, deep, new ESLint({ cwd: at('src') }))).toEqual(['1 opsdeck/feature-faces'])
      // The command line from src/, whose working directory is the process's own.
      const run = (code: string) =>
        spawnSync(process.execPath, [at('node_modules/eslint/bin/eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', at(file)], { cwd: at('src'), input: code, encoding: 'utf8' })
      const rejected = run(deep)
      expect(rejected.status).toBe(1)
      expect((JSON.parse(rejected.stdout) as ESLint.LintResult[]).flatMap((result) => result.messages).map((message) => message.ruleId)).toEqual(['opsdeck/feature-faces'])
      expect(run(face).status).toBe(0)
    })
  })

  describe('data only through db/ repositories', () => {
    it('rejects db/db in features, ui and App', async () => {
      const rule = `1 ${restricted}`
      expect(await problems('src/renderer/src/features/feedback/planted.ts', "import { db } from '../../db/db'\nexport const used = db\n")).toEqual([rule])
      expect(await problems('src/renderer/src/ui/planted.ts', "import { db } from '../db/db'\nexport const used = db\n")).toEqual([rule])
      expect(await problems('src/renderer/src/App.tsx', "import { db } from './db/db'\nexport const used = db\n")).toEqual([rule])
    })

    it('passes a repository in a feature, and db/db inside db/', async () => {
      expect(await problems('src/renderer/src/features/feedback/planted.ts', "import { getFeedback } from '../../db/feedback'\nexport const used = getFeedback\n")).toEqual([])
      expect(await problems('src/renderer/src/db/planted.ts', "import { db } from './db'\nexport const used = db\n")).toEqual([])
    })
  })
})
