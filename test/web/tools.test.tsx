import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { ToolsPage, UpcomingDeadlinesCard } from '../../src/renderer/src/features/tools'
import { NO_OWNER, toolsUiActions } from '../../src/renderer/src/features/tools/toolsUiStore'
import { useFixedClock } from './fixedClock'
import { inDays, loadSample, putTools, resetToolsUi, toolRecord } from './toolsFixtures'
import { renderWithProviders } from './render'

/** The names in the inventory table, top to bottom. */
function toolNames(): string[] {
  const table = screen.getByRole('table', { name: 'Tools' })
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('button')[0]?.textContent ?? '')
}

useFixedClock()
beforeEach(resetToolsUi)

describe('the Tools page', () => {
  it('teaches what it is for when the inventory is empty', async () => {
    renderWithProviders(<ToolsPage />)
    expect(await screen.findByRole('heading', { name: 'Never miss a notice deadline' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'New tool' })).toBeTruthy()
    expect(screen.queryByRole('tab')).toBeNull()
  })

  it('lists every tool with its owner, annual cost, utilisation and notice deadline', async () => {
    await loadSample()
    renderWithProviders(<ToolsPage />)
    const table = await screen.findByRole('table', { name: 'Tools' })
    const amplitude = within(table).getByRole('row', { name: /Amplitude/ })
    expect(amplitude.textContent).toContain('Priya Nair')
    expect(amplitude.textContent).toContain('$36,000')
    expect(amplitude.textContent).toContain('78%')
    expect(amplitude.textContent).toContain('10 days left')
    expect(amplitude.textContent).toContain('30-day window')
    expect(within(amplitude).getByRole('progressbar', { name: /Utilisation of Amplitude/ })).toBeTruthy()
    expect(within(table).getByRole('row', { name: /Notion/ }).textContent).toContain('No owner')
    expect(screen.getByRole('button', { name: 'Export' })).toBeTruthy()
  })

  it('sorts by annual cost, largest first, then flips on a second click', async () => {
    await putTools(
      toolRecord({ name: 'Small', amount: 100 }),
      toolRecord({ name: 'Big', amount: 9000 }),
      toolRecord({ name: 'Middle', amount: 500 }),
      toolRecord({ name: 'Unpriced', pricing: 'per-seat', amount: 10 })
    )
    const user = userEvent.setup()
    renderWithProviders(<ToolsPage />)
    await screen.findByRole('table', { name: 'Tools' })
    expect(toolNames()).toEqual(['Big', 'Middle', 'Small', 'Unpriced'])
    await user.click(screen.getByRole('button', { name: 'Annual cost' }))
    expect(toolNames()).toEqual(['Big', 'Middle', 'Small', 'Unpriced'])
    expect(screen.getByRole('columnheader', { name: 'Annual cost' }).getAttribute('aria-sort')).toBe('descending')
    await user.click(screen.getByRole('button', { name: 'Annual cost' }))
    expect(toolNames()).toEqual(['Small', 'Middle', 'Big', 'Unpriced'])
  })

  it('sorts by notice deadline, soonest first, tools without one last', async () => {
    await putTools(
      toolRecord({ name: 'Later', contractEnd: inDays(90), noticeDays: 30 }),
      toolRecord({ name: 'None' }),
      toolRecord({ name: 'Soon', contractEnd: inDays(20), noticeDays: 10 })
    )
    const user = userEvent.setup()
    renderWithProviders(<ToolsPage />)
    await screen.findByRole('table', { name: 'Tools' })
    await user.click(screen.getByRole('button', { name: 'Notice deadline' }))
    expect(toolNames()).toEqual(['Soon', 'Later', 'None'])
  })

  it('filters by text and by owner, and teaches how to get the rows back', async () => {
    await loadSample()
    const user = userEvent.setup()
    renderWithProviders(<ToolsPage />)
    await screen.findByRole('table', { name: 'Tools' })
    await user.type(screen.getByRole('textbox', { name: 'Search tools' }), 'mix')
    await waitFor(() => expect(toolNames()).toEqual(['Mixpanel']))
    expect(screen.getByText('1 of 9 tools')).toBeTruthy()

    await user.clear(screen.getByRole('textbox', { name: 'Search tools' }))
    toolsUiActions.setFilter('owner', NO_OWNER)
    await waitFor(() => expect(toolNames()).toEqual(['Dovetail', 'Notion']))

    await user.type(screen.getByRole('textbox', { name: 'Search tools' }), 'figma')
    expect(await screen.findByRole('heading', { name: 'No tool matches these filters' })).toBeTruthy()
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!)
    await waitFor(() => expect(toolNames()).toHaveLength(9))
  })

  it('filters by team and category, whatever their case', async () => {
    await putTools(
      toolRecord({ name: 'Figma', category: 'design', teams: ['Design'] }),
      toolRecord({ name: 'Amplitude', category: 'Analytics', teams: ['growth'] }),
      toolRecord({ name: 'Mixpanel', category: 'analytics', teams: ['Growth', 'Design'] })
    )
    renderWithProviders(<ToolsPage />)
    await screen.findByRole('table', { name: 'Tools' })
    toolsUiActions.setFilter('team', 'Growth')
    await waitFor(() => expect(toolNames()).toEqual(['Amplitude', 'Mixpanel']))
    toolsUiActions.setFilter('category', 'analytics')
    toolsUiActions.setFilter('team', 'design')
    await waitFor(() => expect(toolNames()).toEqual(['Mixpanel']))
  })
})

describe('the renewal timeline', () => {
  it('shows overdue deadlines first, then the next twelve months by month', async () => {
    await putTools(
      toolRecord({ name: 'Late', contractEnd: inDays(5), noticeDays: 30 }),
      toolRecord({ name: 'Soon', contractEnd: inDays(40), noticeDays: 30 }),
      toolRecord({ name: 'Far', contractEnd: inDays(500), noticeDays: 30 })
    )
    const user = userEvent.setup()
    renderWithProviders(<ToolsPage />)
    await user.click(await screen.findByRole('tab', { name: 'Renewals' }))
    const overdue = await screen.findByRole('list', { name: 'Overdue notice deadlines' })
    expect(within(overdue).getByText('Late')).toBeTruthy()
    expect(within(overdue).getByText('25 days overdue')).toBeTruthy()
    const months = screen.getAllByRole('list', { name: /^Notice deadlines in / })
    expect(months.map((list) => list.textContent).join(' ')).toContain('Soon')
    expect(months.map((list) => list.textContent).join(' ')).not.toContain('Far')
    // Overdue comes before the months in reading order.
    expect(overdue.compareDocumentPosition(months[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('teaches how to fill it when no tool has a contract end date', async () => {
    await putTools(toolRecord({ name: 'Undated' }))
    const user = userEvent.setup()
    renderWithProviders(<ToolsPage />)
    await user.click(await screen.findByRole('tab', { name: 'Renewals' }))
    expect(await screen.findByRole('heading', { name: 'No notice deadlines in the next 12 months' })).toBeTruthy()
  })
})

describe('the spend view', () => {
  it('totals the annual spend in the base currency and names the tools it cannot convert', async () => {
    await putTools(
      toolRecord({ name: 'Dollars', amount: 1000, currency: 'USD', category: 'design', teams: ['Design'] }),
      toolRecord({ name: 'Euros', amount: 100, currency: 'EUR', billingCycle: 'monthly', category: 'support', teams: ['Support'] })
    )
    const user = userEvent.setup()
    renderWithProviders(<ToolsPage />)
    await user.click(await screen.findByRole('tab', { name: 'Spend' }))
    const totals = await screen.findByRole('group', { name: 'Spend totals' })
    expect(totals.textContent).toContain('$1,000')
    const leftOut = screen.getByRole('list', { name: 'Tools left out of the totals' })
    expect(leftOut.textContent).toContain('Euros')
    expect(leftOut.textContent).toContain('No exchange rate for EUR')
    expect(within(screen.getByRole('table', { name: 'Spend by category' })).getByText('design')).toBeTruthy()
    expect(within(screen.getByRole('table', { name: 'Spend by team' })).getByText('Design')).toBeTruthy()
  })

  it('counts a foreign currency once its exchange rate is entered', async () => {
    const { saveToolSettings } = await import('../../src/renderer/src/db/tools')
    await saveToolSettings({ exchangeRates: { EUR: 1.5 } })
    await putTools(toolRecord({ name: 'Dollars', amount: 1000 }), toolRecord({ name: 'Euros', amount: 100, currency: 'EUR', billingCycle: 'monthly' }))
    const user = userEvent.setup()
    renderWithProviders(<ToolsPage />)
    await user.click(await screen.findByRole('tab', { name: 'Spend' }))
    const totals = await screen.findByRole('group', { name: 'Spend totals' })
    // 1,000 + 100 × 12 × 1.5
    expect(totals.textContent).toContain('$2,800')
    expect(screen.queryByRole('list', { name: 'Tools left out of the totals' })).toBeNull()
  })

  it('teaches what it counts when nothing is paid for', async () => {
    await putTools(toolRecord({ name: 'Maybe', status: 'evaluating' }))
    const user = userEvent.setup()
    renderWithProviders(<ToolsPage />)
    await user.click(await screen.findByRole('tab', { name: 'Spend' }))
    expect(await screen.findByRole('heading', { name: 'Nothing to add up yet' })).toBeTruthy()
  })
})

describe('the attention lists', () => {
  it('lists tools without an owner, with low utilisation, unverified seats and overlaps', async () => {
    await loadSample()
    const user = userEvent.setup()
    renderWithProviders(<ToolsPage />)
    await user.click(await screen.findByRole('tab', { name: /Attention/ }))
    const noOwner = await screen.findByRole('list', { name: 'Tools without an owner' })
    expect(within(noOwner).getAllByRole('listitem').map((item) => within(item).getByRole('button').textContent)).toEqual(['Dovetail', 'Notion'])
    expect(screen.getByRole('list', { name: 'Tools with low utilisation' }).textContent).toContain('Mixpanel')
    expect(screen.getByRole('list', { name: 'Tools with unverified seat counts' }).textContent).toContain('Last verified 130 days ago')
    const overlap = screen.getByRole('list', { name: 'analytics tools used by Growth' })
    expect(within(overlap).getByText('Amplitude')).toBeTruthy()
    expect(within(overlap).getByText('Mixpanel')).toBeTruthy()
  })

  it('uses the threshold the user sets for low utilisation', async () => {
    await loadSample()
    const user = userEvent.setup()
    renderWithProviders(<ToolsPage />)
    await user.click(await screen.findByRole('tab', { name: /Attention/ }))
    const threshold = await screen.findByRole('textbox', { name: 'Low-utilisation threshold' })
    await user.clear(threshold)
    await user.type(threshold, '70')
    await waitFor(() => expect(screen.getByRole('list', { name: 'Tools with low utilisation' }).textContent).toContain('Notion'))
  })

  it('teaches what each list is for when there is nothing to act on', async () => {
    await putTools(toolRecord({ name: 'Tidy', ownerId: 'someone', seatsPurchased: 10, seatsUsed: 9, seatsVerifiedAt: inDays(-3), teams: ['Growth'] }))
    const user = userEvent.setup()
    renderWithProviders(<ToolsPage />)
    await user.click(await screen.findByRole('tab', { name: 'Attention' }))
    expect(await screen.findByText(/Every tool has an owner/)).toBeTruthy()
    expect(screen.getByText(/No tool is under 60% of its seats/)).toBeTruthy()
    expect(screen.getByText(/Every seat count was checked in the last 90 days/)).toBeTruthy()
    expect(screen.getByText(/No team pays for two active tools of the same category/)).toBeTruthy()
  })

  it('marks seat counts verified today from the list', async () => {
    await putTools(toolRecord({ id: 'stale', name: 'Stale', ownerId: 'someone', seatsPurchased: 5, seatsUsed: 5, seatsVerifiedAt: inDays(-120) }))
    const user = userEvent.setup()
    renderWithProviders(<ToolsPage />)
    await user.click(await screen.findByRole('tab', { name: /Attention/ }))
    await user.click(await screen.findByRole('button', { name: 'Mark seats of Stale verified today' }))
    expect(await screen.findByText(/Every seat count was checked/)).toBeTruthy()
  })
})

describe('the dashboard card of notice deadlines', () => {
  it('lists the next six weeks soonest first, and keeps snoozed and dismissed ones quiet', async () => {
    await putTools(
      toolRecord({ name: 'Later', contractEnd: inDays(60), noticeDays: 30 }),
      toolRecord({ name: 'Sooner', contractEnd: inDays(40), noticeDays: 30 }),
      toolRecord({ name: 'Snoozed', contractEnd: inDays(40), noticeDays: 30, reminder: { snoozedUntil: inDays(3) } }),
      toolRecord({ name: 'Dismissed', contractEnd: inDays(40), noticeDays: 30, reminder: { dismissedFor: inDays(10) } }),
      toolRecord({ name: 'Far', contractEnd: inDays(200), noticeDays: 30 })
    )
    renderWithProviders(<UpcomingDeadlinesCard />)
    const card = await screen.findByRole('region', { name: 'Notice deadlines' })
    await waitFor(() => expect(within(card).getAllByRole('link', { name: /Sooner|Later/ }).map((link) => link.textContent)).toEqual(['Sooner', 'Later']))
    expect(card.textContent).toContain('10 days left to give notice')
    expect(card.textContent).not.toContain('Snoozed')
    expect(card.textContent).not.toContain('Dismissed')
    expect(card.textContent).not.toContain('Far')
  })
})
