import { describe, expect, it } from 'vitest'
import { db, OpsdeckDatabase } from '../../src/renderer/src/db/db'
import { countReferencesToPerson, listPeople, peopleRepository } from '../../src/renderer/src/db/people'
import { statusCounts } from '../../src/renderer/src/db/feedbackCounts'
import { clock } from '../../src/renderer/src/db/stamp'
import { clearWorkspace, countWorkspace, hasAnyRecords, isWorkspaceEmpty, loadSampleWorkspace } from '../../src/renderer/src/db/workspace'
import { getSetting, setSetting } from '../../src/renderer/src/db/settings'
import { createSampleWorkspace } from '../../src/shared/domain/sample/sampleWorkspace'

describe('the database', () => {
  it('declares every table the product needs', () => {
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      ['counters', 'feedback', 'feedbackHistory', 'importBatches', 'importChanges', 'mappingPresets', 'metricPoints', 'metrics', 'people', 'playbookDrafts', 'playbookImages', 'playbookImports', 'playbookVersions', 'playbooks', 'runs', 'savedViews', 'searchIndex', 'settings', 'themeLinks', 'themes', 'tools'].sort()
    )
  })

  it('keeps feedback dedupe keys unique, so a re-import cannot duplicate a row', async () => {
    const base = { text: 'Export to PDF please', receivedAt: '2026-01-01T00:00:00.000Z', source: 'zendesk', importedTags: [], extra: {}, status: 'new' as const, tags: [], themeIds: [], notes: '' }
    await db.feedback.add({ ...base, id: 'a', dedupeKey: 'zendesk:1', createdAt: '', updatedAt: '' })
    await expect(db.feedback.add({ ...base, id: 'b', dedupeKey: 'zendesk:1', createdAt: '', updatedAt: '' })).rejects.toThrow()
  })

  it('opens again with the same data under the current version', async () => {
    await peopleRepository.create({ name: 'Grace Hopper' })
    db.close()
    const reopened = new OpsdeckDatabase()
    await reopened.open()
    expect(reopened.verno).toBe(db.verno)
    expect((await reopened.people.toArray()).map((person) => person.name)).toEqual(['Grace Hopper'])
    reopened.close()
    await db.open()
  })
})

describe('repositories', () => {
  it('stamps an id and both timestamps on create, and only updatedAt on update', async () => {
    const times = ['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']
    const realNow = clock.now
    clock.now = () => times.shift() ?? 'later'
    try {
      const person = await peopleRepository.create({ name: 'Ada' })
      expect(person.id).toMatch(/^[0-9a-f-]{36}$/)
      expect(person.createdAt).toBe('2026-01-01T00:00:00.000Z')
      await peopleRepository.update(person.id, { role: 'Product manager', createdAt: 'forged' })
      const stored = await peopleRepository.get(person.id)
      expect(stored).toMatchObject({ createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z', role: 'Product manager' })
    } finally {
      clock.now = realNow
    }
  })

  it('refuses to update a record that was deleted meanwhile', async () => {
    await expect(peopleRepository.update('missing', { name: 'x' })).rejects.toThrow(/no longer exists/)
  })

  it('restores a removed record exactly as it was', async () => {
    const person = await peopleRepository.create({ name: 'Linus', email: 'linus@example.com' })
    const removed = await peopleRepository.remove(person.id)
    expect(await peopleRepository.count()).toBe(0)
    await peopleRepository.restore(removed!)
    expect(await peopleRepository.get(person.id)).toEqual(person)
  })

  it('lists people by name and filters by any field', async () => {
    await peopleRepository.create({ name: 'Zoe', team: 'Growth' })
    await peopleRepository.create({ name: 'Amir', email: 'amir@acme.io', team: 'Platform' })
    expect((await listPeople()).map((p) => p.name)).toEqual(['Amir', 'Zoe'])
    expect((await listPeople({ text: 'acme' })).map((p) => p.name)).toEqual(['Amir'])
    expect((await listPeople({ text: 'growth' })).map((p) => p.name)).toEqual(['Zoe'])
  })

  it('reads settings back with defaults for keys never written', async () => {
    expect(await getSetting('baseCurrency')).toBe('USD')
    await setSetting('baseCurrency', 'EUR')
    expect(await getSetting('baseCurrency')).toBe('EUR')
    expect(await getSetting('onboarding')).toBeUndefined()
  })
})

describe('the sample workspace', () => {
  it('loads every kind of record in one go and marks onboarding done', async () => {
    expect(isWorkspaceEmpty(await countWorkspace())).toBe(true)
    expect(await hasAnyRecords()).toBe(false)
    await loadSampleWorkspace(createSampleWorkspace(new Date('2026-11-25T12:00:00Z')))
    const counts = await countWorkspace()
    for (const count of Object.values(counts)) expect(count).toBeGreaterThan(0)
    expect(await hasAnyRecords()).toBe(true)
    expect((await getSetting('onboarding'))?.choice).toBe('sample')
  })

  it('links owners to people that exist', async () => {
    const sample = createSampleWorkspace(new Date('2026-11-25T12:00:00Z'))
    await loadSampleWorkspace(sample)
    const owner = sample.tools.find((tool) => tool.ownerId)?.ownerId
    expect(owner).toBeDefined()
    expect(await peopleRepository.get(owner!)).toBeDefined()
    expect(await countReferencesToPerson(owner!)).toBeGreaterThan(0)
  })

  it('is cleared entirely but keeps settings, and the feedback counts follow', async () => {
    expect(await db.counters.get('feedbackByStatus'), 'a new database starts its counts at zero').toMatchObject({ counts: { new: 0, reviewed: 0, linked: 0, archived: 0 } })
    const sample = createSampleWorkspace(new Date('2026-11-25T12:00:00Z'))
    await loadSampleWorkspace(sample)
    expect(await statusCounts()).toMatchObject({ all: sample.feedback.length, linked: sample.feedback.filter((row) => row.status === 'linked').length })
    await clearWorkspace()
    expect((await statusCounts()).all).toBe(0)
    expect(isWorkspaceEmpty(await countWorkspace())).toBe(true)
    expect(await getSetting('onboarding')).toBeDefined()
  })
})
