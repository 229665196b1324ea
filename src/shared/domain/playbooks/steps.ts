import type { DocNode } from './doc'
import { nodeText } from './doc'
import type { RunStep } from './playbook'

/** A step as a playbook defines it, before a run tracks it. */
export type StepTemplate = Pick<RunStep, 'id' | 'text' | 'section' | 'dueOffsetDays'> & { done: false }

/** A 53-bit string hash (cyrb53), written in base 36: short, stable, no crypto needed. */
function hash(value: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

const range = String.raw`\s*(?:-|–|—|to)\s*`

/**
 * Reads a deadline written in a heading or at the end of a step: "Days 1–30", "Day 3", "By day 60", "First 30
 * days", "Week 2", "Weeks 3-4". Day 1 is the day the run starts, so "Days 1–30" is due 29 days after the start.
 */
export function dueOffsetFromLabel(label: string): number | undefined {
  const patterns: [RegExp, number][] = [
    [new RegExp(String.raw`\bdays?\s+\d+${range}(\d+)\b`, 'i'), 1],
    [/\b(?:first|within|in)\s+(\d+)\s+days?\b/i, 1],
    [/\bday\s+(\d+)\b/i, 1],
    [new RegExp(String.raw`\bweeks?\s+\d+${range}(\d+)\b`, 'i'), 7],
    [/\b(?:first|within|in)\s+(\d+)\s+weeks?\b/i, 7],
    [/\bweek\s+(\d+)\b/i, 7]
  ]
  for (const [pattern, unit] of patterns) {
    const match = pattern.exec(label)
    if (match?.[1]) return Math.max(0, Number(match[1]) * unit - 1)
  }
  return undefined
}

/** A deadline only counts at the end of a step, in brackets: "Shadow five customer calls (by day 14)". */
function stepOffset(text: string): number | undefined {
  const match = /\(([^()]*)\)\s*$/.exec(text)
  return match?.[1] ? dueOffsetFromLabel(match[1]) : undefined
}

function inlineText(node: DocNode | undefined): string {
  return node ? nodeText(node).replace(/\s+/g, ' ').trim() : ''
}

/**
 * The checklist steps of a document: every task item (nested ones too) in document order, with the nearest heading
 * above it as its section. Ids are derived from section and text, so the same document always gives the same ids
 * and a reordered step keeps its id.
 */
export function extractSteps(doc: DocNode): StepTemplate[] {
  const steps: StepTemplate[] = []
  const seen = new Map<string, number>()
  let section: string | undefined

  const visit = (node: DocNode): void => {
    if (node.type === 'heading') {
      section = inlineText(node) || undefined
      return
    }
    if (node.type === 'taskItem') {
      const text = inlineText(node.content?.find((child) => child.type === 'paragraph'))
      if (text) {
        const base = `step-${hash(`${section ?? ''}\u0000${text}`)}`
        const occurrence = (seen.get(base) ?? 0) + 1
        seen.set(base, occurrence)
        const step: StepTemplate = { id: occurrence === 1 ? base : `${base}-${occurrence}`, text, done: false }
        if (section) step.section = section
        const dueOffsetDays = stepOffset(text) ?? (section ? dueOffsetFromLabel(section) : undefined)
        if (dueOffsetDays !== undefined) step.dueOffsetDays = dueOffsetDays
        steps.push(step)
      }
    }
    for (const child of node.content ?? []) visit(child)
  }

  visit(doc)
  return steps
}
