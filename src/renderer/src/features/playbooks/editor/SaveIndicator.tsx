import { Button, Group, Text, Tooltip } from '@mantine/core'
import { IconAlertTriangle, IconCheck, IconCloudUpload, IconPencil } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { exactTime, relativeTime } from '@shared/format/relativeTime'
import type { AutosaverSnapshot } from './autosaver'
import { shortcutHint } from './shortcutHint'

function savedAgo(iso: string, now: Date): string {
  const seconds = Math.max(0, Math.round((now.getTime() - new Date(iso).getTime()) / 1000))
  if (seconds < 5) return 'just now'
  if (seconds < 60) return `${seconds}s ago`
  return relativeTime(iso, now)
}

function useTick(ms: number): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), ms)
    return () => clearInterval(timer)
  }, [ms])
  return now
}

/**
 * "Saved · 2s ago", "Saving…", "Unsaved changes": always visible, announced politely. When saving fails (a full
 * disk), the text stays here and is retried by itself; meanwhile it can be saved as a file.
 */
export function SaveIndicator({ snapshot, updatedAt, onSave, onSaveAsFile }: { snapshot: AutosaverSnapshot; updatedAt: string; onSave: () => void; onSaveAsFile: () => void }) {
  const now = useTick(1000)
  const save = shortcutHint('Mod+S')
  let icon = <IconCheck size={14} aria-hidden />
  let text: string
  let detail = ''
  let color = 'dimmed'
  switch (snapshot.status) {
    case 'saving':
      icon = <IconCloudUpload size={14} aria-hidden />
      text = 'Saving…'
      break
    case 'dirty':
      icon = <IconPencil size={14} aria-hidden />
      text = 'Unsaved changes'
      break
    case 'conflict':
      icon = <IconAlertTriangle size={14} aria-hidden />
      text = 'Changed in another window'
      color = 'orange'
      break
    case 'error':
      icon = <IconAlertTriangle size={14} aria-hidden />
      text = snapshot.problem === 'full' ? 'Not saved: the disk is full' : `Not saved: ${snapshot.error ?? 'unknown error'}`
      color = 'red'
      break
    default:
      text = 'Saved'
      detail = ` · ${savedAgo(snapshot.lastSavedAt ?? updatedAt, now)}`
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Tooltip label={snapshot.status === 'saved' ? `Saved ${exactTime(snapshot.lastSavedAt ?? updatedAt)}. Every change saves by itself.` : snapshot.status === 'error' && snapshot.error ? `${snapshot.error} Opsdeck tries again by itself.` : `Save now (${save.label})`} multiline maw={360}>
        <Text size="sm" c={color} style={{ whiteSpace: 'nowrap', display: 'flex', alignItems: 'center', gap: 4 }}>
          {icon}
          <span role="status" aria-live="polite">
            {text}
          </span>
          {detail}
        </Text>
      </Tooltip>
      {(snapshot.status === 'error' || snapshot.failing) && (
        <>
          <Button size="compact-xs" variant="light" color="red" onClick={onSave} aria-keyshortcuts={save.aria} disabled={snapshot.status === 'saving'}>
            Retry
          </Button>
          <Tooltip label="Your text stays here and is saved by itself when the disk has room. Meanwhile keep a copy as a Markdown file.">
            <Button size="compact-xs" variant="default" onClick={onSaveAsFile}>
              Save as file…
            </Button>
          </Tooltip>
        </>
      )}
    </Group>
  )
}
