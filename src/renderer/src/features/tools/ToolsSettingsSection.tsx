import { Card, Input, Stack, Text, TextInput, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { listTools, saveToolSettings } from '../../db/tools'
import { notifyError } from '../../ui/notify'
import { ExchangeRatesEditor } from './ExchangeRatesEditor'
import { LowUtilisationThresholdInput } from './LowUtilisationThresholdInput'
import { ReminderWindowsInput } from './ReminderWindowsInput'
import { checkCurrency } from './settingsValidation'
import { useToolSettings } from './useToolSettings'

function BaseCurrencyInput({ baseCurrency }: { baseCurrency: string }) {
  const [value, setValue] = useState(baseCurrency)
  const [seen, setSeen] = useState(baseCurrency)
  if (seen !== baseCurrency) {
    setSeen(baseCurrency)
    setValue(baseCurrency)
  }
  const check = checkCurrency(value)
  return (
    <TextInput
      label="Base currency"
      description="Totals and charts are in this currency. Exchange rates below are in it too."
      maxLength={3}
      styles={{ wrapper: { maxWidth: 120 } }}
      value={value}
      error={check.ok ? undefined : check.error}
      onChange={(e) => {
        const next = e.currentTarget.value.toUpperCase()
        setValue(next)
        const parsed = checkCurrency(next)
        if (parsed.ok && parsed.code !== baseCurrency) saveToolSettings({ baseCurrency: parsed.code }).catch((error: unknown) => notifyError('Could not save the base currency', error))
      }}
    />
  )
}

/** Settings of the tool inventory: base currency, exchange rates, reminder windows and the low-utilisation threshold. */
export function ToolsSettingsSection() {
  const settings = useToolSettings()
  const tools = useLiveQuery(() => listTools(), [])
  if (!settings) return null
  const usedCurrencies = [...new Set((tools ?? []).map((tool) => tool.currency.toUpperCase()))].sort()
  return (
    <Card withBorder component="section" aria-labelledby="tools-settings-heading">
      <Title order={2} size="h4" mb="xs" id="tools-settings-heading">
        Tools and renewals
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Everything stays on this computer: Opsdeck never looks rates up online.
      </Text>
      <Stack gap="lg">
        <BaseCurrencyInput baseCurrency={settings.baseCurrency} />
        <div>
          <Input.Label>Exchange rates</Input.Label>
          <Input.Description mb="xs">How many {settings.baseCurrency} one unit of each currency is worth.</Input.Description>
          <ExchangeRatesEditor baseCurrency={settings.baseCurrency} rates={settings.exchangeRates} usedCurrencies={usedCurrencies} />
        </div>
        <ReminderWindowsInput windows={settings.reminderWindows} />
        <LowUtilisationThresholdInput threshold={settings.lowUtilisationThreshold} description="Tools whose seats are used less than this are listed under Attention." />
      </Stack>
    </Card>
  )
}
