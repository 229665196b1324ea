import { describe, expect, it } from 'vitest'
import type { DocNode } from '../../../src/shared/domain/playbooks'
import { docBuilder, dueOffsetFromLabel, extractSteps } from '../../../src/shared/domain/playbooks'

const { bold, br, doc, h2, h3, p, quote, tasks } = docBuilder
const task = (text: string, ...children: DocNode[]): DocNode => ({ type: 'taskItem', attrs: { checked: false }, content: [p(text), ...children] })

describe('extracting the steps of a playbook', () => {
  const playbook = doc(
    p('Intro without steps'),
    tasks(['Before any heading']),
    h2('Prepare'),
    tasks([['Write the ', bold('brief')], 'Book the room']),
    h3('Legal'),
    { type: 'taskList', content: [task('Check the terms', { type: 'taskList', content: [task('Ask about renewal')] })] },
    h2('Launch'),
    quote(tasks(['Announce'])),
    tasks([['Two', br(), 'lines'], ''])
  )

  it('takes every task item in document order, nested ones too, with the nearest heading above as its section', () => {
    expect(extractSteps(playbook).map(({ text, section }) => ({ text, section }))).toEqual([
      { text: 'Before any heading', section: undefined },
      { text: 'Write the brief', section: 'Prepare' },
      { text: 'Book the room', section: 'Prepare' },
      { text: 'Check the terms', section: 'Legal' },
      { text: 'Ask about renewal', section: 'Legal' },
      { text: 'Announce', section: 'Launch' },
      { text: 'Two lines', section: 'Launch' }
    ])
  })

  it('gives steps ids that are the same every time and survive reordering', () => {
    const first = extractSteps(doc(h2('A'), tasks(['One', 'Two'])))
    const again = extractSteps(doc(h2('A'), tasks(['One', 'Two'])))
    const reordered = extractSteps(doc(h2('A'), tasks(['Two', 'One'])))
    expect(again.map((step) => step.id)).toEqual(first.map((step) => step.id))
    expect(reordered.map((step) => step.id)).toEqual([first[1]?.id, first[0]?.id])
    expect(first[0]?.id).toMatch(/^step-[0-9a-z]+$/)
  })

  it('tells identical steps apart, and the same step in another section', () => {
    const [a, b, c] = extractSteps(doc(h2('A'), tasks(['Check', 'Check']), h2('B'), tasks(['Check'])))
    expect(b?.id).toBe(`${a?.id}-2`)
    expect(new Set([a?.id, b?.id, c?.id]).size).toBe(3)
  })

  it('starts every step open', () => {
    expect(extractSteps(doc(tasks(['Already ticked in the document'], true)))[0]?.done).toBe(false)
  })

  it('reads deadlines from "Days 1–30" sections and "(by day 14)" at the end of a step', () => {
    const onboarding = doc(h2('Days 1–30: Learn'), tasks(['Meet the team', 'Shadow five calls (by day 14)']), h2('Week 2'), tasks(['Ship something']), h2('Later'), tasks(['Reflect']))
    expect(extractSteps(onboarding).map((step) => step.dueOffsetDays)).toEqual([29, 13, 13, undefined])
  })
})

describe('reading a deadline from a label', () => {
  it.each([
    ['Days 1–30', 29],
    ['Days 31-60: Contribute', 59],
    ['Day 1', 0],
    ['By day 60', 59],
    ['First 30 days', 29],
    ['Week 1: Look back', 6],
    ['Weeks 3 to 4', 27],
    ['Within 2 weeks', 13],
    ['Launch day', undefined],
    ['Six weeks out', undefined]
  ])('reads "%s" as %s days after the start', (label, days) => {
    expect(dueOffsetFromLabel(label)).toBe(days)
  })
})
