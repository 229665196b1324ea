import { annualisedCost } from './cost'
import { addDays, type IsoDate } from './isoDate'
import { escapeIcalText, foldIcalLine, icalDate, icalUtcDateTime } from './icalText'
import { trackedDeadline, type NoticeDeadline } from './renewal'
import type { Tool } from './tool'

export interface NoticeCalendarOptions {
  /** The day the deadlines are computed for (auto-renewing contracts roll forward to their next term). */
  today: IsoDate
  /** When the file is made, e.g. `new Date().toISOString()`; passed in so the output is reproducible. */
  dtstamp: string | Date
  prodId?: string
  calendarName?: string
}

const defaultProdId = '-//Opsdeck//Tool notice deadlines//EN'

/** 1234.5 -> '1,234.50': fixed, so the file reads the same whatever the locale. */
function formatAmount(amount: number): string {
  const [whole = '0', cents = '00'] = amount.toFixed(2).split('.')
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`
}

function description(tool: Tool, deadline: NoticeDeadline): string {
  const cost = annualisedCost(tool)
  return [
    deadline.renews
      ? `Contract ends ${deadline.contractEnd} and renews automatically unless notice is given by ${deadline.deadline}.`
      : `Contract ends ${deadline.contractEnd} and does not renew automatically; ${deadline.deadline} is the last day to decide.`,
    `Notice period: ${deadline.noticeDays} days`,
    `Annual cost: ${cost === undefined ? 'unknown' : `${formatAmount(cost)} ${tool.currency}`}`
  ].join('\n')
}

function event(tool: Tool, deadline: NoticeDeadline, dtstamp: string): string[] {
  const summary = `Notice deadline: ${tool.name} (${tool.vendor})`
  return [
    'BEGIN:VEVENT',
    // Stable per tool and deadline: exporting again updates the same event, the next term adds a new one.
    `UID:${escapeIcalText(`opsdeck-tool-${tool.id}-${icalDate(deadline.deadline)}@opsdeck`)}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${icalDate(deadline.deadline)}`,
    `DTEND;VALUE=DATE:${icalDate(addDays(deadline.deadline, 1))}`,
    `SUMMARY:${escapeIcalText(summary)}`,
    `DESCRIPTION:${escapeIcalText(description(tool, deadline))}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeIcalText(`In 7 days: ${summary}`)}`,
    'TRIGGER:-P7D',
    'END:VALARM',
    'END:VEVENT'
  ]
}

/** The notice deadlines of the inventory as an iCalendar (RFC 5545) file: one all-day event per tool with a deadline to track. */
export function noticeDeadlinesToIcs(tools: readonly Tool[], options: NoticeCalendarOptions): string {
  const dtstamp = icalUtcDateTime(options.dtstamp)
  const dated = tools
    .map((tool) => ({ tool, deadline: trackedDeadline(tool, options.today) }))
    .filter((d): d is { tool: Tool; deadline: NoticeDeadline } => d.deadline !== undefined)
    .sort((a, b) => a.deadline.deadline.localeCompare(b.deadline.deadline) || a.tool.name.localeCompare(b.tool.name))

  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${escapeIcalText(options.prodId ?? defaultProdId)}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcalText(options.calendarName ?? 'Opsdeck notice deadlines')}`,
    ...dated.flatMap(({ tool, deadline }) => event(tool, deadline, dtstamp)),
    'END:VCALENDAR'
  ]
  return lines.map((line) => foldIcalLine(line)).join('\r\n') + '\r\n'
}
