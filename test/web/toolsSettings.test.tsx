import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { getToolSettings, saveToolSettings } from '../../src/renderer/src/db/tools'
import { ToolsSettingsSection } from '../../src/renderer/src/features/tools'
import { checkCurrency, parseReminderWindows, rateError } from '../../src/renderer/src/features/tools/settingsValidation'
import { thresholdError } from '../../src/renderer/src/features/tools/LowUtilisationThresholdInput'
import { putTools, toolRecord } from './toolsFixtures'
import { renderWithProviders } from './render'

describe('tool settings', () => {
  it('start from USD, no rates, the 120/90/60/30/7 windows and a 60% threshold', async () => {
    expect(await getToolSettings()).toEqual({ baseCurrency: 'USD', exchangeRates: {}, reminderWindows: [120, 90, 60, 30, 7], lowUtilisationThreshold: 0.6 })
  })

  it('check what the user types', () => {
    expect(checkCurrency(' eur ')).toEqual({ ok: true, code: 'EUR' })
    expect(checkCurrency('EURO')).toEqual({ ok: false, error: '"EURO" is not a three-letter currency code such as EUR or USD' })
    expect(rateError(0, 'EUR', 'USD')).toBe('A rate must be more than zero')
    expect(rateError('', 'EUR', 'USD')).toBe('Enter how many USD 1 EUR is worth')
    expect(parseReminderWindows(['7', '30', '30', '120'])).toEqual({ ok: true, windows: [120, 30, 7] })
    expect(parseReminderWindows(['30', 'soon'])).toEqual({ ok: false, error: '"soon" is not a number of days from 1 to 730' })
    expect(parseReminderWindows([])).toEqual({ ok: false, error: 'Keep at least one reminder window, e.g. 30' })
    expect(thresholdError(0)).toBe('Enter a whole percentage from 1 to 100')
    expect(thresholdError(75)).toBeUndefined()
  })
})

describe('the Tools and renewals settings', () => {
  it('adds and removes exchange rates', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ToolsSettingsSection />)
    await user.type(await screen.findByRole('textbox', { name: 'Currency' }), 'eur')
    await user.type(screen.getByRole('textbox', { name: 'Value in USD' }), '1.08')
    await user.click(screen.getByRole('button', { name: 'Add rate' }))
    await waitFor(async () => expect((await getToolSettings()).exchangeRates).toEqual({ EUR: 1.08 }))
    expect(await screen.findByRole('table', { name: 'Exchange rates' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Remove the EUR rate' }))
    await waitFor(async () => expect((await getToolSettings()).exchangeRates).toEqual({}))
  })

  it('refuses a rate for the base currency or one that is not positive', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ToolsSettingsSection />)
    await user.type(await screen.findByRole('textbox', { name: 'Currency' }), 'usd')
    await user.click(screen.getByRole('button', { name: 'Add rate' }))
    expect(await screen.findByText('USD is the base currency')).toBeTruthy()
    expect(screen.getByText('Enter how many USD 1 USD is worth')).toBeTruthy()
    expect((await getToolSettings()).exchangeRates).toEqual({})
  })

  it('points at the currencies the inventory uses without a rate', async () => {
    await putTools(toolRecord({ name: 'Zendesk', currency: 'EUR' }), toolRecord({ name: 'Miro', currency: 'GBP' }))
    const user = userEvent.setup()
    renderWithProviders(<ToolsSettingsSection />)
    expect(await screen.findByText(/Your tools are billed in EUR, GBP without a rate/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Add GBP' }))
    expect((screen.getByRole('textbox', { name: 'Currency' }) as HTMLInputElement).value).toBe('GBP')
  })

  it('saves a new base currency once it is a valid code', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ToolsSettingsSection />)
    const base = await screen.findByRole('textbox', { name: 'Base currency' })
    await user.clear(base)
    await user.type(base, 'eu')
    expect(await screen.findByText('"EU" is not a three-letter currency code such as EUR or USD')).toBeTruthy()
    await user.type(base, 'r')
    await waitFor(async () => expect((await getToolSettings()).baseCurrency).toBe('EUR'))
  })

  it('saves reminder windows and explains a bad one', async () => {
    await saveToolSettings({ reminderWindows: [30] })
    const user = userEvent.setup()
    renderWithProviders(<ToolsSettingsSection />)
    const windows = await screen.findByRole('combobox', { name: 'Reminder windows' })
    await user.type(windows, '14{enter}')
    await waitFor(async () => expect((await getToolSettings()).reminderWindows).toEqual([30, 14]))
    await user.type(windows, 'soon{enter}')
    expect(await screen.findByText('"soon" is not a number of days from 1 to 730')).toBeTruthy()
    expect((await getToolSettings()).reminderWindows).toEqual([30, 14])
  })

  it('saves the low-utilisation threshold as a fraction', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ToolsSettingsSection />)
    const threshold = await screen.findByRole('textbox', { name: 'Low-utilisation threshold' })
    await user.clear(threshold)
    await user.type(threshold, '45')
    await waitFor(async () => expect((await getToolSettings()).lowUtilisationThreshold).toBe(0.45))
  })
})
