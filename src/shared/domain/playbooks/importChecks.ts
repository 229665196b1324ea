import { z } from 'zod'

/**
 * Checks for playbooks that come from a file. Stored values are read by date helpers that throw on
 * nonsense and by a renderer that recurses into the document, so a file is held to what the app writes.
 */

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar day, 'YYYY-MM-DD' (no 2026-02-31). */
export function isCalendarDay(value: string): boolean {
  const match = dayPattern.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

export const calendarDaySchema = z.string().refine(isCalendarDay, { error: (issue) => `"${String(issue.input)}" is not a date (expected YYYY-MM-DD)` })

/** An ISO timestamp as the app writes them (`2026-12-02T06:40:00.000Z`), or a calendar day. */
export const timestampSchema = z.string().refine(
  (value) => isCalendarDay(value) || (z.iso.datetime({ offset: true }).safeParse(value).success && !Number.isNaN(Date.parse(value))),
  { error: (issue) => `"${String(issue.input)}" is not a date` }
)

/** Far beyond any real playbook (lists in lists in tables); a file nested deeper is not one the editor wrote. */
export const maxDocDepth = 40

/** How deeply `content` arrays nest under a document, walked without recursion so a hostile file cannot overflow the stack. */
export function docDepth(doc: unknown): number {
  let deepest = 0
  const stack: { node: unknown; depth: number }[] = [{ node: doc, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number }
    deepest = Math.max(deepest, depth)
    if (deepest > maxDocDepth) return deepest
    const content = typeof node === 'object' && node !== null ? (node as { content?: unknown }).content : undefined
    if (Array.isArray(content)) for (const child of content) stack.push({ node: child, depth: depth + 1 })
  }
  return deepest
}
