import { Button, Group, Text } from '@mantine/core'
import { IconFilter } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useShallow } from 'zustand/react/shallow'
import { savedViewsRepository } from '../../../db/savedViews'
import { navigate } from '../../../navigation/useRoute'
import { confirmAction } from '../../../ui/confirm'
import { notifySuccess, notifyWithUndo } from '../../../ui/notify'
import { useInboxUi } from './inboxUiStore'

/** The saved view on screen: keep its filters up to date, or delete it. */
export function SavedViewHeader({ viewId }: { viewId: string }) {
  const view = useLiveQuery(() => savedViewsRepository.get(viewId), [viewId])
  const { filter, columns, viewId: appliedId } = useInboxUi(useShallow((state) => ({ filter: state.filter, columns: state.columns, viewId: state.viewId })))
  if (!view) return null
  const changed = appliedId !== view.id

  async function update() {
    if (!view) return
    await savedViewsRepository.update(view.id, { filters: { ...filter }, columns: [...columns] })
    useInboxUi.setState({ viewId: view.id })
    notifySuccess(`Updated the view ${view.name}`)
  }

  async function remove() {
    if (!view) return
    const ok = await confirmAction({ title: 'Delete view', message: `Delete the saved view ${view.name}? The feedback itself stays.`, confirmLabel: 'Delete view', destructive: true })
    if (!ok) return
    const removed = await savedViewsRepository.remove(view.id)
    navigate('feedback')
    if (removed) notifyWithUndo(`Deleted the view ${view.name}`, () => savedViewsRepository.restore(removed))
  }

  return (
    <Group justify="space-between" mb="xs">
      <Group gap={6}>
        <IconFilter size={16} aria-hidden />
        <Text fw={600} size="sm">
          Saved view: {view.name}
        </Text>
        {changed && (
          <Text size="xs" c="dimmed">
            (filters changed)
          </Text>
        )}
      </Group>
      <Group gap="xs">
        {changed && (
          <Button size="compact-sm" variant="light" onClick={() => void update()}>
            Update view
          </Button>
        )}
        <Button size="compact-sm" variant="subtle" color="red" onClick={() => void remove()}>
          Delete view
        </Button>
      </Group>
    </Group>
  )
}
