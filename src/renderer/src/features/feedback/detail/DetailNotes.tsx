import { Textarea } from '@mantine/core'
import { useState } from 'react'
import type { Feedback } from '@shared/domain/feedback/feedback'
import { runTriage } from '../inbox/triageActions'

/** Opsdeck's own notes on a row: saved when the field loses focus, never touched by a re-import. */
export function DetailNotes({ row }: { row: Feedback }) {
  const [draft, setDraft] = useState({ id: row.id, text: row.notes })
  const text = draft.id === row.id ? draft.text : row.notes
  const save = () => {
    if (text === row.notes) return
    void runTriage([row.id], () => ({ label: 'Edited the notes', feedback: [{ id: row.id, before: { notes: row.notes }, after: { notes: text } }], links: [] }), { quiet: true })
  }
  return (
    <Textarea
      label="Notes"
      description="Only in Opsdeck; saved when you leave the field"
      autosize
      minRows={2}
      maxRows={8}
      value={text}
      onChange={(event) => setDraft({ id: row.id, text: event.currentTarget.value })}
      onBlur={save}
    />
  )
}
