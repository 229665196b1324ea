import { Group, Radio, Select, Stack, Text } from '@mantine/core'
import { guessRevenue, type Mapping } from '@shared/csv'

type Revenue = NonNullable<Mapping['revenue']>

const currencies = ['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD', 'JPY', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'INR', 'BRL', 'MXN', 'ZAR', 'SGD', 'HKD', 'CNY', 'KRW', 'ILS', 'TRY', 'AED']

const guessedFrom = { name: 'Guessed from the column name.', values: 'Guessed from the values.', default: 'The file does not say: check it.' } as const

/**
 * Revenue is compared across files and themes, so it is stored in one unit: monthly (MRR), in a stated currency.
 * This asks what the column holds; the guess comes from its name and values, and the answer is kept in the mapping.
 */
export function RevenueQuestion({ revenue, values, onChange }: { revenue: Revenue; values: string[]; onChange: (revenue: Revenue) => void }) {
  const column = revenue.columns[0] as string
  const guess = guessRevenue(column, values)
  const currencyNote = guess.currency ? (guess.currencyFrom === 'name' ? ' named in the column' : ' seen in the values') : ''
  return (
    <Stack gap={4} mt="xs">
      <Group gap="xl" align="flex-end" wrap="wrap">
        <Radio.Group label={`Is “${column}” monthly or annual revenue?`} value={revenue.kind} onChange={(kind) => onChange({ ...revenue, kind: kind as Revenue['kind'] })} size="xs">
          <Group gap="md" mt={6}>
            <Radio value="mrr" label="Monthly (MRR)" />
            <Radio value="arr" label="Annual (ARR), divided by 12" />
          </Group>
        </Radio.Group>
        <Select
          size="xs"
          w={110}
          label="Currency"
          aria-label={`Currency of “${column}”`}
          data={[...new Set([...(revenue.currency ? [revenue.currency] : []), ...currencies])]}
          value={revenue.currency ?? null}
          onChange={(currency) => onChange({ ...revenue, ...(currency ? { currency } : {}) })}
          allowDeselect={false}
          searchable
        />
      </Group>
      <Text size="xs" c="dimmed">
        {guess.kind === revenue.kind ? guessedFrom[guess.kindFrom] : 'Chosen by you.'} Stored as monthly revenue (MRR){revenue.currency ? ` in ${revenue.currency}` : ''}
        {currencyNote && guess.currency === revenue.currency ? `, the currency${currencyNote}` : ''}, so every revenue figure and score is in one unit; amounts with their own currency symbol keep it.
      </Text>
    </Stack>
  )
}
