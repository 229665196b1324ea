import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../src/renderer/src/db/db'
import { toolsRepository } from '../../src/renderer/src/db/tools'
import { ReminderActions } from '../../src/renderer/src/features/tools/ReminderActions'
import { ToolFigures } from '../../src/renderer/src/features/tools/ToolFigures'
import { ToolForm } from '../../src/renderer/src/features/tools/ToolForm'
import { inventoryRow } from '../../src/renderer/src/features/tools/inventoryRows'
import { checkToolDraft, draftFromTool, emptyToolDraft, toolChanges } from '../../src/renderer/src/features/tools/toolDraft'
import { toolReminder } from '../../src/shared/domain/tools/reminder'
import { FIXED_DAY, useFixedClock } from './fixedClock'
import { inDays, putTools, stubDocumentFonts, today, toolRecord } from './toolsFixtures'
import { renderWithProviders } from './render'

beforeAll(stubDocumentFonts)
useFixedClock()

describe('checking a tool before it is saved', () => {
  it('names each field that is wrong, in words next to it', () => {
    const check = checkToolDraft({
      ...emptyToolDraft(),
      name: '  ',
      currency: 'EURO',
      contractEnd: '2026-02-30',
      seatsUsed: 2.5
    })
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.errors.name).toBe('A tool needs a name')
    expect(check.errors.currency).toBe('Must be a three-letter ISO 4217 code such as EUR or USD')
    expect(check.errors.contractEnd).toBe('"2026-02-30" is not a date (YYYY-MM-DD)')
    expect(check.errors.seatsUsed).toBe('Must be a whole number')
  })

  it('asks for the length of a multi-year term', () => {
    const check = checkToolDraft({ ...emptyToolDraft(), name: 'Optimizely', billingCycle: 'multi-year' })
    expect(check.ok ? undefined : check.errors.cycleMonths).toBe('A multi-year contract needs its length in months (e.g. 36)')
  })

  it('says when a contract ends before it starts', () => {
    const check = checkToolDraft({ ...emptyToolDraft(), name: 'Figma', contractStart: '2026-05-01', contractEnd: '2026-04-30' })
    expect(check.ok ? undefined : check.errors.contractEnd).toBe('The contract ends (2026-04-30) before it starts (2026-05-01)')
  })

  it('trims and normalises what it keeps, and drops empty optional fields', () => {
    const check = checkToolDraft({ ...emptyToolDraft(), name: ' Figma ', currency: 'eur', teams: [' Design ', ''], statusReason: ' ', contractEnd: '', cycleMonths: 24 })
    expect(check).toEqual({ ok: true, fields: expect.objectContaining({ name: 'Figma', currency: 'EUR', teams: ['Design'] }) })
    if (!check.ok) return
    expect(check.fields.statusReason).toBeUndefined()
    expect(check.fields.contractEnd).toBeUndefined()
    // The term length only counts for a multi-year contract.
    expect(check.fields.cycleMonths).toBeUndefined()
  })

  it('clears optional fields the user emptied when it saves an edit', async () => {
    await putTools(toolRecord({ id: 'figma', name: 'Figma', ownerId: 'someone', noticeDays: 30, contractEnd: '2027-01-31' }))
    const tool = (await toolsRepository.get('figma'))!
    const check = checkToolDraft({ ...draftFromTool(tool), ownerId: undefined, noticeDays: undefined, contractEnd: '' })
    if (!check.ok) throw new Error('expected a valid draft')
    await toolsRepository.update('figma', toolChanges(check.fields))
    const saved = await toolsRepository.get('figma')
    expect(saved?.ownerId).toBeUndefined()
    expect(saved?.noticeDays).toBeUndefined()
    expect(saved?.contractEnd).toBeUndefined()
  })
})

describe('the tool form', () => {
  it('adds a tool with every field it was given', async () => {
    const user = userEvent.setup()
    // Pasting sets a whole value in one change; typing re-renders the long form once per key.
    const fill = async (role: 'textbox' | 'combobox', name: string, text: string) => {
      await user.click(screen.getByRole(role, { name }))
      await user.paste(text)
    }
    renderWithProviders(<ToolForm initialDraft={emptyToolDraft('EUR')} />)
    await fill('textbox', 'Name', 'Linear')
    await fill('textbox', 'Vendor', 'Linear Orbit')
    // A pasted team becomes a tag at once.
    await fill('combobox', 'Teams', 'Platform')
    await fill('combobox', 'Teams', 'Growth')
    await fill('textbox', 'Seats purchased', '20')
    await fill('textbox', 'Seats used', '12')
    await user.click(screen.getByRole('button', { name: 'Verified today' }))
    await fill('textbox', 'Status reason', 'Replaced Jira for Platform')
    await fill('textbox', 'Notes', 'Ask for the startup discount')
    await user.click(screen.getByRole('switch', { name: 'Sign-in through single sign-on (SSO)' }))
    await user.click(screen.getByRole('button', { name: 'Add tool' }))
    await waitFor(async () => expect(await db.tools.count()).toBe(1))
    const [tool] = await db.tools.toArray()
    expect(tool).toMatchObject({
      name: 'Linear',
      vendor: 'Linear Orbit',
      currency: 'EUR',
      teams: ['Platform', 'Growth'],
      seatsPurchased: 20,
      seatsUsed: 12,
      seatsVerifiedAt: today(),
      statusReason: 'Replaced Jira for Platform',
      notes: 'Ask for the startup discount',
      sso: true
    })
  }, 15_000)

  it('shows what is wrong next to the field and saves nothing', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ToolForm initialDraft={emptyToolDraft()} />)
    const currency = screen.getByRole('textbox', { name: 'Currency' })
    await user.clear(currency)
    await user.type(currency, 'EU')
    await user.click(screen.getByRole('button', { name: 'Add tool' }))
    expect(await screen.findByText('A tool needs a name')).toBeTruthy()
    expect(screen.getByText('Must be a three-letter ISO 4217 code such as EUR or USD')).toBeTruthy()
    expect(currency.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByRole('status').textContent).toContain('Fix the fields marked in red')
    expect(await db.tools.count()).toBe(0)
  })

  it('edits an existing tool and offers to discard unsaved changes', async () => {
    await putTools(toolRecord({ id: 'figma', name: 'Figma', vendor: 'Figma' }))
    const tool = (await toolsRepository.get('figma'))!
    const user = userEvent.setup()
    renderWithProviders(<ToolForm tool={tool} />)
    expect((screen.getByRole('button', { name: 'Save changes' }) as HTMLButtonElement).disabled).toBe(true)
    await user.click(screen.getByRole('textbox', { name: 'Vendor' }))
    await user.paste(' Inc.')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(async () => expect((await toolsRepository.get('figma'))?.vendor).toBe('Figma Inc.'))
  })

  it('offers the other tools of the inventory as integrations, not the tool itself', async () => {
    await putTools(toolRecord({ id: 'slack', name: 'Slack' }), toolRecord({ id: 'jira', name: 'Jira' }))
    const tool = (await toolsRepository.get('jira'))!
    const user = userEvent.setup()
    renderWithProviders(<ToolForm tool={tool} />)
    await user.click(screen.getByRole('combobox', { name: 'Integrations' }))
    expect(await screen.findByRole('option', { name: 'Slack' })).toBeTruthy()
    expect(screen.queryByRole('option', { name: 'Jira' })).toBeNull()
  })
})

describe('a tool in detail', () => {
  const context = { today: FIXED_DAY, baseCurrency: 'USD', rates: { EUR: 1.1 }, windows: [120, 90, 60, 30, 7], peopleNames: new Map<string, string>() }

  it('shows its computed values: annual cost, cost per used seat, unused seats, deadline and days left', () => {
    const tool = toolRecord({ name: 'Figma', pricing: 'per-seat', amount: 50, billingCycle: 'monthly', currency: 'EUR', seatsPurchased: 10, seatsUsed: 8, contractEnd: inDays(40), noticeDays: 30 })
    renderWithProviders(<ToolFigures row={inventoryRow(tool, context)} baseCurrency="USD" />)
    const figures = screen.getByRole('group', { name: 'Computed values' })
    // 50 × 10 seats × 12 months = 6,000 a year; 750 per used seat; 2 idle seats cost 1,200.
    expect(figures.textContent).toContain('€6,000')
    expect(figures.textContent).toContain('≈ $6,600')
    expect(figures.textContent).toContain('€750')
    expect(figures.textContent).toContain('€1,200')
    expect(figures.textContent).toContain('80%')
    expect(figures.textContent).toContain('10 days left')
    expect(figures.textContent).toContain('30-day window')
  })

  it('dismisses the reminder for this deadline only', async () => {
    await putTools(toolRecord({ id: 'notion', name: 'Notion', contractEnd: inDays(17), noticeDays: 7 }))
    const tool = (await toolsRepository.get('notion'))!
    const user = userEvent.setup()
    renderWithProviders(<ReminderActions tool={tool} reminder={toolReminder(tool, today())} today={today()} />)
    await user.click(screen.getByRole('button', { name: 'Dismiss for this deadline' }))
    await waitFor(async () => expect((await toolsRepository.get('notion'))?.reminder).toEqual({ dismissedFor: inDays(10) }))
  })

  it('snoozes for 7 days from the menu', async () => {
    await putTools(toolRecord({ id: 'notion', name: 'Notion', contractEnd: inDays(17), noticeDays: 7 }))
    const tool = (await toolsRepository.get('notion'))!
    const user = userEvent.setup()
    renderWithProviders(<ReminderActions tool={tool} reminder={toolReminder(tool, today())} today={today()} />)
    await user.click(screen.getByRole('button', { name: 'Snooze' }))
    await user.click(await screen.findByRole('menuitem', { name: 'For 7 days' }))
    await waitFor(async () => expect((await toolsRepository.get('notion'))?.reminder).toEqual({ snoozedUntil: inDays(7) }))
  })

  it('turns a snoozed reminder back on', async () => {
    await putTools(toolRecord({ id: 'notion', name: 'Notion', contractEnd: inDays(17), noticeDays: 7, reminder: { snoozedUntil: inDays(5) } }))
    const tool = (await toolsRepository.get('notion'))!
    const user = userEvent.setup()
    renderWithProviders(<ReminderActions tool={tool} reminder={toolReminder(tool, today())} today={today()} />)
    expect(screen.getByText(/Snoozed until/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Remind me again' }))
    await waitFor(async () => expect((await toolsRepository.get('notion'))?.reminder).toBeUndefined())
  })
})
