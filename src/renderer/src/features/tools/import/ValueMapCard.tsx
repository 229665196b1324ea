import { Badge, Card, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { valueOptions, type DistinctValue, type ValueField, type ValueToken } from '@shared/domain/tools/inventoryValues'
import { formatCount } from '@shared/format/money'
import { TableHead } from '../../../ui/TableHead'

const fieldNames: Record<ValueField, string> = { status: 'Status', billingCycle: 'Billing cycle', pricing: 'Pricing', autoRenew: 'Auto-renew', sso: 'SSO' }

/**
 * Each distinct value of the status, billing, pricing and yes/no columns and
 * the value it becomes: guessed from its synonyms, changed here, remembered
 * with the mapping for the next file with these columns.
 */
export function ValueMapCard({ values, columns, onChange }: { values: Partial<Record<ValueField, DistinctValue[]>>; columns: Partial<Record<ValueField, string>>; onChange: (field: ValueField, key: string, token: ValueToken | undefined) => void }) {
  const fields = (Object.keys(values) as ValueField[]).filter((field) => (values[field]?.length ?? 0) > 0)
  if (fields.length === 0) return null
  const unknown = fields.reduce((sum, field) => sum + (values[field] ?? []).filter((value) => value.chosen === undefined).length, 0)
  return (
    <Card withBorder>
      <Title order={2} size="h5">
        Values
      </Title>
      <Text size="sm" c={unknown > 0 ? 'red' : 'dimmed'} mb="xs">
        {unknown > 0
          ? `${formatCount(unknown)} ${unknown === 1 ? 'value' : 'values'} could not be guessed: choose what ${unknown === 1 ? 'it becomes' : 'they become'}, or the rows holding ${unknown === 1 ? 'it' : 'them'} are not imported.`
          : 'Every value in the file was recognised. Change any guess below; your choices are remembered for files with these columns.'}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {fields.map((field) => (
          <Stack key={field} gap={4}>
            <Text size="sm" fw={600}>
              {fieldNames[field]}{' '}
              <Text span size="xs" c="dimmed" fw={400}>
                column “{columns[field]}”
              </Text>
            </Text>
            <Table aria-label={`${fieldNames[field]} values`} verticalSpacing={2} layout="fixed">
              <TableHead columns={['In the file', { label: 'Rows', numeric: true, width: 56 }, { label: 'Becomes', width: 190 }]} />
              <Table.Tbody>
                {(values[field] ?? []).map((value) => (
                  <Table.Tr key={value.key}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {value.raw}
                      {value.chosen === undefined && (
                        <Badge ml={6} size="xs" color="red" variant="light">
                          not guessed
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{formatCount(value.rows)}</Table.Td>
                    <Table.Td>
                      <Select
                        size="xs"
                        aria-label={`${fieldNames[field]} “${value.raw}” becomes`}
                        data={valueOptions(field)}
                        value={value.chosen ?? null}
                        placeholder="Choose…"
                        error={value.chosen === undefined}
                        allowDeselect={false}
                        onChange={(token) => onChange(field, value.key, token ?? undefined)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ))}
      </SimpleGrid>
    </Card>
  )
}
