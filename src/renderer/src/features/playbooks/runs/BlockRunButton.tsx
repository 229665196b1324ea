import { Button, Popover, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import type { Run } from '@shared/domain/playbooks/playbook'
import { setRunBlocked } from '../../../db/playbooks'
import { notifyError } from '../../../ui/notify'

/** Marks a run blocked with the reason (what it waits for), or unblocks it. */
export function BlockRunButton({ run }: { run: Run }) {
  const [opened, setOpened] = useState(false)
  const [reason, setReason] = useState('')
  const set = (value: string | undefined) =>
    setRunBlocked(run.id, value)
      .then(() => setOpened(false))
      .catch((error: unknown) => notifyError('Could not change the run', error))

  if (run.status === 'done') return null
  if (run.status === 'blocked') {
    return (
      <Button variant="default" onClick={() => void set(undefined)}>
        Unblock
      </Button>
    )
  }
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Button variant="default" onClick={() => setOpened((open) => !open)}>
          Mark blocked
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void set(reason.trim() || 'Blocked')
          }}
        >
          <Stack gap="xs" w={280}>
            <TextInput label="What is it waiting for?" placeholder="Legal review of the new terms" value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
            <Button size="xs" type="submit">
              Mark blocked
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  )
}
