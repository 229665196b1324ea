import { Alert, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { IconFileImport } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { MAX_TABLE_BYTES } from '@shared/csv'
import { annualCost } from '@shared/domain/tools/cost'
import { inventoryFields, type InventoryField, type InventoryMapping, type InventoryRowError } from '@shared/domain/tools/inventoryImport'
import { valueLabel, type InventoryValueMap, type ValueField, type ValueToken } from '@shared/domain/tools/inventoryValues'
import { renewalOutlook } from '@shared/domain/tools/renewal'
import type { Tool } from '@shared/domain/tools/tool'
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
import { RowWarnings } from '../../../ui/RowWarnings'
import { TableHead } from '../../../ui/TableHead'
import { todayIso } from '../today'
import { previewInventory, type InventoryPreview } from './readInventory'
import { ValueMapCard } from './ValueMapCard'

const fieldLabel: Record<InventoryField, string> = {
  name: 'Name (required)', vendor: 'Vendor', category: 'Category', description: 'Description', website: 'Website', owner: 'Owner', businessOwner: 'Business owner',
  teams: 'Teams', status: 'Status', statusReason: 'Status reason', seatsPurchased: 'Seats purchased', seatsUsed: 'Seats used', seatsVerifiedAt: 'Seats verified on',
  pricing: 'Pricing', amount: 'Price per billing period', annualCost: 'Annual cost (a yearly amount)', currency: 'Currency', billingCycle: 'Billing cycle', cycleMonths: 'Term (months)', contractStart: 'Contract start',
  contractEnd: 'Contract end', autoRenew: 'Auto-renew', noticeDays: 'Notice (days)', sso: 'SSO', dataClassification: 'Data classification', notes: 'Notes'
}

const previewRows = 20

interface Loaded {
  file: FileSource
  bytes: Uint8Array
  mapping: InventoryMapping
  valueMap: InventoryValueMap
  remembered: boolean
  preview: InventoryPreview
}

/** One entry per row that cannot be imported, its problems together: the count is of rows, not of problems. */
function problemsPerRow(errors: readonly InventoryRowError[]): InventoryRowError[] {
  const byRow = new Map<number, InventoryRowError[]>()
  for (const error of errors) byRow.set(error.row, [...(byRow.get(error.row) ?? []), error])
  return [...byRow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, problems]) => ({
      row,
      column: [...new Set(problems.map((problem) => problem.column).filter(Boolean))].join(', ') || undefined,
      message: problems.map((problem) => problem.message.replace(/^Row \d+(, |: )/, '')).join(' · ')
    }))
}

function cycleText(tool: Tool): string {
  if (tool.billingCycle === 'multi-year') return tool.cycleMonths ? valueLabel('billingCycle', `term:${tool.cycleMonths}`) : 'Multi-year'
  return valueLabel('billingCycle', tool.billingCycle)
}

function AnnualCostCell({ tool }: { tool: Tool }) {
  const cost = annualCost(tool)
  if (!cost.ok) return <Text size="sm" c="red">{cost.problem.message}</Text>
  return <>{formatMoney(cost.amount, tool.currency)}</>
}

function DeadlineCell({ tool, today }: { tool: Tool; today: string }) {
  const outlook = renewalOutlook(tool, today)
  if (outlook.kind === 'none') return <Text size="sm" c="dimmed">{outlook.reason}</Text>
  if (outlook.kind === 'end-of-term') return <>Ends {formatDay(outlook.contractEnd)} · no auto-renew</>
  return (
    <>
      {formatDay(outlook.deadline.deadline)}
      {outlook.overdue && (
        <Badge ml={6} color="red" size="sm" variant="filled">
          overdue
        </Badge>
      )}
    </>
  )
}

/** Brings in an existing inventory spreadsheet: the same reading, mapping, preview, errors and undo as feedback. */
export function ToolsImportPage() {
  const [loaded, setLoaded] = useState<Loaded>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  // The import can finish after the user has gone elsewhere: then it must not take them back to the tools.
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  async function load(file: FileSource, mapping?: InventoryMapping, known?: Uint8Array, valueMap?: InventoryValueMap) {
    setError(undefined)
    try {
      const bytes = known ?? (await readWholeFile(file, MAX_TABLE_BYTES))
      const result = await previewInventory(bytes, file.name, mapping, valueMap)
      if (!result.ok) return setError(result.message)
      setLoaded({ file, bytes, mapping: result.mapping, valueMap: result.valueMap, remembered: result.remembered, preview: result.preview })
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
      const undo = await applyInventoryPlan(plan, { signature: loaded.preview.signature, mapping: loaded.mapping, values: loaded.valueMap })
      notifyWithUndo(`Imported ${loaded.file.name}: ${formatCount(plan.create.length)} new and ${formatCount(plan.update.length)} updated tools`, () => undoInventoryImport(undo))
      loaded.file.close()
      if (mounted.current) navigate('tools')
    } catch (failure) {
      notifyError(`Could not import ${loaded.file.name}; nothing was changed`, failure)
    } finally {
      setBusy(false)
    }
  }

  function changeValue(field: ValueField, key: string, token: ValueToken | undefined) {
    if (!loaded) return
    const next: InventoryValueMap = { ...loaded.valueMap, [field]: { ...loaded.valueMap[field] } }
    if (token === undefined) delete next[field]![key]
    else next[field]![key] = token
    void load(loaded.file, loaded.mapping, loaded.bytes, next)
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
  const rowProblems = problemsPerRow(preview.errors)
  const warnings = preview.rows.flatMap((row) => row.warnings ?? [])
  const warnedRows = new Set(warnings.map((warning) => warning.row)).size
  const today = todayIso()
  return (
    <>
      {header}
      <Stack>
        {error && <Alert color="red">{error}</Alert>}
        {preview.needsName && (
          <Alert color="orange" title="Which column holds the tool's name?">
            {file.name}: no column looks like the tool&apos;s name. Choose it under Mapping below; the other columns are matched already.
          </Alert>
        )}
        {loaded.remembered && (
          <Text size="sm" c="dimmed">
            The mapping and values you used last time for a file with these columns are applied.
          </Text>
        )}
        <ImportCounts created={plan.create.length} updated={plan.update.length} unchanged={plan.unchanged} rejected={rowProblems.length} verb="will be" noun="tools" />
        {warnings.length > 0 && (
          <Text size="sm" c="orange.8">
            {formatCount(warnings.length)} {warnings.length === 1 ? 'value' : 'values'} in {formatCount(warnedRows)} {warnedRows === 1 ? 'row' : 'rows'} cannot be read as written: those rows are imported without them, as listed under Warnings below.
          </Text>
        )}
        {plan.newPeople.length > 0 && <Text size="sm">New people added to the directory: {plan.newPeople.join(', ')}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setLoaded(undefined)}>
            Choose another file
          </Button>
          <Button onClick={() => void runImport()} loading={busy} disabled={plan.create.length + plan.update.length === 0}>
            Import {formatCount(plan.create.length + plan.update.length)} tools
          </Button>
        </Group>
        <ValueMapCard values={preview.values} columns={mapping} onChange={changeValue} />
        <RowErrors fileName={file.name} errors={rowProblems} total={rowProblems.length} />
        <RowWarnings fileName={file.name} warnings={warnings} />
        {!preview.needsName && (
          <Card withBorder>
            <Title order={2} size="h5" mb="xs">
              {preview.rows.length > previewRows ? `First ${previewRows} of ${formatCount(preview.rows.length)} tools as they will be stored` : 'Tools as they will be stored'}
            </Title>
            <Table aria-label="Preview of the tools" striped verticalSpacing={4}>
              <TableHead columns={['Tool', 'Vendor', 'Status', { label: 'Price', numeric: true }, 'Billed', { label: 'Annual cost', numeric: true }, 'Contract end', 'Notice deadline']} />
              <Table.Tbody>
                {preview.rows.slice(0, previewRows).map(({ row, tool }) => {
                  const stored = tool as Tool
                  return (
                    <Table.Tr key={row}>
                      <Table.Td>{tool.name}</Table.Td>
                      <Table.Td>{tool.vendor}</Table.Td>
                      <Table.Td>{valueLabel('status', tool.status)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {formatMoney(tool.amount, tool.currency)}
                        {tool.pricing === 'per-seat' ? ' per seat' : ''}
                      </Table.Td>
                      <Table.Td>{cycleText(stored)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        <AnnualCostCell tool={stored} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{tool.contractEnd ? formatDay(tool.contractEnd) : '—'}</Table.Td>
                      <Table.Td>
                        <DeadlineCell tool={stored} today={today} />
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          </Card>
        )}
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
                onChange={(column) => void load(file, { ...mapping, [field]: column ?? undefined }, loaded.bytes, loaded.valueMap)}
              />
            ))}
          </SimpleGrid>
        </Card>
      </Stack>
    </>
  )
}

