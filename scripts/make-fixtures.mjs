// Writes the feedback import fixtures that are binary, so cannot be written as plain text files:
// Google Play reviews (UTF-16LE with BOM, as the Play Console writes them), a European export in Windows-1252,
// and a ZIP signature renamed .csv. Run: node scripts/make-fixtures.mjs
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'feedback')

const quote = (cell, delimiter) => (/["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell)
const toCsv = (rows, delimiter = ',', lineBreak = '\n') =>
  rows.map((r) => r.map((cell) => quote(cell, delimiter)).join(delimiter)).join(lineBreak) + lineBreak

// --- Google Play reviews: reviews_reviews_com.tallyboard.app_202601.csv --------------------------------------
const play = [
  ['Package Name', 'App Version Code', 'App Version Name', 'Reviewer Language', 'Device', 'Review Submit Date and Time',
    'Review Submit Millis Since Epoch', 'Review Last Update Date and Time', 'Review Last Update Millis Since Epoch',
    'Star Rating', 'Review Title', 'Review Text', 'Developer Reply Date and Time', 'Developer Reply Millis Since Epoch',
    'Developer Reply Text', 'Review Link']
]
const link = (id) => `http://play.google.com/console/developers/5820193746/app/4973115028844105011/user-feedback/review-details?reviewId=gp:${id}&corpus=PLAY_STORE_APPS`
const review = (version, lang, device, submitted, stars, title, text, reply, id) => {
  const ms = String(Date.parse(submitted))
  const replyAt = reply ? new Date(Date.parse(submitted) + 26 * 3600_000).toISOString().replace('.000', '') : ''
  return ['com.tallyboard.app', String(version.code), version.name, lang, device, submitted, ms, submitted, ms,
    String(stars), title, text, replyAt, replyAt ? String(Date.parse(replyAt)) : '', reply, text ? link(id) : '']
}
const v412 = { code: 4102, name: '4.1.2' }
const v413 = { code: 4103, name: '4.1.3' }
play.push(
  review(v412, 'en', 'a52sxq', '2026-01-03T09:15:27Z', 2, '', 'Logs me out every time I switch apps. Otherwise a solid planner, but this makes it unusable on site.', 'Thanks Kelly, a fix is in 4.1.3 which is rolling out now.', 'AOqpTOE1nQx7fVb2Lk9Zr3sWm4Yt6Hc8Jd0Pa5Ug'),
  review(v412, 'en', 'redfin', '2026-01-04T17:42:03Z', 5, 'Best for small agencies', 'Switched from three different tools. Time tracking + client portal in one app 👍👍', '', 'AOqpTOH2mRz8gWc3Ml0As4tXn5Zu7Id9Ke1Qb6Vh'),
  review(v412, 'pt_BR', 'beyond1', '2026-01-05T12:08:55Z', 3, '', 'Não consigo anexar fotos nas tarefas, o app fecha sozinho. Android 15.', '', 'AOqpTOF3nSa9hXd4Nm1Bt5uYo6Av8Je0Lf2Rc7Wi'),
  review(v412, 'en', 'oriole', '2026-01-06T08:30:00Z', 4, '', '', '', 'AOqpTOJ4oTb0iYe5On2Cu6vZp7Bw9Kf1Mg3Sd8Xj'),
  review(v412, 'ja', 'SO-51C', '2026-01-07T01:19:44Z', 4, '', 'シンプルで使いやすいです。日本の祝日に対応してほしい。', '', 'AOqpTOK5pUc1jZf6Po3Dv7wAq8Cx0Lg2Nh4Te9Yk'),
  review(v413, 'en', 'husky', '2026-01-08T20:03:12Z', 1, 'Notifications', 'Push notifications arrive hours late, sometimes next morning. Missed a client approval because of it.', 'Sorry about that. Could you check battery optimisation for Tallyboard in Android settings? We are also investigating.', 'AOqpTOL6qVd2kAg7Qp4Ew8xBr9Dy1Mh3Oi5Uf0Zl'),
  review(v413, 'de', 'a54x', '2026-01-09T10:47:31Z', 5, '', 'Endlich eine Projekt-App, die auch offline Zeiten erfasst… zumindest fast. Offline-Modus wäre perfekt!', '', 'AOqpTOM7rWe3lBh8Rq5Fx9yCs0Ez2Ni4Pj6Vg1Am'),
  review(v413, 'en', 'caiman', '2026-01-10T15:55:09Z', 5, '', '', '', 'AOqpTON8sXf4mCi9Sr6Gy0zDt1Fa3Oj5Qk7Wh2Bn'),
  review(v413, 'es_419', 'a34x', '2026-01-11T23:36:50Z', 4, '', 'Muy buena, pero el modo oscuro hace falta para trabajar de noche 🌙', '', 'AOqpTOP9tYg5nDj0Ts7Hz1aEu2Gb4Pk6Rl8Xi3Co'),
  review(v413, 'en', 'lynx', '2026-01-12T07:21:38Z', 3, 'Gantt on phone', 'The Gantt chart is impossible to use on a phone screen, please add a simplified timeline for mobile, with "today" marked.', '', 'AOqpTOQ0uZh6oEk1Ut8Ia2bFv3Hc5Ql7Sm9Yj4Dp'),
  review(v413, 'fr_FR', 'cheetah', '2026-01-13T13:13:13Z', 5, '', "Super appli pour suivre les chantiers. L'équipe support répond vite.", '', 'AOqpTOR1vAi7pFl2Vu9Jb3cGw4Id6Rm8Tn0Zk5Eq')
)
writeFileSync(join(dir, 'google-play-reviews.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(toCsv(play), 'utf16le')]))

// --- A European spreadsheet export: semicolons, Windows-1252, day-first dates, 1.234,50 € ---------------------
const european = [
  ['Date', 'Customer', 'Email', 'Company', 'Plan', 'MRR', 'Rating', 'Feedback'],
  ['14/01/2026 09:30', 'Søren Madsen', 'soren@nordhavn.dk', 'Nordhavn ApS', 'Business', '1.234,50 €', '8', 'Die Zeiterfassung ist super – aber der Export nach DATEV fehlt uns.'],
  ['15/01/2026 14:05', 'François Lefèvre', 'f.lefevre@bureau-lyon.fr', 'Bureau d’Études Lyon', 'Starter', '99,00 €', '6', 'L’application est lente quand on a plus de 200 tâches.'],
  ['03/02/2026 11:47', 'Jürgen Müller', 'j.mueller@mueller-bau.de', 'Müller Bau GmbH', 'Enterprise', '12.000,00 €', '9', 'Bitte Feiertage für Bayern im Kapazitätsplaner berücksichtigen.'],
  ['07/02/2026 16:20', 'Inês Carvalho', 'ines@lisboa-design.pt', 'Lisboa Design Lda', 'Business', '420,00 €', '7', 'Gostaríamos de um portal do cliente com a nossa marca.'],
  ['21/02/2026 08:02', 'Åsa Lindström', 'asa.lindstrom@ljusdesign.se', 'Ljus Design', 'Starter', '149,00 €', '10', 'Precis vad vi behövde. Tack!'],
  ['28/02/2026 19:45', 'Zoë Van den Berg', 'zoe@vandenberg.nl', 'Van den Berg & Zn', 'Business', '2.340,75 €', '5', '“Budget alerts” should also go to the finance contact, not only the project owner.'],
  ['04/03/2026 10:10', 'Michał Wiśniewski', 'michal@wisniewski-it.pl', 'Wiśniewski IT', 'Business', '€ 640,00', '4', 'Polish invoices need NIP numbers; today we edit every PDF by hand.'],
  ['12/03/2026 13:33', 'Chloé Dubois', 'chloe.dubois@maisonverte.fr', 'Maison Verte', 'Starter', '149,00 €', '8', 'La synchro Google Agenda fonctionne enfin. Merci !']
]
const cp1252 = new Map([['€', 0x80], ['‚', 0x82], ['„', 0x84], ['…', 0x85], ['‘', 0x91], ['’', 0x92], ['“', 0x93], ['”', 0x94], ['–', 0x96], ['—', 0x97], ['™', 0x99]])
const encode1252 = (text) =>
  Buffer.from([...text].map((c) => {
    const mapped = cp1252.get(c)
    if (mapped !== undefined) return mapped
    const code = c.codePointAt(0)
    if (code > 0xff) throw new Error(`"${c}" has no Windows-1252 byte`)
    return code
  }))
// Some characters above (ś, ł, ń) are outside Windows-1252, as in a real export: Excel writes "?" for them.
const lossy = (text) => [...text].map((c) => (cp1252.has(c) || c.codePointAt(0) <= 0xff ? c : '?')).join('')
writeFileSync(join(dir, 'semicolon-european.csv'), encode1252(lossy(toCsv(european, ';', '\r\n'))))

// --- An .xlsx renamed .csv: a ZIP local file header, then compressed bytes ---------------------------------
const zip = Buffer.alloc(512)
Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]).copy(zip)
Buffer.from('[Content_Types].xml').copy(zip, 30)
for (let i = 49; i < zip.length; i++) zip[i] = (i * 151 + 17) % 256
writeFileSync(join(dir, 'fake-xlsx.csv'), zip)

console.log(`wrote google-play-reviews.csv, semicolon-european.csv and fake-xlsx.csv in ${dir}`)
