import { noticeDeadlinesToIcs } from '@shared/domain/tools/ics'
import { trackedDeadline } from '@shared/domain/tools/renewal'
import { formatCount } from '@shared/format/money'
import { getBridge } from '../../bridge'
import { listPeople } from '../../db/people'
import { getToolSettings, listTools } from '../../db/tools'
import { notifyError, notifySuccess } from '../../ui/notify'
import { inventoryCsv } from './inventoryCsv'
import { todayIso } from './today'

export const calendarFileName = 'opsdeck-notice-deadlines.ics'
export const inventoryFileName = 'opsdeck-tools.csv'

/** Saves every tracked notice deadline as an iCalendar file the user can import into any calendar. */
export async function exportNoticeCalendar(): Promise<void> {
  try {
    const tools = await listTools()
    const today = todayIso()
    const count = tools.filter((tool) => trackedDeadline(tool, today)).length
    if (count === 0) {
      notifySuccess('No notice deadlines to export yet. Give a tool a contract end date first.')
      return
    }
    const data = noticeDeadlinesToIcs(tools, { today, dtstamp: new Date() })
    const result = await getBridge().saveFile({ title: 'Export notice deadlines', suggestedName: calendarFileName, filters: [{ name: 'iCalendar', extensions: ['ics'] }], data })
    if (result.saved) notifySuccess(`Saved ${formatCount(count)} notice ${count === 1 ? 'deadline' : 'deadlines'} to ${result.name}`)
  } catch (error) {
    notifyError('Could not export the calendar', error)
  }
}

/** Saves the whole inventory as a CSV file for a spreadsheet. */
export async function exportInventoryCsv(): Promise<void> {
  try {
    const [tools, people, settings] = await Promise.all([listTools(), listPeople(), getToolSettings()])
    const data = inventoryCsv(tools, {
      today: todayIso(),
      baseCurrency: settings.baseCurrency,
      rates: settings.exchangeRates,
      windows: settings.reminderWindows,
      peopleNames: new Map(people.map((person) => [person.id, person.name]))
    })
    const result = await getBridge().saveFile({ title: 'Export tool inventory', suggestedName: inventoryFileName, filters: [{ name: 'CSV', extensions: ['csv'] }], data })
    if (result.saved) notifySuccess(`Saved ${formatCount(tools.length)} ${tools.length === 1 ? 'tool' : 'tools'} to ${result.name}`)
  } catch (error) {
    notifyError('Could not export the inventory', error)
  }
}
