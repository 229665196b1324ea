import { TagsInput } from '@mantine/core'
import { useState } from 'react'
import { saveToolSettings } from '../../db/tools'
import { notifyError } from '../../ui/notify'
import { parseReminderWindows } from './settingsValidation'

const asTags = (windows: readonly number[]) => [...windows].sort((a, b) => b - a).map(String)

/** Days before a notice deadline when a reminder is due, as tags. */
export function ReminderWindowsInput({ windows }: { windows: readonly number[] }) {
  const stored = asTags(windows)
  const [tags, setTags] = useState(stored)
  const [seen, setSeen] = useState(stored.join(','))
  if (seen !== stored.join(',')) {
    setSeen(stored.join(','))
    setTags(stored)
  }
  const parsed = parseReminderWindows(tags)
  return (
    <TagsInput
      label="Reminder windows"
      description="Days before a notice deadline when Opsdeck reminds you. Type a number and press Enter."
      value={tags}
      error={parsed.ok ? undefined : parsed.error}
      maw={460}
      clearable
      onChange={(next) => {
        setTags(next)
        const result = parseReminderWindows(next)
        if (result.ok && result.windows.join(',') !== stored.join(',')) {
          saveToolSettings({ reminderWindows: result.windows }).catch((error: unknown) => notifyError('Could not save the reminder windows', error))
        }
      }}
    />
  )
}
