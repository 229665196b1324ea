import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'

export function notifySuccess(message: string): void {
  notifications.show({ message, color: 'teal', autoClose: 4000 })
}

export function notifyError(title: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  notifications.show({ title, message, color: 'red', autoClose: false })
}

/** A success message with an Undo button; the undo runs at most once. */
export function notifyWithUndo(message: string, undo: () => Promise<void>): void {
  const id = crypto.randomUUID()
  let done = false
  notifications.show({
    id,
    autoClose: 8000,
    color: 'teal',
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={async () => {
            if (done) return
            done = true
            notifications.hide(id)
            try {
              await undo()
              notifySuccess('Undone')
            } catch (error) {
              notifyError('Could not undo', error)
            }
          }}
        >
          Undo
        </Button>
      </Group>
    )
  })
}
