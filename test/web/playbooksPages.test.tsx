import './playbooksEnv'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { emptyRaci, type Playbook, type PlaybookDoc } from '../../src/shared/domain/playbooks/playbook'
import { calendarDay } from '../../src/shared/domain/playbooks/calendarDay'
import { peopleRepository } from '../../src/renderer/src/db/people'
import { assignTraining, checkRunStep, createPlaybook, getPlaybook, getRun, publishPlaybook, startPlaybookRun } from '../../src/renderer/src/db/playbooks'
import { PlaybooksPage } from '../../src/renderer/src/features/playbooks'
import { usePlaybooksUi } from '../../src/renderer/src/features/playbooks/playbooksUiStore'
import { useFixedClock } from './fixedClock'
import { renderWithProviders } from './render'

const doc = (...items: string[]): PlaybookDoc => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Every Monday' }] },
    { type: 'taskList', content: items.map((item) => ({ type: 'taskItem', attrs: { checked: false }, content: [{ type: 'paragraph', content: [{ type: 'text', text: item }] }] })) }
  ]
})

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString()
}

async function playbook(fields: Partial<Playbook> & { title: string }): Promise<Playbook> {
  return createPlaybook({ summary: '', category: 'process', tags: [], raci: emptyRaci(), status: 'published', content: doc('Read every item'), revision: 1, isTemplate: false, ...fields })
}

useFixedClock()

beforeEach(() => {
  usePlaybooksUi.getState().reset()
})

describe('the playbook library', () => {
  it('teaches what playbooks are for and offers templates and import when there are none', async () => {
    renderWithProviders(<PlaybooksPage />)
    expect(await screen.findByRole('heading', { name: 'Write down how your team works' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'New playbook' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Import…' })).toBeTruthy()
  })

  it('searches the text of playbooks and filters by category and owner', async () => {
    const maya = await peopleRepository.create({ name: 'Maya Chen' })
    await playbook({ title: 'Feedback triage', ownerId: maya.id, content: doc('Tag each item with its theme') })
    await playbook({ title: 'New PM onboarding', category: 'training' })
    await playbook({ title: 'Launch checklist', tags: ['launch'] })
    const user = userEvent.setup()
    renderWithProviders(<PlaybooksPage />)
    const table = await screen.findByRole('table', { name: 'Playbooks' })
    expect(within(table).getAllByRole('link')).toHaveLength(3)

    await user.type(screen.getByRole('textbox', { name: 'Search playbooks' }), 'theme')
    await waitFor(() => expect(within(table).getAllByRole('link').map((link) => link.textContent)).toEqual(['Feedback triage']))

    usePlaybooksUi.getState().setFilter({ text: '', category: 'training' })
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Playbooks' })).getAllByRole('link').map((link) => link.textContent)).toEqual(['New PM onboarding']))

    usePlaybooksUi.getState().setFilter({ category: null, owner: 'none', sort: 'title' })
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Playbooks' })).getAllByRole('link').map((link) => link.textContent)).toEqual(['Launch checklist', 'New PM onboarding']))
  })

  it('badges playbooks whose review is due, gone stale, or that nobody owns', async () => {
    const maya = await peopleRepository.create({ name: 'Maya Chen' })
    await playbook({ title: 'Stale one', ownerId: maya.id, reviewCadenceDays: 30, lastReviewedAt: daysAgo(45) })
    await playbook({ title: 'Orphan' })
    renderWithProviders(<PlaybooksPage />)
    const stale = await screen.findByRole('row', { name: /Stale one/ })
    expect(within(stale).getByText('Stale')).toBeTruthy()
    expect(within(screen.getByRole('row', { name: /Orphan/ })).getByText('No owner')).toBeTruthy()
  })

  it('lists what is due, stale and unowned on the review tab, and records who reviewed', async () => {
    const maya = await peopleRepository.create({ name: 'Maya Chen' })
    const due = await playbook({ title: 'Due soon', ownerId: maya.id, reviewCadenceDays: 30, lastReviewedAt: daysAgo(25) })
    await playbook({ title: 'Long forgotten', ownerId: maya.id, reviewCadenceDays: 30, lastReviewedAt: daysAgo(90) })
    await playbook({ title: 'Nobody owns me' })
    await playbook({ title: 'Archived and ignored', status: 'archived' })
    usePlaybooksUi.getState().setTab('review')
    const user = userEvent.setup()
    renderWithProviders(<PlaybooksPage />)

    const dueTable = await screen.findByRole('table', { name: 'Due for review' })
    expect(within(dueTable).getByRole('link', { name: 'Due soon' })).toBeTruthy()
    expect(within(screen.getByRole('table', { name: 'Stale' })).getByRole('link', { name: 'Long forgotten' })).toBeTruthy()
    expect(within(screen.getByRole('table', { name: 'No owner' })).getAllByRole('link').map((link) => link.textContent)).toEqual(['Nobody owns me'])
    expect(screen.queryByText('Archived and ignored')).toBeNull()

    await user.click(within(dueTable).getByRole('button', { name: 'Mark reviewed: Due soon' }))
    await user.click(await screen.findByRole('button', { name: 'Confirm review' }))
    await waitFor(async () => expect((await getPlaybook(due.id))?.lastReviewedBy).toBe(maya.id))
    const reviewed = await getPlaybook(due.id)
    expect(calendarDay(reviewed?.lastReviewedAt ?? '')).toBe('2026-06-15')
    expect(reviewed?.nextReviewAt).toBe('2026-07-15')
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Due for review' })).toBeNull())
  })

  it('shows every active run with its progress on the runs tab', async () => {
    const triage = await playbook({ title: 'Feedback triage', content: doc('Import', 'Read', 'Tag') })
    await publishPlaybook(triage.id, { message: 'First', bump: 'major' })
    await startPlaybookRun(triage.id, { from: 'published', title: 'Triage, week 9' })
    usePlaybooksUi.getState().setTab('runs')
    renderWithProviders(<PlaybooksPage />)
    const row = await screen.findByRole('row', { name: /Triage, week 9/ })
    expect(within(row).getByRole('progressbar', { name: 'Progress of Triage, week 9' }).getAttribute('aria-valuetext')).toBe('0 of 3 steps done')
    expect(within(row).getByText('Active')).toBeTruthy()
  })
})

describe('a run page', () => {
  it('checks steps off with who and when, and shows the progress', async () => {
    const maya = await peopleRepository.create({ name: 'Maya Chen' })
    const triage = await playbook({ title: 'Feedback triage', content: doc('Import', 'Read') })
    const run = await startPlaybookRun(triage.id, { from: 'draft', title: 'Triage, week 10', assigneeId: maya.id })
    window.location.hash = `#/playbooks/run/${run.id}`
    const user = userEvent.setup()
    renderWithProviders(<PlaybooksPage />)
    expect(await screen.findByRole('heading', { name: 'Triage, week 10', level: 1 })).toBeTruthy()
    const bar = screen.getByRole('progressbar', { name: 'Progress of Triage, week 10' })
    expect(bar.getAttribute('aria-valuetext')).toBe('0 of 2 steps done')

    await user.click(screen.getByRole('checkbox', { name: 'Import' }))
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Progress of Triage, week 10' }).getAttribute('aria-valuetext')).toBe('1 of 2 steps done'))
    const stored = await getRun(run.id)
    expect(stored?.steps[0]).toMatchObject({ done: true, doneBy: maya.id })
    expect(await screen.findByText(/Done just now by Maya Chen/)).toBeTruthy()

    await user.click(screen.getByRole('checkbox', { name: 'Read' }))
    await waitFor(async () => expect((await getRun(run.id))?.status).toBe('done'))
    expect(await screen.findByText('Done')).toBeTruthy()
  })

  it('keeps a note on a step', async () => {
    const triage = await playbook({ title: 'Feedback triage', content: doc('Import') })
    const run = await startPlaybookRun(triage.id, { from: 'draft', title: 'Triage, week 11' })
    window.location.hash = `#/playbooks/run/${run.id}`
    const user = userEvent.setup()
    renderWithProviders(<PlaybooksPage />)
    await user.click(await screen.findByRole('button', { name: 'Add a note on “Import”' }))
    await user.type(screen.getByRole('textbox', { name: 'Note on “Import”' }), 'Zendesk export was late')
    await user.click(screen.getByRole('button', { name: 'Save note' }))
    await waitFor(async () => expect((await getRun(run.id))?.steps[0]?.note).toBe('Zendesk export was late'))
    expect(await screen.findByText('Zendesk export was late')).toBeTruthy()
  })
})

describe('the template gallery', () => {
  it('previews a built-in template and creates a playbook from it', async () => {
    window.location.hash = '#/playbooks/new'
    const user = userEvent.setup()
    renderWithProviders(<PlaybooksPage />)
    await user.click(await screen.findByRole('radio', { name: /Incident communication/ }))
    const preview = screen.getByRole('region', { name: 'Preview' })
    expect(within(preview).getByRole('heading', { name: 'Incident communication' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Create from template' }))
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/playbooks\/[0-9a-f-]{36}$/))
    const id = window.location.hash.split('/')[2] ?? ''
    const created = await getPlaybook(id)
    expect(created).toMatchObject({ title: 'Incident communication', status: 'draft', isTemplate: false, templateKey: 'incident-communication', revision: 1 })
  })

  it('offers playbooks saved as templates next to the built-in ones', async () => {
    await playbook({ title: 'Our own retro format', isTemplate: true, status: 'draft' })
    window.location.hash = '#/playbooks/new'
    renderWithProviders(<PlaybooksPage />)
    expect(await screen.findByRole('radio', { name: /Our own retro format/ })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Delete the template “Our own retro format”' })).toBeTruthy()
  })
})

describe('the editor page', () => {
  it('opens a playbook with its title, text and details', async () => {
    const maya = await peopleRepository.create({ name: 'Maya Chen' })
    const triage = await playbook({ title: 'Feedback triage', summary: 'Keep the inbox at zero', ownerId: maya.id, content: doc('Import', 'Read') })
    window.location.hash = `#/playbooks/${triage.id}`
    renderWithProviders(<PlaybooksPage />)
    expect(((await screen.findByRole('textbox', { name: 'Title' })) as HTMLInputElement).value).toBe('Feedback triage')
    expect((screen.getByRole('textbox', { name: 'Summary' }) as HTMLTextAreaElement).value).toBe('Keep the inbox at zero')
    const text = screen.getByRole('textbox', { name: 'Playbook text' })
    await waitFor(() => expect(text.textContent).toContain('Every Monday'))
    expect(screen.getByRole('toolbar', { name: 'Formatting' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Bold' }).getAttribute('title')).toMatch(/^Bold \((Ctrl|⌘)\+B\)$/)
    expect(screen.getByRole('button', { name: 'Checklist (steps of a run)' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Publish' })).toBeTruthy()
  })

  it('saves a title change by itself', async () => {
    const triage = await playbook({ title: 'Feedback triage' })
    window.location.hash = `#/playbooks/${triage.id}`
    renderWithProviders(<PlaybooksPage />)
    const title = await screen.findByRole('textbox', { name: 'Title' })
    fireEvent.change(title, { target: { value: 'Weekly feedback triage' } })
    expect(await screen.findByText('Unsaved changes')).toBeTruthy()
    await waitFor(async () => expect((await getPlaybook(triage.id))?.title).toBe('Weekly feedback triage'), { timeout: 3000 })
    expect(await screen.findByText('Saved')).toBeTruthy()
  })
})

describe('the training tab', () => {
  it('shows who completed which version, and who must acknowledge a new major version', async () => {
    const ada = await peopleRepository.create({ name: 'Ada' })
    const linus = await peopleRepository.create({ name: 'Linus' })
    const onboarding = await playbook({ title: 'New PM onboarding', category: 'training', content: doc('Meet the team') })
    await publishPlaybook(onboarding.id, { message: 'First', bump: 'major' })
    const names = new Map([[ada.id, 'Ada'], [linus.id, 'Linus']])
    const [adaRun] = await assignTraining(onboarding.id, [ada.id], names)
    await checkRunStep(adaRun!.id, adaRun!.steps[0]!.id, { at: new Date().toISOString(), done: true, by: ada.id })
    await assignTraining(onboarding.id, [linus.id], names)
    window.location.hash = `#/playbooks/${onboarding.id}`
    const user = userEvent.setup()
    renderWithProviders(<PlaybooksPage />)
    await user.click(await screen.findByRole('tab', { name: 'Training' }))
    const table = await screen.findByRole('table', { name: 'Who completed which version' })
    expect(within(within(table).getByRole('row', { name: /Ada/ })).getByText('Completed')).toBeTruthy()
    expect(within(within(table).getByRole('row', { name: /Ada/ })).getByText('1.0')).toBeTruthy()
    expect(within(within(table).getByRole('row', { name: /Linus/ })).getByText('In progress')).toBeTruthy()

    await publishPlaybook(onboarding.id, { message: 'New tools', bump: 'major' })
    await waitFor(() => expect(within(within(screen.getByRole('table', { name: 'Who completed which version' })).getByRole('row', { name: /Ada/ })).getByText('Needs the new version')).toBeTruthy())
  })
})
