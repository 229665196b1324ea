import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { escapeIcalText, foldIcalLine, noticeDeadlinesToIcs } from '@shared/domain/tools'
import { makeTool } from './makeTool'

const options = { today: '2026-01-15', dtstamp: '2026-01-15T09:30:00.000Z' }

const tools = [
  makeTool({
    id: 'jira',
    name: 'Jira',
    vendor: 'Atlassian',
    contractEnd: '2026-03-31',
    noticeDays: 30,
    autoRenew: true,
    pricing: 'per-seat',
    amount: 8.15,
    seatsPurchased: 120,
    billingCycle: 'monthly',
    currency: 'USD'
  }),
  makeTool({
    id: 'odd',
    name: 'Docs, Wiki; and \\ more',
    vendor: 'Acme',
    contractEnd: '2028-03-01',
    noticeDays: 1,
    amount: 1200
  }),
  makeTool({ id: 'no-end', name: 'No end date' }),
  makeTool({ id: 'gone', name: 'Cancelled', status: 'cancelled', contractEnd: '2026-06-30' })
]

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) }
}

describe('notice deadlines as iCalendar', () => {
  const ics = noticeDeadlinesToIcs(tools, options)

  it('parses back with ical.js as a calendar with the required properties', () => {
    const { calendar } = parse(ics)
    expect(calendar.name).toBe('vcalendar')
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Opsdeck//Tool notice deadlines//EN')
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN')
  })

  it('has one all-day event per tool with a deadline, ending the next day', () => {
    const { events } = parse(ics)
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      // 2026-03-31 − 30 days
      ['Notice deadline: Jira (Atlassian)', '2026-03-01', '2026-03-02', true],
      // 2028-03-01 − 1 day, a leap year
      ['Notice deadline: Docs, Wiki; and \\ more (Acme)', '2028-02-29', '2028-03-01', true]
    ])
  })

  it('escapes commas, semicolons and backslashes in text', () => {
    expect(ics).toContain('SUMMARY:Notice deadline: Docs\\, Wiki\\; and \\\\ more (Acme)\r\n')
  })

  it('describes contract end, notice days and annual cost over several lines', () => {
    const { events } = parse(ics)
    // 8.15 × 120 seats × 12 months = 11,736.00
    expect(events[0]?.description).toBe(
      'Contract ends 2026-03-31 and renews automatically unless notice is given by 2026-03-01.\n' +
        'Notice period: 30 days\n' +
        'Annual cost: 11,736.00 USD'
    )
  })

  it('gives each event a stable UID and the given DTSTAMP', () => {
    const { events } = parse(ics)
    expect(events.map((e) => e.uid)).toEqual(['opsdeck-tool-jira-20260301@opsdeck', 'opsdeck-tool-odd-20280229@opsdeck'])
    expect(events[0]?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-01-15T09:30:00Z')
    expect(noticeDeadlinesToIcs(tools, options)).toBe(ics)
  })

  it('sets a display alarm 7 days before', () => {
    const { events } = parse(ics)
    const alarm = events[0]?.component.getFirstSubcomponent('valarm')
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY')
    expect(alarm?.getFirstPropertyValue('trigger')?.toString()).toBe('-P7D')
  })

  it('ends every line with CRLF and keeps lines within 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    const lines = ics.split('\r\n')
    expect(lines.some((l) => l.includes('\n') || l.includes('\r'))).toBe(false)
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(lines.some((l) => l.startsWith(' '))).toBe(true)
  })

  it('rolls an auto-renewing contract to its next term', () => {
    const { events } = parse(noticeDeadlinesToIcs(tools, { ...options, today: '2026-04-01' }))
    // Jira is billed monthly: the term ending 2026-03-31 renews to 2026-04-30; − 30 days = 2026-03-31
    expect(events[0]?.startDate.toString()).toBe('2026-03-31')
    expect(events[0]?.uid).toBe('opsdeck-tool-jira-20260331@opsdeck')
  })

  it('makes an empty but valid calendar when no tool has a deadline', () => {
    const { calendar, events } = parse(noticeDeadlinesToIcs([makeTool()], options))
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(events).toEqual([])
  })
})

describe('iCalendar text', () => {
  it('escapes backslash first, then ; , and newlines', () => {
    expect(escapeIcalText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
  })

  it('folds at 75 octets with a leading space on each continuation', () => {
    const folded = foldIcalLine('X'.repeat(160))
    expect(folded).toBe(`${'X'.repeat(75)}\r\n ${'X'.repeat(74)}\r\n ${'X'.repeat(11)}`)
  })

  it('never splits a multi-byte character', () => {
    // 'é' is 2 octets: 37 of them fill 74 octets, the 38th would make 76
    const folded = foldIcalLine(`S${'é'.repeat(40)}`)
    expect(folded).toBe(`S${'é'.repeat(37)}\r\n ${'é'.repeat(3)}`)
  })

  it('parses folded non-ASCII text back whole', () => {
    const tool = makeTool({ name: `Überwachung ${'ü'.repeat(60)}`, vendor: 'Zoë', contractEnd: '2026-06-30', noticeDays: 30 })
    const { events } = parse(noticeDeadlinesToIcs([tool], options))
    expect(events[0]?.summary).toBe(`Notice deadline: Überwachung ${'ü'.repeat(60)} (Zoë)`)
  })
})
