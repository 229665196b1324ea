import { ActionIcon, Button, Group, NumberInput, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import type { ExchangeRates } from '@shared/domain/tools/exchange'
import { saveToolSettings } from '../../db/tools'
import { notifyError } from '../../ui/notify'
import { checkCurrency, rateError } from './settingsValidation'

function save(rates: ExchangeRates) {
  saveToolSettings({ exchangeRates: rates }).catch((error: unknown) => notifyError('Could not save the exchange rates', error))
}

function RateRow({ currency, rate, baseCurrency, rates }: { currency: string; rate: number; baseCurrency: string; rates: ExchangeRates }) {
  const [value, setValue] = useState<number | string>(rate)
  const [seen, setSeen] = useState(rate)
  if (seen !== rate) {
    setSeen(rate)
    setValue(rate)
  }
  const error = rateError(value, currency, baseCurrency)
  return (
    <Table.Tr>
      <Table.Td fw={600}>{currency}</Table.Td>
      <Table.Td>
        <NumberInput
          aria-label={`Value of 1 ${currency} in ${baseCurrency}`}
          value={value}
          error={error}
          min={0}
          decimalScale={6}
          size="xs"
          w={160}
          onChange={(next) => {
            setValue(next)
            if (typeof next === 'number' && rateError(next, currency, baseCurrency) === undefined && next !== rate) save({ ...rates, [currency]: next })
          }}
        />
      </Table.Td>
      <Table.Td ta="right">
        <Tooltip label="Remove">
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove the ${currency} rate`}
            onClick={() => save(Object.fromEntries(Object.entries(rates).filter(([code]) => code !== currency)))}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  )
}

/** How many units of the base currency one unit of each other currency is worth, as the user enters them (no network). */
export function ExchangeRatesEditor({ baseCurrency, rates, usedCurrencies }: { baseCurrency: string; rates: ExchangeRates; usedCurrencies: string[] }) {
  const [currency, setCurrency] = useState('')
  const [rate, setRate] = useState<number | string>('')
  const [errors, setErrors] = useState<{ currency?: string; rate?: string }>({})
  const entries = Object.entries(rates).sort(([a], [b]) => a.localeCompare(b))
  const missing = usedCurrencies.filter((code) => code !== baseCurrency && !Object.hasOwn(rates, code))

  function add(event: FormEvent) {
    event.preventDefault()
    const code = checkCurrency(currency)
    const found = {
      currency: !code.ok ? code.error : code.code === baseCurrency ? `${baseCurrency} is the base currency` : undefined,
      rate: rateError(rate, code.ok ? code.code : currency, baseCurrency)
    }
    setErrors(found)
    if (!code.ok || found.currency || found.rate || typeof rate !== 'number') return
    save({ ...rates, [code.code]: rate })
    setCurrency('')
    setRate('')
  }

  return (
    <Stack gap="xs">
      {entries.length > 0 ? (
        <Table aria-label="Exchange rates" verticalSpacing={4} maw={460}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Currency</Table.Th>
              <Table.Th>1 unit in {baseCurrency}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map(([code, value]) => (
              <RateRow key={code} currency={code} rate={value} baseCurrency={baseCurrency} rates={rates} />
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          No exchange rates yet. Tools billed in a currency other than {baseCurrency} are left out of the totals until you add its rate.
        </Text>
      )}
      {missing.length > 0 && (
        <Group gap="xs">
          <Text size="sm" c="orange">
            Your tools are billed in {missing.join(', ')} without a rate:
          </Text>
          {missing.map((code) => (
            <Button key={code} size="compact-xs" variant="light" color="orange" onClick={() => setCurrency(code)}>
              Add {code}
            </Button>
          ))}
        </Group>
      )}
      <form onSubmit={add} noValidate aria-label="Add an exchange rate">
        <Group align="flex-start" gap="xs">
          <TextInput aria-label="Currency" placeholder="EUR" maxLength={3} w={90} value={currency} error={errors.currency} onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())} />
          <NumberInput aria-label={`Value in ${baseCurrency}`} placeholder={`e.g. 1.08 ${baseCurrency}`} min={0} decimalScale={6} w={170} value={rate} error={errors.rate} onChange={setRate} />
          <Button type="submit" variant="default" leftSection={<IconPlus size={14} aria-hidden />}>
            Add rate
          </Button>
        </Group>
      </form>
    </Stack>
  )
}
