import { Button, CloseButton, Group, Paper, Text, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { describeFilter } from '@shared/domain/feedback/feedbackFilters'
import { savedViewsRepository } from '../../../db/savedViews'
import { navigate } from '../../../navigation/useRoute'
import { notifyError, notifySuccess } from '../../../ui/notify'
import { inboxUiActions, useInboxUi } from './inboxUiStore'

/** Names the current filters and columns; the view then sits in the navigation under Feedback. */
export function SaveViewPanel({ themeNames }: { themeNames: ReadonlyMap<string, string> }) {
  const { filter, columns } = useInboxUi(useShallow((state) => ({ filter: state.filter, columns: state.columns })))
  const [name, setName] = useState('')
  const [error, setError] = useState<string>()
  const close = () => inboxUiActions.openPanel(null)
  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!name.trim()) return setError('Give the view a name')
    try {
      const view = await savedViewsRepository.create({ name: name.trim(), filters: { ...filter }, columns: [...columns] })
      close()
      notifySuccess(`Saved the view ${view.name}`)
      navigate('feedback', 'view', view.id)
    } catch (failure) {
      notifyError('Could not save the view', failure)
    }
  }
  return (
    <Paper withBorder p="sm" radius="md" mb="sm" role="dialog" aria-label="Save view" onKeyDown={(event) => event.key === 'Escape' && close()}>
      <form onSubmit={submit}>
        <Group align="flex-end" wrap="nowrap">
          <TextInput label="View name" value={name} error={error} onChange={(event) => setName(event.currentTarget.value)} style={{ flex: 1 }} autoFocus />
          <Button type="submit">Save view</Button>
          <CloseButton aria-label="Close save view" onClick={close} />
        </Group>
        <Text size="xs" c="dimmed" mt={4}>
          {describeFilter(filter, { themes: themeNames })}
        </Text>
      </form>
    </Paper>
  )
}
