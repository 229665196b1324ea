import { foldText } from './inventoryVocabulary'

const monthNames: Array<[number, string[]]> = [
  [1, ['januar', 'janner', 'janvier', 'enero', 'januari', 'jan', 'janv', 'ene']],
  [2, ['februar', 'feber', 'fevrier', 'febrero', 'februari', 'feb', 'fev', 'fevr']],
  [3, ['marz', 'mars', 'marzo', 'maart', 'mrz', 'mar', 'mrt']],
  [4, ['april', 'avril', 'abril', 'apr', 'avr', 'abr']],
  [5, ['mai', 'mayo', 'mei', 'may']],
  [6, ['juni', 'juin', 'junio', 'jun']],
  [7, ['juli', 'juillet', 'julio', 'jul', 'juil']],
  [8, ['august', 'aout', 'agosto', 'augustus', 'aug', 'ago']],
  [9, ['september', 'septembre', 'septiembre', 'setiembre', 'sep', 'sept', 'set']],
  [10, ['oktober', 'octobre', 'octubre', 'okt', 'oct']],
  [11, ['november', 'novembre', 'noviembre', 'nov']],
  [12, ['dezember', 'decembre', 'diciembre', 'december', 'dez', 'dec', 'dic']]
]
const english = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const byName = new Map(monthNames.flatMap(([month, names]) => names.map((name) => [name, month] as const)))

/**
 * A date written with a German, French, Spanish or Dutch month name ("15. März 2026",
 * "1er janvier 2027", "15 de marzo de 2026") as "15 Mar 2026", which the date reader
 * knows; any other text comes back as it was.
 */
export function localDateText(raw: string): string {
  const match = /^\s*(\d{1,2})(?:\.|er|º|°)?\s*(?:de\s+)?([\p{L}]+)\.?\s*(?:de\s+)?(\d{4})\s*$/u.exec(raw)
  if (!match) return raw
  const month = byName.get(foldText(match[2]!))
  return month === undefined ? raw : `${match[1]} ${english[month]} ${match[3]}`
}
