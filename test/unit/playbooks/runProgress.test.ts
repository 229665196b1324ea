import { describe, expect, it } from 'vitest'
import type { Run, RunStep } from '../../../src/shared/domain/playbooks'
import { docBuilder, effectiveStatus, overdueSteps, progress, setBlocked, startRun, stepDueDay, toggleStep } from '../../../src/shared/domain/playbooks'

const { doc, h2, tasks } = docBuilder

const step = (id: string, extra: Partial<RunStep> = {}): RunStep => ({ id, text: `Step ${id}`, done: false, ...extra })
const makeRun = (extra: Partial<Run> = {}): Run => ({
  id: 'run1',
  createdAt: '2026-03-01T12:00:00.000Z',
  updatedAt: '2026-03-01T12:00:00.000Z',
  playbookId: 'pb1',
  title: 'Launch of exports',
  status: 'active',
  kind: 'checklist',
  steps: [step('a'), step('b'), step('c')],
  ...extra
})

describe('run progress', () => {
  it('counts done steps out of all steps', () => {
    expect(progress(makeRun({ steps: [step('a', { done: true }), step('b'), step('c'), step('d')] }))).toEqual({ done: 1, total: 4, ratio: 0.25 })
  })

  it('treats a run without steps as complete only once it is done', () => {
    expect(progress(makeRun({ steps: [] }))).toEqual({ done: 0, total: 0, ratio: 0 })
    expect(progress(makeRun({ steps: [], status: 'done' }))).toEqual({ done: 0, total: 0, ratio: 1 })
  })
})

describe('overdue rules', () => {
  it('is overdue the day after its due day, not on it', () => {
    const run = makeRun({ dueAt: '2026-03-10' })
    expect(effectiveStatus(run, '2026-03-09')).toBe('active')
    expect(effectiveStatus(run, '2026-03-10')).toBe('active')
    expect(effectiveStatus(run, '2026-03-11')).toBe('overdue')
  })

  it('counts a step\'s offset from the day the run started', () => {
    const run = makeRun({ steps: [step('a', { dueOffsetDays: 3 }), step('b')] })
    expect(stepDueDay(run, run.steps[0] as RunStep)).toBe('2026-03-04')
    expect(stepDueDay(run, run.steps[1] as RunStep)).toBeUndefined()
    expect(effectiveStatus(run, '2026-03-04')).toBe('active')
    expect(effectiveStatus(run, '2026-03-05')).toBe('overdue')
    expect(overdueSteps(run, '2026-03-05').map((late) => late.id)).toEqual(['a'])
  })

  it('is no longer overdue once the late step is done', () => {
    const run = makeRun({ steps: [step('a', { dueOffsetDays: 3, done: true }), step('b')] })
    expect(effectiveStatus(run, '2026-04-01')).toBe('active')
  })

  it('reads a due timestamp by its calendar day', () => {
    expect(effectiveStatus(makeRun({ dueAt: '2026-03-10T12:00:00.000Z' }), '2026-03-10')).toBe('active')
  })

  it('says done for a done run and blocked for a blocked one, however late', () => {
    expect(effectiveStatus(makeRun({ status: 'done', dueAt: '2026-03-02' }), '2026-06-01')).toBe('done')
    expect(effectiveStatus(makeRun({ status: 'blocked', dueAt: '2026-03-02' }), '2026-06-01')).toBe('blocked')
  })
})

describe('checking steps off', () => {
  const at = '2026-03-02T08:00:00.000Z'

  it('records who and when, and returns a new run without touching the old one', () => {
    const run = makeRun()
    const next = toggleStep(run, 'b', { by: 'p1', at, note: 'Signed by legal' })
    expect(next.steps[1]).toEqual({ id: 'b', text: 'Step b', done: true, doneAt: at, doneBy: 'p1', note: 'Signed by legal' })
    expect(run.steps[1]).toEqual(step('b'))
    expect(next.steps[0]).toBe(run.steps[0])
    expect(next.status).toBe('active')
  })

  it('completes the run when the last open step is checked', () => {
    let run = makeRun({ status: 'blocked', blockedReason: 'Waiting for legal' })
    run = toggleStep(run, 'a', { by: 'p1', at })
    run = toggleStep(run, 'b', { by: 'p1', at })
    expect(run.status).toBe('blocked')
    run = toggleStep(run, 'c', { by: 'p2', at: '2026-03-03T09:00:00.000Z' })
    expect(run.status).toBe('done')
    expect(run.completedAt).toBe('2026-03-03T09:00:00.000Z')
    expect(run.blockedReason).toBeUndefined()
  })

  it('reopens a done run when a step is unchecked, and forgets who checked it', () => {
    const done = makeRun({ status: 'done', completedAt: at, steps: [step('a', { done: true, doneAt: at, doneBy: 'p1' })] })
    const reopened = toggleStep(done, 'a', { by: 'p2', at: '2026-03-04T10:00:00.000Z' })
    expect(reopened.status).toBe('active')
    expect(reopened.completedAt).toBeUndefined()
    expect(reopened.steps[0]).toEqual(step('a'))
  })

  it('sets a state instead of flipping it when told to, so a second click changes nothing', () => {
    const once = toggleStep(makeRun(), 'a', { by: 'p1', at, done: true })
    const twice = toggleStep(once, 'a', { by: 'p2', at: '2026-03-05T10:00:00.000Z', done: true })
    expect(twice.steps[0]).toEqual({ id: 'a', text: 'Step a', done: true, doneAt: at, doneBy: 'p1' })
  })

  it('clears a note with an empty string', () => {
    const noted = toggleStep(makeRun(), 'a', { at, note: 'first' })
    expect(toggleStep(noted, 'a', { at, done: true, note: '' }).steps[0]?.note).toBeUndefined()
  })

  it('names the run and the step when the step does not exist', () => {
    expect(() => toggleStep(makeRun(), 'zzz', { at })).toThrow('The run "Launch of exports" has no step with id "zzz".')
  })

  it('blocks with a reason and unblocks, but leaves a done run alone', () => {
    const blocked = setBlocked(makeRun(), 'Waiting for legal')
    expect(blocked).toMatchObject({ status: 'blocked', blockedReason: 'Waiting for legal' })
    const unblocked = setBlocked(blocked, undefined)
    expect(unblocked.status).toBe('active')
    expect(unblocked.blockedReason).toBeUndefined()
    const done = makeRun({ status: 'done' })
    expect(setBlocked(done, 'late')).toBe(done)
  })
})

describe('starting a run', () => {
  const playbook = { id: 'pb1', title: 'Onboarding', category: 'training' as const, content: doc(h2('Days 1–30'), tasks(['Draft edit'])) }
  const version = { number: 4, content: doc(h2('Days 1–30'), tasks(['Meet the team', 'Read the strategy'])) }

  it('copies the steps of the published version it starts from', () => {
    const run = startRun(playbook, version, { assigneeId: 'p7', dueAt: '2026-04-30' })
    expect(run).toMatchObject({ playbookId: 'pb1', playbookVersion: 4, title: 'Onboarding', status: 'active', kind: 'training', assigneeId: 'p7', dueAt: '2026-04-30' })
    expect(run.steps.map((s) => [s.text, s.section, s.dueOffsetDays, s.done])).toEqual([
      ['Meet the team', 'Days 1–30', 29, false],
      ['Read the strategy', 'Days 1–30', 29, false]
    ])
  })

  it('keeps its frozen copy when the version it came from is edited later', () => {
    const content = doc(tasks(['Original step']))
    const run = startRun(playbook, { number: 1, content })
    const item = content.content[0]?.content?.[0]?.content?.[0]?.content?.[0]
    if (item) item.text = 'Edited step'
    expect(run.steps[0]?.text).toBe('Original step')
  })

  it('starts from the draft when no version is given, and takes per-step deadlines from the person starting it', () => {
    const draft = startRun(playbook, undefined, { title: '  ', kind: 'checklist' })
    expect(draft.playbookVersion).toBeUndefined()
    expect(draft.title).toBe('Onboarding')
    expect(draft.kind).toBe('checklist')
    const id = draft.steps[0]?.id ?? ''
    expect(startRun(playbook, undefined, { dueOffsets: { [id]: 2 } }).steps[0]?.dueOffsetDays).toBe(2)
    expect(startRun(playbook, undefined, { dueOffsets: { [id]: undefined } }).steps[0]?.dueOffsetDays).toBeUndefined()
  })
})
