import { Button, Group, MultiSelect, Select, Table, Text, TextInput } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { feedbackFields, guessRevenue, headerSignature, type FeedbackField, type Mapping } from '@shared/csv'
import { getSetting } from '../../../db/settings'
import { saveMappingPreset } from '../../../db/feedbackImport'
import { notifySuccess } from '../../../ui/notify'
import { fieldLabel } from './fieldLabels'
import { TableHead } from '../../../ui/TableHead'
import { RatingValueMap, ratingWordsOf } from './RatingValueMap'
import { RevenueQuestion } from './RevenueQuestion'

interface MappingEditorProps {
  headers: string[]
  mapping: Mapping
  /** A few distinct values per column from the first rows: value maps and revenue guesses are made from them. */
  columnValues?: Record<string, string[]>
  onChange: (mapping: Mapping) => void
}

/** Which column feeds each field. Text may join several columns (title + body); the rest take one. */
export function MappingEditor({ headers, mapping, columnValues = {}, onChange }: MappingEditorProps) {
  const [presetName, setPresetName] = useState('')
  const baseCurrency = useLiveQuery(() => getSetting('baseCurrency'), []) ?? 'USD'
  const options = headers.map((header) => ({ value: header, label: header }))

  function setColumns(field: FeedbackField, columns: string[]) {
    const next = structuredClone(mapping) as Record<string, unknown>
    if (columns.length === 0) delete next[field]
    else if (field === 'revenue') {
      // Picked by hand: guess monthly or annual and the currency from the column, for the question below to confirm.
      const column = columns[0] as string
      const guess = guessRevenue(column, columnValues[column] ?? [])
      next.revenue = { ...(mapping.revenue?.decimalSeparator ? { decimalSeparator: mapping.revenue.decimalSeparator } : {}), columns, confidence: 1, kind: guess.kind, currency: guess.currency ?? baseCurrency }
    } else if (field === 'rating') {
      // A new column's words need their own map: the pipeline proposes one for a known scale.
      next.rating = { columns, confidence: 1 }
    } else next[field] = { ...((mapping as Record<string, object | undefined>)[field] ?? {}), columns, confidence: 1 }
    onChange(next as Mapping)
  }

  async function savePreset() {
    const name = presetName.trim()
    if (!name) return
    await saveMappingPreset(name, headerSignature(headers), mapping)
    notifySuccess(`Saved the mapping as “${name}”. Files with the same columns will use it.`)
    setPresetName('')
  }

  const ratingColumn = mapping.rating?.columns[0]
  const ratingWords = mapping.rating ? ratingWordsOf(mapping.rating, columnValues[ratingColumn ?? ''] ?? []) : []

  return (
    <>
      <Table aria-label="Column mapping" verticalSpacing={4}>
        <TableHead columns={['Field', 'Column in the file']} />
        <Table.Tbody>
          {feedbackFields.map((field) => {
            const columns = mapping[field]?.columns ?? []
            return (
              <Table.Tr key={field}>
                <Table.Td w={180} style={{ verticalAlign: 'top', paddingTop: 10 }}>
                  <Text size="sm" fw={field === 'text' ? 600 : 400}>
                    {fieldLabel[field]}
                    {field === 'text' ? ' (required)' : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {field === 'text' ? (
                    <MultiSelect aria-label={fieldLabel[field]} data={options} value={columns} onChange={(value) => setColumns(field, value)} placeholder="Choose one or more columns" searchable />
                  ) : (
                    <Select aria-label={fieldLabel[field]} data={options} value={columns[0] ?? null} onChange={(value) => setColumns(field, value ? [value] : [])} placeholder="Not imported" clearable clearButtonProps={{ 'aria-label': `Do not import ${fieldLabel[field]}`, 'aria-hidden': false, tabIndex: 0 }} searchable />
                  )}
                  {field === 'rating' && mapping.rating && ratingWords.length > 0 && (
                    <RatingValueMap column={ratingColumn as string} words={ratingWords} valueMap={mapping.rating.valueMap ?? {}} onChange={(valueMap) => onChange({ ...mapping, rating: { ...(mapping.rating as NonNullable<Mapping['rating']>), valueMap } })} />
                  )}
                  {field === 'revenue' && mapping.revenue && (
                    <RevenueQuestion revenue={mapping.revenue} values={columnValues[mapping.revenue.columns[0] as string] ?? []} onChange={(revenue) => onChange({ ...mapping, revenue })} />
                  )}
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt={4}>
        Columns not mapped here are kept as extra attributes of each item: shown, filterable and searchable.
      </Text>
      <Group mt="sm" align="flex-end">
        <TextInput label="Save this mapping as a preset" placeholder="Zendesk weekly export" value={presetName} onChange={(e) => setPresetName(e.currentTarget.value)} />
        <Button variant="default" onClick={() => void savePreset()} disabled={!presetName.trim()}>
          Save preset
        </Button>
      </Group>
    </>
  )
}
