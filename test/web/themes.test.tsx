import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../src/renderer/src/db/db'
import { loadSampleWorkspace } from '../../src/renderer/src/db/workspace'
import { ThemeDetailPage } from '../../src/renderer/src/features/feedback/themes/ThemeDetailPage'
import { ThemeForm } from '../../src/renderer/src/features/feedback/themes/ThemeForm'
import { ThemesPage } from '../../src/renderer/src/features/feedback/themes/ThemesPage'
import { themesUiActions } from '../../src/renderer/src/features/feedback/themes/themesUiStore'
import { createSampleWorkspace } from '../../src/shared/domain/sample/sampleWorkspace'
import { withDocumentFonts } from './inboxTestKit'
import { renderWithProviders } from './render'

withDocumentFonts()

beforeEach(async () => {
  themesUiActions.reset()
  await loadSampleWorkspace(createSampleWorkspace(new Date()))
})

const rankingRows = () => within(screen.getByRole('table', { name: 'Theme ranking' })).getAllByRole('row').slice(1)

describe('the themes page', { timeout: 30_000 }, () => {
  it('ranks the sample themes by RICE, best first, and opens a score breakdown with its formula and numbers', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ThemesPage />)
    await screen.findByRole('table', { name: 'Theme ranking' })
    expect(rankingRows()[0]?.textContent).toContain('Bulk edit in tables')
    // Bulk edit: 2 customers, one critical (3) and one important (2): 2 × 2.5 × 0.9 ÷ 4 = 1.125
    await user.click(screen.getByRole('button', { name: /^Score of Bulk edit in tables: 1\.13\./ }))
    const breakdown = screen.getByRole('region', { name: 'RICE score of Bulk edit in tables breakdown' })
    expect(breakdown.textContent).toContain('Reach × Impact × Confidence ÷ Effort')
    expect(breakdown.textContent).toContain('2 × 2.5 × 0.9 ÷ 4 = 1.13')
  })

  it('re-ranks when the method or a weight changes', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ThemesPage />)
    await screen.findByRole('table', { name: 'Theme ranking' })
    await user.click(screen.getByRole('radio', { name: 'Revenue-weighted' }))
    // Bulk edit: Keystone Health 2,600 × 3 + Fernwood Bank 12,500 × 2 = 32,800
    await waitFor(() => expect(rankingRows()[0]?.textContent).toContain('Bulk edit in tables'))
    expect(screen.getByRole('button', { name: /^Score of Bulk edit in tables: 32,800\./ })).toBeTruthy()
    const important = screen.getByRole('textbox', { name: 'Important weight' })
    await user.clear(important)
    await user.type(important, '0')
    // Now only critical links weigh: SSO's Northwind (4,200 × 3) passes Bulk edit's Keystone (2,600 × 3).
    await waitFor(() => expect(rankingRows()[0]?.textContent).toContain('SAML single sign-on'))
  })

  it('charts volume and value against effort, and teaches when there is no theme', async () => {
    renderWithProviders(<ThemesPage />)
    expect(await screen.findByRole('figure', { name: 'Feedback volume per theme by month' })).toBeTruthy()
    expect(screen.getByRole('figure', { name: 'Value against effort per theme' })).toBeTruthy()
  })

  it('shows the teaching empty state without themes', async () => {
    await db.themes.clear()
    await db.themeLinks.clear()
    renderWithProviders(<ThemesPage />)
    expect(await screen.findByRole('heading', { name: 'Group feedback into themes' })).toBeTruthy()
  })
})

describe('a theme', { timeout: 30_000 }, () => {
  it('shows its live numbers, both breakdowns and its linked feedback with importances', async () => {
    renderWithProviders(<ThemeDetailPage themeId="sample-theme-export" />)
    expect(await screen.findByRole('heading', { name: 'Scheduled exports to CSV and PDF', level: 1 })).toBeTruthy()
    expect(within(screen.getByRole('group', { name: 'Unique companies' })).getByText('2')).toBeTruthy()
    expect(within(screen.getByRole('group', { name: 'Revenue (MRR)' })).getByText('$6,800')).toBeTruthy()
    expect(screen.getByRole('region', { name: 'RICE score breakdown' }).textContent).toContain('2 × 1.5 × 0.7 ÷ 3 = 0.7')
    expect(screen.getByRole('region', { name: 'Revenue-weighted score breakdown' }).textContent).toContain('2,600 × 2 + 4,200 × 1 = 9,400')
    expect(screen.getByRole('table', { name: 'Feedback linked to Scheduled exports to CSV and PDF' })).toBeTruthy()
  })

  it('is created from the form with what scoring needs', async () => {
    const user = userEvent.setup()
    let saved: string | undefined
    renderWithProviders(<ThemeForm onDone={(theme) => (saved = theme?.name)} />)
    await user.click(screen.getByRole('button', { name: 'Create theme' }))
    expect(await screen.findByText('Give the theme a name')).toBeTruthy()
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Audit log')
    await user.type(screen.getByRole('textbox', { name: 'Effort (person-weeks)' }), '3')
    await user.type(screen.getByRole('textbox', { name: 'Confidence (%)' }), '60')
    await user.click(screen.getByRole('button', { name: 'Create theme' }))
    await waitFor(() => expect(saved).toBe('Audit log'))
    const theme = (await db.themes.toArray()).find((candidate) => candidate.name === 'Audit log')
    expect(theme).toMatchObject({ effort: 3, confidence: 0.6, status: 'idea' })
  })
})
