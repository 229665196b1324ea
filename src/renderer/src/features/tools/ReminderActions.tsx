import { Button, Group, Menu, Stack, Text, TextInput } from '@mantine/core'
import { IconBell, IconBellOff, IconBellZ, IconChevronDown } from '@tabler/icons-react'
import { useState } from 'react'
import { addDays, isIsoDate, type IsoDate } from '@shared/domain/tools/isoDate'
import { dismissReminder, snoozeReminder, type ToolReminder } from '@shared/domain/tools/reminder'
import type { Tool } from '@shared/domain/tools/tool'
import { formatDay } from '@shared/format/day'
import { setToolReminder } from '../../db/tools'
import { notifyError, notifySuccess } from '../../ui/notify'

async function run(action: () => Promise<void>, done: string) {
  try {
    await action()
    notifySuccess(done)
  } catch (error) {
    notifyError('Could not change the reminder', error)
  }
}

/** Checks a snooze date typed by the user; the message says what to fix. */
export function snoozeDateError(date: string, today: IsoDate): string | undefined {
  if (!isIsoDate(date)) return 'Choose a date'
  if (date <= today) return 'Choose a day after today'
  return undefined
}

function SnoozeUntilDate({ tool, today, onSnooze, onCancel }: { tool: Tool; today: IsoDate; onSnooze: (until: IsoDate) => void; onCancel: () => void }) {
  const [date, setDate] = useState(addDays(today, 14))
  const error = snoozeDateError(date, today)
  return (
    <Group align="flex-end" gap="xs">
      <TextInput label="Snooze until" type="date" size="xs" min={addDays(today, 1)} value={date} error={error} onChange={(e) => setDate(e.currentTarget.value)} autoFocus />
      <Button size="xs" disabled={error !== undefined} onClick={() => onSnooze(date)} aria-label={`Snooze reminders for ${tool.name} until ${isIsoDate(date) ? formatDay(date) : 'this date'}`}>
        Snooze until then
      </Button>
      <Button size="xs" variant="subtle" onClick={onCancel}>
        Cancel
      </Button>
    </Group>
  )
}

/** Snooze (7 days, 30 days, until a date) and dismiss for the current deadline, or turn reminders back on. */
export function ReminderActions({ tool, reminder, today }: { tool: Tool; reminder?: ToolReminder; today: IsoDate }) {
  const [picking, setPicking] = useState(false)
  if (!reminder) {
    return (
      <Text size="sm" c="dimmed">
        Reminders start once the tool has a contract end date.
      </Text>
    )
  }
  const snooze = (until: IsoDate) => {
    setPicking(false)
    void run(() => setToolReminder(tool.id, snoozeReminder(tool.reminder, until)), `Reminders for ${tool.name} snoozed until ${formatDay(until)}`)
  }
  const dismiss = () => void run(() => setToolReminder(tool.id, dismissReminder(tool.reminder, reminder.deadline.deadline)), `Dismissed the ${formatDay(reminder.deadline.deadline)} deadline of ${tool.name}`)
  const resume = () => void run(() => setToolReminder(tool.id, undefined), `Reminders for ${tool.name} are back on`)

  return (
    <Stack gap="xs" role="group" aria-label="Reminder">
      <Group gap="xs">
        {reminder.muted && (
          <Text size="sm" c="dimmed" mr="xs">
            {reminder.muted === 'snoozed' ? `Snoozed until ${formatDay(tool.reminder?.snoozedUntil ?? '')}.` : 'Dismissed for this deadline.'}
          </Text>
        )}
        <Menu position="bottom-start">
          <Menu.Target>
            <Button variant="default" size="xs" leftSection={<IconBellZ size={14} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />}>
              Snooze
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => snooze(addDays(today, 7))}>For 7 days</Menu.Item>
            <Menu.Item onClick={() => snooze(addDays(today, 30))}>For 30 days</Menu.Item>
            <Menu.Item onClick={() => setPicking(true)}>Until a date…</Menu.Item>
          </Menu.Dropdown>
        </Menu>
        {reminder.muted !== 'dismissed' && (
          <Button variant="default" size="xs" leftSection={<IconBellOff size={14} aria-hidden />} onClick={dismiss}>
            Dismiss for this deadline
          </Button>
        )}
        {reminder.muted && (
          <Button variant="subtle" size="xs" leftSection={<IconBell size={14} aria-hidden />} onClick={resume}>
            Remind me again
          </Button>
        )}
      </Group>
      {picking && <SnoozeUntilDate tool={tool} today={today} onSnooze={snooze} onCancel={() => setPicking(false)} />}
    </Stack>
  )
}
