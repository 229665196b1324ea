import { Box, Button, Group, Text } from '@mantine/core'
import { useState } from 'react'
import { diffStats, type DiffLine } from '@shared/markdown/versionDiff'
import classes from './DiffView.module.css'

type Row = { kind: 'line'; line: DiffLine; key: number } | { kind: 'fold'; lines: DiffLine[]; key: number }

/** Unchanged stretches are folded, keeping this many lines of context on each side of a change. */
const context = 3

function foldUnchanged(lines: DiffLine[]): Row[] {
  const rows: Row[] = []
  let index = 0
  while (index < lines.length) {
    const line = lines[index] as DiffLine
    if (line.kind !== 'same') {
      rows.push({ kind: 'line', line, key: index })
      index++
      continue
    }
    let end = index
    while (end < lines.length && lines[end]?.kind === 'same') end++
    const run = lines.slice(index, end)
    const keepStart = index === 0 ? 0 : context
    const keepEnd = end === lines.length ? 0 : context
    if (run.length > keepStart + keepEnd + 2) {
      run.slice(0, keepStart).forEach((same, offset) => rows.push({ kind: 'line', line: same, key: index + offset }))
      rows.push({ kind: 'fold', lines: run.slice(keepStart, run.length - keepEnd), key: index + keepStart })
      run.slice(run.length - keepEnd).forEach((same, offset) => rows.push({ kind: 'line', line: same, key: end - keepEnd + offset }))
    } else {
      run.forEach((same, offset) => rows.push({ kind: 'line', line: same, key: index + offset }))
    }
    index = end
  }
  return rows
}

const marker: Record<DiffLine['kind'], string> = { added: '+', removed: '−', same: ' ' }
const spoken: Record<DiffLine['kind'], string> = { added: 'Added: ', removed: 'Removed: ', same: '' }

function Line({ line }: { line: DiffLine }) {
  return (
    <div className={classes.line} data-kind={line.kind}>
      <span className={classes.marker} aria-hidden>
        {marker[line.kind]}
      </span>
      <span className={classes.srOnly}>{spoken[line.kind]}</span>
      <span className={classes.text}>{line.text || ' '}</span>
    </div>
  )
}

function Fold({ lines }: { lines: DiffLine[] }) {
  const [open, setOpen] = useState(false)
  if (open) return lines.map((line, index) => <Line key={index} line={line} />)
  return (
    <Button variant="subtle" size="compact-xs" className={classes.fold} onClick={() => setOpen(true)} fullWidth justify="flex-start">
      Show {lines.length} unchanged lines
    </Button>
  )
}

/** A line diff of two renderings as Markdown: added lines green and marked +, removed lines red and marked −. */
export function DiffView({ lines, label }: { lines: DiffLine[]; label: string }) {
  const stats = diffStats(lines)
  return (
    <Box>
      <Group gap="md" mb="xs">
        <Text size="sm" c="teal" fw={500}>
          +{stats.added} added
        </Text>
        <Text size="sm" c="red" fw={500}>
          −{stats.removed} removed
        </Text>
      </Group>
      {stats.added + stats.removed === 0 && (
        <Text size="sm" c="dimmed" mb="xs">
          No differences: both have the same title and text.
        </Text>
      )}
      <div className={classes.diff} role="region" aria-label={label}>
        {foldUnchanged(lines).map((row) => (row.kind === 'line' ? <Line key={row.key} line={row.line} /> : <Fold key={row.key} lines={row.lines} />))}
      </div>
    </Box>
  )
}
