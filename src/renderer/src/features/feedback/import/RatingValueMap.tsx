import { Group, NumberInput, SegmentedControl, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { categoricalRatings, ratingKey, ratingScales, type Mapping } from '@shared/csv'

type ValueMap = Record<string, number | null>

/** The words a rating column holds (those the map knows first, then those seen in the file), with their spelling. */
export function ratingWordsOf(rating: NonNullable<Mapping['rating']>, values: string[]): Array<{ key: string; label: string }> {
  const spelling = new Map<string, string>()
  for (const value of values) if (!spelling.has(ratingKey(value))) spelling.set(ratingKey(value), value.trim())
  const keys = [...new Set([...Object.keys(rating.valueMap ?? {}), ...categoricalRatings(values)])]
  return keys.map((key) => ({ key, label: spelling.get(key) ?? key }))
}

const goodBad = ratingScales[0] as (typeof ratingScales)[number]
const isGood = (key: string) => (goodBad.values[key] ?? 0) === 5
const isBad = (key: string) => goodBad.values[key] === 1

function NumberForWord({ label, value, onCommit }: { label: string; value: number | null | undefined; onCommit: (value: number | null) => void }) {
  const [draft, setDraft] = useState<string | number>(value ?? '')
  const commit = () => {
    const next = draft === '' ? null : Number(draft)
    if (next !== (value ?? null) && (next === null || Number.isFinite(next))) onCommit(next)
  }
  return (
    <NumberInput
      aria-label={`Rating for “${label}”`}
      size="xs"
      w={120}
      placeholder="No rating"
      value={draft}
      onChange={setDraft}
      onBlur={commit}
      onKeyDown={(event) => event.key === 'Enter' && commit()}
      allowDecimal
    />
  )
}

/**
 * Numbers for the words of a categorical rating column (Zendesk's Good / Bad, "Very satisfied" …). Empty means the
 * word is no rating at all ("Offered"): the rating is left empty without a warning. Kept in the mapping, so a
 * preset or a remembered mapping brings it back next time.
 */
export function RatingValueMap({ column, words, valueMap, onChange }: { column: string; words: Array<{ key: string; label: string }>; valueMap: ValueMap; onChange: (valueMap: ValueMap) => void }) {
  const goodBadWords = words.length > 0 && words.every((w) => w.key in goodBad.values) && words.some((w) => isGood(w.key))
  const scale = goodBadWords ? (words.some((w) => isBad(w.key) && valueMap[w.key] === 0) ? 'one-zero' : 'five-one') : undefined
  const setScale = (next: string) => {
    const map = { ...valueMap }
    for (const { key } of words) {
      if (isGood(key)) map[key] = next === 'one-zero' ? 1 : 5
      else if (isBad(key)) map[key] = next === 'one-zero' ? 0 : 1
    }
    onChange(map)
  }
  return (
    <Stack gap={4} mt="xs">
      <Group gap="xs" justify="space-between">
        <Text size="xs" c="dimmed">
          “{column}” holds words, not numbers. Give each the rating it stands for; leave it empty for no rating.
        </Text>
        {scale && (
          <SegmentedControl
            size="xs"
            aria-label="Scale for Good and Bad"
            value={scale}
            onChange={setScale}
            data={[
              { value: 'five-one', label: 'Good 5 · Bad 1' },
              { value: 'one-zero', label: 'Good 1 · Bad 0' }
            ]}
          />
        )}
      </Group>
      <Table aria-label={`Rating values of ${column}`} withRowBorders={false} verticalSpacing={2}>
        <Table.Tbody>
          {words.map(({ key, label }) => (
            <Table.Tr key={key}>
              <Table.Td w={200}>
                <Text size="sm">{label}</Text>
              </Table.Td>
              <Table.Td>
                <NumberForWord key={`${key}:${valueMap[key]}`} label={label} value={valueMap[key]} onCommit={(value) => onChange({ ...valueMap, [key]: value })} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
