import { Anchor, Button, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core'
import { IconExternalLink, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { isExternalLinkUrl } from '@shared/bridge'
import type { Tool } from '@shared/domain/tools/tool'
import { getBridge } from '../../bridge'
import { toolsRepository } from '../../db/tools'
import { confirmAction } from '../../ui/confirm'
import { notifyError, notifyWithUndo } from '../../ui/notify'
import type { InventoryRow } from './inventoryRows'
import { RecordDecisionButton } from './RecordDecisionButton'
import { ReminderActions } from './ReminderActions'
import { StatusBadge } from './StatusBadge'
import { ToolFigures } from './ToolFigures'
import { ToolForm } from './ToolForm'

async function removeTool(tool: Tool, onRemoved: () => void) {
  const confirmed = await confirmAction({
    title: 'Delete tool',
    message: `Delete ${tool.name} from the inventory, with its contract, seats and reminders?`,
    confirmLabel: 'Delete',
    destructive: true
  })
  if (!confirmed) return
  const removed = await toolsRepository.remove(tool.id)
  onRemoved()
  if (removed) notifyWithUndo(`Deleted ${tool.name}`, () => toolsRepository.restore(removed))
}

function openWebsite(url: string) {
  getBridge()
    .openExternal({ url })
    .catch((error: unknown) => notifyError('Could not open the website', error))
}

function ToolDetail({ row, baseCurrency, today, onClose }: { row: InventoryRow; baseCurrency: string; today: string; onClose: () => void }) {
  const { tool } = row
  const website = /^https?:\/\//i.test(tool.website) && isExternalLinkUrl(tool.website) ? tool.website : undefined
  return (
    <Stack gap="lg">
      <Group gap="xs">
        <StatusBadge status={tool.status} />
        <Text size="sm" c="dimmed">
          {[tool.vendor, tool.category].filter(Boolean).join(' · ')}
        </Text>
        {website && (
          <Anchor component="button" type="button" size="sm" onClick={() => openWebsite(website)}>
            <Group gap={4} wrap="nowrap">
              Website <IconExternalLink size={14} aria-hidden />
            </Group>
          </Anchor>
        )}
      </Group>
      <ToolFigures row={row} baseCurrency={baseCurrency} />
      <section aria-labelledby="tool-reminder-heading">
        <Title order={3} size="h5" id="tool-reminder-heading" mb="xs">
          Reminders
        </Title>
        <ReminderActions tool={tool} reminder={row.reminder} today={today} />
        <Group mt="xs" gap="xs">
          <RecordDecisionButton tool={tool} today={today} size="sm" />
          {tool.renewalDecision && (
            <Text size="sm" c="dimmed">
              Last decision: {tool.renewalDecision.kind} by {tool.renewalDecision.decidedBy} on {tool.renewalDecision.decidedOn}
            </Text>
          )}
        </Group>
      </section>
      <Divider />
      <ToolForm key={tool.id} tool={tool} />
      <Divider />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Deleting can be undone for a few seconds.
        </Text>
        <Button color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => void removeTool(tool, onClose)}>
          Delete tool
        </Button>
      </Group>
    </Stack>
  )
}

/** Every field of one tool, its computed values and its reminder, beside the list. Opened by `#/tools/<id>`. */
export function ToolDrawer({ row, baseCurrency, today, onClose }: { row?: InventoryRow; baseCurrency: string; today: string; onClose: () => void }) {
  // Keeps showing the last tool while the drawer slides shut.
  const [shown, setShown] = useState(row)
  if (row && row !== shown) setShown(row)
  return (
    <Drawer opened={row !== undefined} onClose={onClose} position="right" size="xl" title={shown?.tool.name} styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-xl)' } }}>
      {shown && <ToolDetail row={shown} baseCurrency={baseCurrency} today={today} onClose={onClose} />}
    </Drawer>
  )
}
