import { appendFile, mkdir, rename, stat, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { LogErrorArgs } from '@shared/bridge'

/** Past this the log is moved to `.1` and a new one started: enough history to report a problem, never a disk filler. */
export const maxLogBytes = 1024 * 1024

/**
 * The local error log: one line per error the window caught (a page that failed, a fatal screen), with
 * its time and place, so "Show error log" in Settings has something to hand to whoever helps.
 */
export async function appendErrorLog(path: string, { where, message, stack }: LogErrorArgs, now: Date = new Date()): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  try {
    if ((await stat(path)).size > maxLogBytes) await rename(path, `${path}.1`)
  } catch {
    // No log yet.
  }
  const indented = stack ? `\n${stack.split('\n').map((line) => `    ${line}`).join('\n')}` : ''
  await appendFile(path, `${now.toISOString()} [${where.replace(/[\r\n]+/g, ' ')}] ${message.replace(/[\r\n]+/g, ' ')}${indented}\n`)
}

/** The path to reveal, creating an empty log first so the folder opens on the file. */
export async function errorLogForReveal(path: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, '', { flag: 'a' })
  return path
}
