import { diffLines } from 'diff'
import type { PlaybookVersion } from '../domain/playbooks/playbook'
import { docToMarkdown } from './docToMarkdown'

// Comparing two versions is a Markdown rule (the versions are compared as their Markdown rendering), so it lives
// here and not in domain/: markdown uses domain, domain never uses markdown.

export interface DiffLine {
  kind: 'added' | 'removed' | 'same'
  text: string
}

type Comparable = Pick<PlaybookVersion, 'title' | 'content'>

function rendering(version: Comparable): string {
  return `# ${version.title}\n\n${docToMarkdown(version.content)}`
}

/** Line by line, what changed from `a` to `b`, compared as Markdown (the title as the first line). */
export function diffVersions(a: Comparable, b: Comparable): DiffLine[] {
  const lines: DiffLine[] = []
  for (const change of diffLines(rendering(a), rendering(b))) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same'
    const text = change.value.endsWith('\n') ? change.value.slice(0, -1) : change.value
    for (const line of text.split('\n')) lines.push({ kind, text: line })
  }
  return lines
}

export function diffStats(lines: DiffLine[]): { added: number; removed: number } {
  return {
    added: lines.filter((line) => line.kind === 'added').length,
    removed: lines.filter((line) => line.kind === 'removed').length
  }
}
