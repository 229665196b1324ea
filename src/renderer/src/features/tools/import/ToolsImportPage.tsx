import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { IconFileImport } from '@tabler/icons-react'
import { useState } from 'react'
import { MAX_TABLE_BYTES } from '@shared/csv'
import { autoMapInventory, inventoryFields, type InventoryField, type InventoryMapping } from '@shared/domain/tools/inventoryImport'
import { formatDay } from '@shared/format/day'
import { formatCount, formatMoney } from '@shared/format/money'
import { chooseFile, type FileSource } from '../../../bridge/fileSource'
import { readWholeFile } from '../../../bridge/readWholeFile'
import { applyInventoryPlan, undoInventoryImport } from '../../../db/toolsImport'
import { navigate } from '../../../navigation/useRoute'
import { DropZone } from '../../../ui/DropZone'
import { ImportCounts } from '../../../ui/ImportCounts'
import { notifyError, notifyWithUndo } from '../../../ui/notify'
import { PageHeader } from '../../../ui/PageHeader'
import { RowErrors } from '../../../ui/RowErrors'
import { TableHead } from '../../../ui/TableHead'
import { previewInventory, type InventoryPreview } from './readInventory'

const fieldLabel: Record<InventoryField, string> = {
  name: 'Name (required)', vendor: 'Vendor', category: 'Category', description: 'Description', website: 'Website', owner: 'Owner', businessOwner: 'Business owner',
  teams: 'Teams', status: 'Status', statusReason: 'Status reason', seatsPurchased: 'Seats purchased', seatsUsed: 'Seats used', seatsVerifiedAt: 'Seats verified on',
  pricing: 'Pricing', amount: 'Price', currency: 'Currency', billingCycle: 'Billing cycle', cycleMonths: 'Term (months)', contractStart: 'Contract start',
  contractEnd: 'Contract end', autoRenew: 'Auto-renew', noticeDays: 'Notice (days)', sso: 'SSO', dataClassification: 'Data classification', notes: 'Notes'
}

const previewRows = 20

interface Loaded {
  file: FileSource
  bytes: Uint8Array
  mapping: InventoryMapping
  preview: InventoryPreview
}

/** Brings in an existing inventory spreadsheet: the same reading, mapping, preview, errors and undo as feedback. */
export function ToolsImportPage() {
  const [loaded, setLoaded] = useState<Loaded>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function load(file: FileSource, mapping?: InventoryMapping, known?: Uint8Array) {
    setError(undefined)
    try {
      const bytes = known ?? (await readWholeFile(file, MAX_TABLE_BYTES))
      const result = await previewInventory(bytes, file.name, mapping, autoMapInventory)
      if (!result.ok) return setError(result.message)
      setLoaded({ file, bytes, mapping: result.mapping, preview: result.preview })
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  async function choose() {
    const file = await chooseFile('Import a tool inventory', [{ name: 'Spreadsheets saved as CSV', extensions: ['csv', 'tsv', 'txt'] }])
    if (file) await load(file)
  }

  async function runImport() {
    if (!loaded) return
    setBusy(true)
    try {
      const { plan } = loaded.preview
      const undo = await applyInventoryPlan(plan)
      notifyWithUndo(`Imported ${loaded.file.name}: ${formatCount(plan.create.length)} new and ${formatCount(plan.update.length)} updated tools`, () => undoInventoryImport(undo))
      loaded.file.close()
      navigate('tools')
    } catch (failure) {
      notifyError(`Could not import ${loaded.file.name}; nothing was changed`, failure)
    } finally {
      setBusy(false)
    }
  }

  const header = <PageHeader title="Import tools" description="Bring in the inventory spreadsheet you keep today. Columns are matched by name; you see every change before it is saved." />
  if (!loaded) {
    return (
      <>
        {header}
        {error && (
          <Alert color="red" title="This file cannot be imported" mb="md">
            {error}
          </Alert>
        )}
        <DropZone onFile={(file) => void load(file)}>
          <Stack align="center" gap="xs">
            <IconFileImport size={36} aria-hidden />
            <Title order={2} size="h4">
              Drop an inventory spreadsheet saved as CSV
            </Title>
            <Text size="sm" c="dimmed" ta="center" maw={520}>
              One row per tool, with columns such as Tool, Vendor, Owner, Cost, Billing, Seats, Contract end and Notice period. Owners not yet in People are added.
            </Text>
            <Button onClick={() => void choose()}>Choose a CSV file…</Button>
          </Stack>
        </DropZone>
      </>
    )
  }

  const { preview, mapping, file } = loaded
  const { plan } = preview
  const columns = preview.headers.map((value) => ({ value, label: value }))
  return (
    <>
      {header}
      <Stack>
        {error && <Alert color="red">{error}</Alert>}
        <ImportCounts created={plan.create.length} updated={plan.update.length} unchanged={plan.unchanged} rejected={new Set(preview.errors.map((e) => e.row)).size} verb="will be" noun="tools" />
        {plan.newPeople.length > 0 && <Text size="sm">New people added to the directory: {plan.newPeople.join(', ')}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setLoaded(undefined)}>
            Choose another file
          </Button>
          <Button onClick={() => void runImport()} loading={busy} disabled={plan.create.length + plan.update.length === 0}>
            Import {formatCount(plan.create.length + plan.update.length)} tools
          </Button>
        </Group>
        <RowErrors fileName={file.name} errors={preview.errors} total={preview.errors.length} />
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">
            {preview.rows.length > previewRows ? `First ${previewRows} of ${formatCount(preview.rows.length)} tools as they will be stored` : 'Tools as they will be stored'}
          </Title>
          <Table aria-label="Preview of the tools" striped verticalSpacing={4}>
            <TableHead columns={['Tool', 'Vendor', 'Category', { label: 'Price', numeric: true }, 'Billed', 'Contract end', { label: 'Notice', numeric: true }]} />
            <Table.Tbody>
              {preview.rows.slice(0, previewRows).map(({ row, tool }) => (
                <Table.Tr key={row}>
                  <Table.Td>{tool.name}</Table.Td>
                  <Table.Td>{tool.vendor}</Table.Td>
                  <Table.Td>{tool.category}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(tool.amount, tool.currency)}
                    {tool.pricing === 'per-seat' ? ' per seat' : ''}
                  </Table.Td>
                  <Table.Td>{tool.billingCycle}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{tool.contractEnd ? formatDay(tool.contractEnd) : '—'}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {tool.noticeDays !== undefined ? `${formatCount(tool.noticeDays)} ${tool.noticeDays === 1 ? 'day' : 'days'}` : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">
            Mapping
          </Title>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xs">
            {inventoryFields.map((field) => (
              <Select
                key={field}
                label={fieldLabel[field]}
                data={columns}
                value={mapping[field] ?? null}
                clearable
                placeholder="Not imported"
                onChange={(column) => void load(file, { ...mapping, [field]: column ?? undefined }, loaded.bytes)}
              />
            ))}
          </SimpleGrid>
        </Card>
      </Stack>
    </>
  )
}

