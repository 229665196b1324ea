import { Badge, Center, Loader, Tabs } from '@mantine/core'
import { IconAlertCircle, IconCalendarEvent, IconChartDonut, IconList, IconTools } from '@tabler/icons-react'
import { useMemo } from 'react'
import { formatCount } from '@shared/format/money'
import { navigate, useRoute } from '../../navigation/useRoute'
import { PageHeader } from '../../ui/PageHeader'
import { TeachingEmptyState } from '../../ui/TeachingEmptyState'
import { attentionCount, attentionFindings } from './attentionFindings'
import { AttentionTab } from './AttentionTab'
import { InventoryTab } from './InventoryTab'
import { RenewalsTab } from './RenewalsTab'
import { SpendTab } from './SpendTab'
import { ToolDrawer } from './ToolDrawer'
import { ToolsImportPage } from './import'
import { ToolsActions } from './ToolsActions'
import { toolsTabs, toolsUiActions, useToolsUi, type ToolsTab } from './toolsUiStore'
import { useInventory } from './useInventory'

const description = 'Every tool the product team pays for: owners, seats, spend, and the last day to cancel before it renews.'

function EmptyInventory() {
  return (
    <>
      <PageHeader title="Tools" description={description} />
      <TeachingEmptyState
        icon={<IconTools size={28} />}
        title="Never miss a notice deadline"
        description="List the tools your team uses with their owner, seats and contract. Opsdeck works out the last day to give notice before each one renews itself, and warns you in time."
        actions={<ToolsActions canExport={false} />}
      />
    </>
  )
}

export function ToolsPage() {
  const route = useRoute()
  if (route.params[0] === 'import') return <ToolsImportPage />
  return <ToolsInventoryPage />
}

function ToolsInventoryPage() {
  const inventory = useInventory()
  const route = useRoute()
  const tab = useToolsUi((state) => state.tab)
  const attention = useMemo(() => (inventory ? attentionCount(attentionFindings(inventory)) : 0), [inventory])

  if (!inventory) {
    return (
      <Center mih={200}>
        <Loader aria-label="Loading tools" />
      </Center>
    )
  }
  if (inventory.tools.length === 0) return <EmptyInventory />

  const openId = route.page === 'tools' ? route.params[0] : undefined
  const openRow = openId ? inventory.rows.find((row) => row.tool.id === openId) : undefined
  return (
    <>
      <PageHeader title="Tools" description={description} action={<ToolsActions canExport />} />
      <Tabs value={tab} onChange={(value) => toolsTabs.includes(value as ToolsTab) && toolsUiActions.setTab(value as ToolsTab)} keepMounted={false}>
        <Tabs.List mb="lg" aria-label="Tool views">
          <Tabs.Tab value="inventory" leftSection={<IconList size={16} aria-hidden />}>
            Inventory
          </Tabs.Tab>
          <Tabs.Tab value="renewals" leftSection={<IconCalendarEvent size={16} aria-hidden />}>
            Renewals
          </Tabs.Tab>
          <Tabs.Tab value="spend" leftSection={<IconChartDonut size={16} aria-hidden />}>
            Spend
          </Tabs.Tab>
          <Tabs.Tab
            value="attention"
            leftSection={<IconAlertCircle size={16} aria-hidden />}
            rightSection={
              attention > 0 ? (
                <Badge size="sm" variant="light" color="orange" circle={attention < 10}>
                  {formatCount(attention)}
                </Badge>
              ) : undefined
            }
          >
            Attention
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="inventory">
          <InventoryTab inventory={inventory} />
        </Tabs.Panel>
        <Tabs.Panel value="renewals">
          <RenewalsTab inventory={inventory} />
        </Tabs.Panel>
        <Tabs.Panel value="spend">
          <SpendTab inventory={inventory} />
        </Tabs.Panel>
        <Tabs.Panel value="attention">
          <AttentionTab inventory={inventory} />
        </Tabs.Panel>
      </Tabs>
      <ToolDrawer row={openRow} baseCurrency={inventory.settings.baseCurrency} today={inventory.context.today} onClose={() => navigate('tools')} />
    </>
  )
}
