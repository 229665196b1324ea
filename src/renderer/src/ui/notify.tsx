import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { storageProblemMessage, storageProblemOf } from '@shared/storageErrors'
import { recoverFromStorageError } from '../db/storageRecovery'

export function notifySuccess(message: string): void {
  notifications.show({ message, color: 'teal', autoClose: 4000 })
}

/**
 * An error the user should read. A storage failure (disk full, connection closed) is said in plain words, once
 * however many writes met it, and the database is reopened.
 */
export function notifyError(title: string, error: unknown): void {
  const problem = recoverFromStorageError(error)
  if (problem) {
    notifications.hide(storageNoticeId)
    notifications.show({ id: storageNoticeId, title, message: storageProblemMessage(problem), color: 'red', autoClose: false })
    return
  }
  const message = error instanceof Error ? error.message : String(error)
  notifications.show({ title, message, color: 'red', autoClose: false })
}

const storageNoticeId = 'storage-problem'

/** Storage failures nobody caught (a live query, a background write) still reach the user, once. */
export function reportUncaughtStorageErrors(target: Pick<Window, 'addEventListener'> = window): void {
  target.addEventListener('unhandledrejection', (event) => {
    if (!storageProblemOf(event.reason)) return
    event.preventDefault()
    notifyError('Opsdeck could not use its storage', event.reason)
  })
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
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        {/* The message wraps; the button keeps its whole word ("Undo", never "Un"). */}
        <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
          {message}
        </Text>
        <Button
          size="compact-sm"
          variant="subtle"
          style={{ flexShrink: 0 }}
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
