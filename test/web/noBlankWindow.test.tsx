import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '../../src/renderer/src/App'
import { db } from '../../src/renderer/src/db/db'
import { loadSampleWorkspace } from '../../src/renderer/src/db/workspace'
import { parsePlaybookJson, playbookToJson } from '../../src/renderer/src/features/playbooks/io/playbookJson'
import { createSampleWorkspace } from '../../src/shared/domain/sample/sampleWorkspace'
import type { Playbook, PlaybookDoc } from '../../src/shared/domain/playbooks/playbook'
import { CardBoundary } from '../../src/renderer/src/ui/CardBoundary'
import { renderWithProviders } from './render'

function Broken(): never {
  throw new Error('the metrics table could not be read')
}

async function sampleWithBrokenPlaybook(): Promise<Playbook> {
  await loadSampleWorkspace(createSampleWorkspace(new Date()))
  const playbook = (await db.playbooks.toCollection().first())!
  // What an import before date validation stored, and what blanked the window at every start.
  await db.playbooks.put({ ...playbook, lastReviewedAt: 'not a date', reviewCadenceDays: 90 })
  return playbook
}

function nested(depth: number): PlaybookDoc {
  let node: { type: string; content?: unknown[] } = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] }
  for (let level = 0; level < depth; level++) node = { type: 'blockquote', content: [node] }
  return { type: 'doc', content: [node] } as unknown as PlaybookDoc
}

describe('playbook JSON import checks', () => {
  const exportOf = (changes: Partial<Playbook>) => {
    const playbook = { ...createSampleWorkspace(new Date('2026-12-01T09:00:00Z')).playbooks[0]!, ...changes }
    return playbookToJson(playbook, [], '2026-12-01T09:00:00.000Z')
  }

  it('refuses a review date that is not a date, naming the file and the field', () => {
    expect(() => parsePlaybookJson(exportOf({ lastReviewedAt: 'not a date' }), 'launch.json')).toThrow('launch.json: playbook.lastReviewedAt: "not a date" is not a date.')
  })

  it('refuses a next review day that does not exist', () => {
    expect(() => parsePlaybookJson(exportOf({ nextReviewAt: '2026-02-31' }), 'launch.json')).toThrow(/playbook\.nextReviewAt: "2026-02-31" is not a date/)
  })

  it('refuses unreadable creation times', () => {
    expect(() => parsePlaybookJson(exportOf({ createdAt: 'yesterday' }), 'launch.json')).toThrow(/playbook\.createdAt/)
  })

  it('accepts the dates the app writes, timestamps and calendar days', () => {
    const json = exportOf({ lastReviewedAt: '2026-11-02T14:05:00.000Z', nextReviewAt: '2027-01-31', createdAt: '2026-01-01' })
    expect(parsePlaybookJson(json, 'launch.json').playbook.nextReviewAt).toBe('2027-01-31')
  })

  it('refuses a document nested deeper than any playbook, without overflowing', () => {
    expect(() => parsePlaybookJson(exportOf({ content: nested(500) }), 'deep.json')).toThrow('deep.json: the document is nested more than 40 levels deep')
    expect(parsePlaybookJson(exportOf({ content: nested(10) }), 'ok.json').playbook.title).toBeTruthy()
  })
})

describe('one bad record costs one card, never the window', () => {
  it('shows the dashboard with the broken playbook named in its card', async () => {
    const broken = await sampleWithBrokenPlaybook()
    renderWithProviders(<App />)
    expect(await screen.findByRole('heading', { name: 'Dashboard', level: 1 })).toBeTruthy()
    const card = await screen.findByRole('region', { name: 'Playbooks' })
    expect(await within(card).findByText(/Review dates unreadable: "not a date" is not a date/)).toBeTruthy()
    expect(within(card).getByRole('link', { name: broken.title })).toBeTruthy()
    expect(screen.getByRole('region', { name: 'Notice deadlines' })).toBeTruthy()
  })

  it('shows what failed on the Playbooks page, with Reload and Export, and the rest of the app still works', async () => {
    await sampleWithBrokenPlaybook()
    window.location.hash = '#/playbooks'
    renderWithProviders(<App />)
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'Playbooks could not be shown' })).toBeTruthy()
    expect(within(alert).getByText('"not a date" is not a date')).toBeTruthy()
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeTruthy()
    expect(within(alert).getByRole('button', { name: 'Export workspace' })).toBeTruthy()
    window.location.hash = '#/tools'
    expect(await screen.findByRole('heading', { name: 'Tools', level: 1 })).toBeTruthy()
  })
})

describe('card boundaries', () => {
  it('replaces only the card that failed, saying why', async () => {
    renderWithProviders(
      <>
        <CardBoundary title="Metrics">
          <Broken />
        </CardBoundary>
        <CardBoundary title="Tools">
          <section aria-label="Tools">Renewals next week</section>
        </CardBoundary>
      </>
    )
    expect(within(await screen.findByRole('region', { name: 'Metrics' })).getByText('This card could not be shown: the metrics table could not be read')).toBeTruthy()
    expect(screen.getByRole('region', { name: 'Tools' }).textContent).toBe('Renewals next week')
  })
})
