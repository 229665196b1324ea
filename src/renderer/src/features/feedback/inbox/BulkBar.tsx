import { Button, Group, Paper, Text } from '@mantine/core'
import { useShallow } from 'zustand/react/shallow'
import { archive, setStatus } from '@shared/domain/feedback/triage'
import { formatCount } from '@shared/format/money'
import { confirmAction } from '../../../ui/confirm'
import { triageTargets } from './inboxTargets'
import { inboxUiActions, useInboxUi } from './inboxUiStore'
import { runTriage } from './triageActions'

/** Actions on the selection, or on every row of the filter; each undoable. */
export function BulkBar({ total, textHits }: { total: number | undefined; textHits: readonly string[] | undefined }) {
  const { selection, allMatching } = useInboxUi(useShallow((state) => ({ selection: state.selection, allMatching: state.allMatching })))
  const count = allMatching ? total : selection.size
  const label = count === undefined ? 'every matching item' : `${formatCount(count)} ${count === 1 ? 'item' : 'items'}`

  async function bulk(kind: 'reviewed' | 'archive') {
    if (allMatching && (count ?? 0) > 100) {
      const ok = await confirmAction({
        title: kind === 'archive' ? 'Archive every matching item' : 'Mark every matching item reviewed',
        message: `${kind === 'archive' ? 'Archive' : 'Mark reviewed'} ${label}? You can undo it with Z.`,
        confirmLabel: kind === 'archive' ? `Archive ${label}` : `Mark ${label} reviewed`
      })
      if (!ok) return
    }
    const ids = await triageTargets(textHits)
    await runTriage(ids, (rows) => (kind === 'archive' ? archive(rows) : setStatus(rows, { status: 'reviewed' })))
    inboxUiActions.clearSelection()
  }

  return (
    <Paper withBorder p="xs" radius="md" mb="sm" role="toolbar" aria-label="Bulk actions" bg="var(--mantine-primary-color-light)">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {allMatching ? `All ${label} of this filter` : `${label} selected`}
          </Text>
          {!allMatching && total !== undefined && total > selection.size && (
            <Button size="compact-sm" variant="subtle" onClick={inboxUiActions.selectAllMatching}>
              Select all {formatCount(total)} matching
            </Button>
          )}
        </Group>
        <Group gap="xs">
          <Button size="compact-sm" variant="default" onClick={() => void bulk('reviewed')}>
            Mark reviewed (R)
          </Button>
          <Button size="compact-sm" variant="default" onClick={() => inboxUiActions.openPanel('tag')}>
            Tag… (T)
          </Button>
          <Button size="compact-sm" variant="default" onClick={() => inboxUiActions.openPanel('link')}>
            Link to theme… (L)
          </Button>
          <Button size="compact-sm" variant="default" onClick={() => void bulk('archive')}>
            Archive (E)
          </Button>
          <Button size="compact-sm" variant="subtle" onClick={inboxUiActions.clearSelection}>
            Clear selection
          </Button>
        </Group>
      </Group>
    </Paper>
  )
}
