import { Paper } from '@mantine/core'
import { useState, type DragEvent, type ReactNode } from 'react'
import { fileSourceFromFile, type FileSource } from '../bridge/fileSource'

/** A place to drop a file; the button inside is the keyboard way to the same thing. */
export function DropZone({ onFile, children }: { onFile: (file: FileSource) => void; children: ReactNode }) {
  const [over, setOver] = useState(false)
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (file) onFile(fileSourceFromFile(file))
  }
  return (
    <Paper
      withBorder
      p="xl"
      radius="md"
      style={{ borderStyle: 'dashed', borderWidth: 2, background: over ? 'var(--mantine-primary-color-light)' : undefined }}
      onDragOver={(event: DragEvent) => {
        event.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      {children}
    </Paper>
  )
}
