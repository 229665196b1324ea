import { Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import type { ReactNode } from 'react'

export interface ConfirmOptions {
  title: string
  /** Say the consequence in numbers: "Delete 1,204 feedback items imported from zendesk.csv?" */
  message: ReactNode
  confirmLabel: string
  destructive?: boolean
}

/** The one confirm dialog of the app. Resolves true only when the user confirms. */
export function confirmAction({ title, message, confirmLabel, destructive = false }: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title,
      centered: true,
      children: typeof message === 'string' ? <Text size="sm">{message}</Text> : message,
      labels: { confirm: confirmLabel, cancel: 'Cancel' },
      confirmProps: { color: destructive ? 'red' : undefined, 'data-autofocus': !destructive || undefined },
      cancelProps: { 'data-autofocus': destructive || undefined },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false)
    })
  })
}
