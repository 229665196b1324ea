import { describe, expect, it } from 'vitest'
import { autoMap, recognizeExport, type Mapping } from '../../../src/shared/csv'
import { byId, importFixture } from './fixtures'

describe('real exports are recognised from the columns they have', () => {
  it('reads an Intercom conversation report without a message body: the title is the text, durations stay durations', async () => {
    const { summary, rows } = await importFixture('intercom-conversations-report.csv')
    expect(summary).toMatchObject({ source: 'intercom', mappingFrom: 'known-export', rowsSeen: 6, rowsMapped: 5, rowsRejected: 1 })
    expect(summary.mapping?.text?.columns).toEqual(['Conversation title'])
    expect(summary.mapping?.title).toBeUndefined()
    expect(summary.mapping?.receivedAt).toMatchObject({ columns: ['Conversation started at (America/New_York)'], timeZone: 'America/New_York' })
    expect(byId(rows, '187330000412345')).toMatchObject({
      text: 'Can we export the Gantt view to PDF?',
      customerName: 'Dana Whitfield',
      company: 'Harbor Analytics',
      rating: 5,
      importedTags: ['feature-request', 'export'],
      extra: { 'Time to first response (seconds)': '315', 'Time to close (seconds)': '4048' }
    })
    // The conversation with no title has no text: the only reason a row is refused.
    expect(summary.errors.map((e) => e.message)).toEqual(['Row 7, column "Conversation title": the feedback text is empty ("Conversation title")'])
  })

  it('never maps a column of seconds to the date, whatever its name', () => {
    const headers = ['Conversation', 'Time to first response (seconds)', 'Response time', 'Created']
    const rows = [['Export is broken', '315', '12', '2026-09-01 08:55'], ['Need SSO', '1822', '40', '2026-09-02 09:00']]
    expect(autoMap(headers, rows).receivedAt?.columns).toEqual(['Created'])
    expect(autoMap(headers.slice(0, 3), rows.map((r) => r.slice(0, 3))).receivedAt).toBeUndefined()
  })

  it('reads Typeform: system columns are never the text, every open answer is, and HTML leaves the question names', async () => {
    const { summary, rows } = await importFixture('typeform-html-questions.csv')
    expect(summary.source).toBe('typeform')
    expect(summary.headers.slice(1, 4)).toEqual(['What almost stopped you from signing up?', 'How likely are you to recommend Tallyboard to a colleague?', "Anything else you'd like to tell us?"])
    expect(summary.headers).toContain("What's your work email?")
    expect(summary.mapping?.text?.columns).toEqual(['What almost stopped you from signing up?', "Anything else you'd like to tell us?"])
    const mapped = Object.values(summary.mapping as Mapping).flatMap((m) => m?.columns ?? [])
    for (const system of ['Response Type', 'Start Date (UTC)', 'Stage Date (UTC)', 'Network ID']) expect(mapped).not.toContain(system)
    expect(summary.mapping?.receivedAt).toMatchObject({ columns: ['Submit Date (UTC)'], timeZone: 'UTC' })
    expect(byId(rows, 'a1b2c3d4e5f6g7h8i9j0a1b2c3d4e5f6')).toMatchObject({
      text: 'Pricing was unclear for teams over 20 people, I had to email sales to find out.\n\nThe onboarding checklist was great, keep it.',
      rating: 7,
      company: 'Meridian PR',
      customerEmail: 'olivia.park@meridianpr.com',
      plan: 'Business'
    })
    // The partial response answered nothing: refused for its missing text, and counted.
    expect(summary).toMatchObject({ rowsSeen: 5, rowsMapped: 4, rowsRejected: 1 })
  })

  it('does not take a SurveyMonkey question that mentions the company for the company column', async () => {
    const { summary, rows } = await importFixture('surveymonkey-company-wording.csv')
    expect(summary).toMatchObject({ source: 'surveymonkey', headerRowCount: 2, rowsMapped: 3 })
    expect(summary.mapping?.company).toBeUndefined()
    expect(summary.mapping?.rating?.columns).toEqual(['How likely is it that you would recommend our company to a friend or colleague? - Response'])
    expect(summary.mapping?.text?.columns).toEqual(['What could our company do better? - Open-Ended Response'])
    expect(rows.map((r) => r.company)).toEqual([undefined, undefined, undefined])
    expect(rows.map((r) => r.rating)).toEqual([9, 4, 7])
  })

  it('does not take a question about the company for the company column when auto-mapping either', () => {
    const headers = ['Feedback', 'How likely is your company to renew next year?', 'What is the name of your company?']
    const rows = [['Great app, but exports are slow', 'Very likely', 'Copperleaf'], ['Too expensive for us', 'Unlikely', 'Saffron Labs']]
    expect(autoMap(headers, rows).company?.columns).toEqual(['What is the name of your company?'])
  })

  it('folds a UserVoice export with Idea columns: one item per idea, creator kept, voters counted and listed, labels as a list', async () => {
    const { summary, rows } = await importFixture('uservoice-ideas.csv')
    expect(summary).toMatchObject({ source: 'uservoice', rowsSeen: 6, rowsMapped: 6, itemsEmitted: 3 })
    expect(rows).toHaveLength(3)
    const audit = byId(rows, '90211')
    expect(audit).toMatchObject({
      title: 'Audit log export',
      customerName: 'Grace Liu',
      customerEmail: 'grace.liu@fernbank.com',
      voterCount: 3,
      importedTags: ['enterprise', 'security'],
      revenue: 5090
    })
    expect(audit.extra.Voters).toBe('Grace Liu <grace.liu@fernbank.com>; Omar Haddad <omar@cedarpoint.ae>; Emma Schulz <emma.schulz@cedarpoint.ae>')
    expect(audit.extra).not.toHaveProperty('Voter Name')
    expect(audit.extra).not.toHaveProperty('Voter Email')
    // The first row is a voter, not the creator: the creator stays the creator.
    expect(byId(rows, '90245')).toMatchObject({ customerName: 'Noah Becker', customerEmail: 'noah@becker-bau.de', voterCount: 2, importedTags: ['enterprise'] })
    expect(byId(rows, '90301').importedTags).toEqual([])
  })

  it('still folds the API-named UserVoice export (suggestion.id …)', async () => {
    const { summary } = await importFixture('uservoice.csv')
    expect(summary.source).toBe('uservoice')
    expect(summary.itemsEmitted).toBeLessThan(summary.rowsMapped)
  })

  it('maps Jira Service Management organisations to the company', async () => {
    const { summary, rows } = await importFixture('jira-service-management.csv')
    expect(summary.mapping?.company?.columns).toEqual(['Custom field (Organizations)'])
    expect(byId(rows, 'HELP-311')).toMatchObject({ company: 'Ridgeway Health', rating: 4, importedTags: ['mobile', 'login'] })
    expect(recognizeExport(['Summary', 'Issue key', 'Description', 'Custom field (Customer Organization)'])?.mapping.company?.columns).toEqual(['Custom field (Customer Organization)'])
  })

  it('keys Google Play reviews by their link, so an edited review updates its item', async () => {
    const before = await importFixture('google-play-reviews-february.csv')
    const after = await importFixture('google-play-reviews-february-edited.csv')
    expect(before.summary).toMatchObject({ encoding: 'utf-16le', source: 'google-play' })
    expect(after.rows.map((r) => r.dedupeKey)).toEqual(before.rows.map((r) => r.dedupeKey))
    expect(before.rows[0]).toMatchObject({ text: 'Logs me out every time I switch apps.', rating: 2 })
    expect(after.rows[0]).toMatchObject({ text: 'Fixed in 4.1.3, thanks! Only the widget still logs me out.', rating: 4 })
    expect(after.rows[0]?.externalId).toMatch(/reviewId=gp:AOqpTOA1111/)
  })

  it('keys Google Play reviews by package and review id when the export has no link', () => {
    const known = recognizeExport(['Package Name', 'Review ID', 'Star Rating', 'Review Text', 'Review Submit Date and Time'])
    expect(known?.mapping.externalId?.columns).toEqual(['Package Name', 'Review ID'])
  })

  it('reads Zendesk satisfaction words as ratings and leaves Offered/Unoffered empty without a warning', async () => {
    const { summary, rows } = await importFixture('zendesk-satisfaction-arr.csv')
    expect(summary.mapping?.rating?.valueMap).toMatchObject({ good: 5, 'good with comment': 5, bad: 1, 'bad with comment': 1, offered: null, unoffered: null })
    expect(rows.map((r) => [r.externalId, r.rating])).toEqual([['51001', 5], ['51002', 1], ['51003', 5], ['51004', undefined], ['51005', undefined], ['51006', 1]])
    expect(summary.warnings).toEqual([])
  })

  it('uses the user’s value map: Good 1, Bad 0', async () => {
    const known = await importFixture('zendesk-satisfaction-arr.csv', { dryRun: true })
    const mapping = structuredClone(known.summary.mapping as Mapping)
    mapping.rating = { ...(mapping.rating as NonNullable<Mapping['rating']>), valueMap: { good: 1, 'good with comment': 1, bad: 0, 'bad with comment': 0, offered: null, unoffered: null } }
    const { rows } = await importFixture('zendesk-satisfaction-arr.csv', { mapping })
    expect(rows.map((r) => r.rating)).toEqual([1, 0, 1, undefined, undefined, 0])
  })

  it('warns per column when a rating word has no number, and imports the rows', async () => {
    const known = await importFixture('zendesk-satisfaction-arr.csv', { dryRun: true })
    const mapping = structuredClone(known.summary.mapping as Mapping)
    mapping.rating = { columns: ['Satisfaction Score'], valueMap: { good: 5 } }
    const { summary, rows } = await importFixture('zendesk-satisfaction-arr.csv', { mapping })
    expect(rows).toHaveLength(6)
    expect(summary.warnings).toEqual([
      expect.objectContaining({ column: 'Satisfaction Score', field: 'rating', count: 5, rows: [3, 4, 5, 6, 7], values: ['Bad', 'Good with comment', 'Offered', 'Unoffered', 'Bad with comment'] })
    ])
  })

  it('stores an ARR column mapped by hand as MRR in its currency, and warns on "n/a"', async () => {
    const known = await importFixture('zendesk-satisfaction-arr.csv', { dryRun: true })
    expect(known.summary.mapping?.revenue).toBeUndefined()
    const mapping: Mapping = { ...structuredClone(known.summary.mapping as Mapping), revenue: { columns: ['Account ARR [decimal]'], kind: 'arr', currency: 'USD' } }
    const { summary, rows } = await importFixture('zendesk-satisfaction-arr.csv', { mapping })
    expect(rows.map((r) => [r.revenue, r.revenueCurrency])).toEqual([[4000, 'USD'], [10000, 'USD'], [500, 'USD'], [1500, 'USD'], [undefined, undefined], [2500, 'USD']])
    expect(summary.warnings.map((w) => [w.column, w.count, w.values])).toEqual([['Account ARR [decimal]', 1, ['n/a']]])
    expect(rows[4]?.extra['Account ARR [decimal]']).toBe('n/a')
  })
})

describe('column names in other languages are scored like the English ones', () => {
  it('maps a German semicolon export in Windows-1252: Kunde, Firma, Umsatz, Bewertung, Kommentar, Datum', async () => {
    const { summary, rows } = await importFixture('german-semicolon-1252.csv')
    expect(summary).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rowsMapped: 4, rowsRejected: 0 })
    const columns = Object.fromEntries(Object.entries(summary.mapping as Mapping).map(([field, m]) => [field, m?.columns]))
    expect(columns).toMatchObject({
      externalId: ['Ticket-Nr.'], title: ['Betreff'], text: ['Kommentar'], customerName: ['Kunde'], customerEmail: ['E-Mail'],
      company: ['Firma'], plan: ['Tarif'], revenue: ['Umsatz (€)'], rating: ['Bewertung'], receivedAt: ['Datum'], importedTags: ['Schlagworte']
    })
    expect(summary.mapping?.receivedAt?.dayMonthOrder).toBe('day-first')
    expect(byId(rows, '4711')).toMatchObject({
      text: 'Der Export nach Excel schneidet Umlaute ab: aus „Müller“ wird „M?ller“.',
      customerName: 'Jürgen Weiß', company: 'Bäckerei Weiß GmbH', revenue: 1250, revenueCurrency: 'EUR', rating: 2
    })
    // "n/a" revenue and the word "Gut" as a rating: the row is kept, the revenue left empty with a warning.
    expect(byId(rows, '4713')).toMatchObject({ rating: 5, customerName: 'Björn Åkesson' })
    expect(byId(rows, '4713').revenue).toBeUndefined()
    expect(summary.warnings.map((w) => w.column)).toEqual(['Umsatz (€)'])
  })

  it('maps a French export: Client, Entreprise, Note (a rating, not the text), Commentaire', async () => {
    const { summary, rows } = await importFixture('french-export.csv')
    expect(summary.mapping).toMatchObject({
      text: { columns: ['Commentaire'] }, rating: { columns: ['Note'] }, customerName: { columns: ['Client'] }, company: { columns: ['Entreprise'] },
      plan: { columns: ['Forfait'] }, customerEmail: { columns: ['Adresse e-mail'] }, receivedAt: { columns: ['Date de création'] }, importedTags: { columns: ['Étiquettes'] }
    })
    expect(byId(rows, 'FR-104')).toMatchObject({ rating: 3, company: 'Petit & Fils' })
  })

  const sample = (values: string[]) => [values, values.map((v) => v.replace(/1/g, '2'))]
  it.each([
    ['Spanish', ['Comentario', 'Cliente', 'Empresa', 'Valoración', 'Ingresos', 'Fecha'], ['Me encanta la app, pero falta modo oscuro', 'Ana Ruiz', 'Ruiz SL', '4', '1.200,00', '2026-02-01']],
    ['Portuguese', ['Comentário', 'Cliente', 'Empresa', 'Avaliação', 'Receita', 'Data'], ['A sincronização do calendário duplica eventos', 'João Lima', 'Lima Lda', '3', '900', '2026-02-01']],
    ['Dutch', ['Opmerking', 'Klant', 'Bedrijf', 'Beoordeling', 'Omzet', 'Datum'], ['De export naar PDF mist de laatste kolom', 'Sanne de Vries', 'De Vries BV', '5', '450', '2026-02-01']],
    ['Italian', ['Commento', 'Cliente', 'Azienda', 'Valutazione', 'Fatturato', 'Data'], ['Le notifiche arrivano in ritardo di ore', 'Giulia Conti', 'Conti Srl', '2', '1500', '2026-02-01']]
  ])('maps %s column names to text, customer, company, rating, revenue and date', (_language, headers, values) => {
    const mapping = autoMap(headers, sample(values))
    expect(Object.fromEntries(Object.entries(mapping).map(([field, m]) => [field, m?.columns[0]]))).toEqual({
      text: headers[0], customerName: headers[1], company: headers[2], rating: headers[3], revenue: headers[4], receivedAt: headers[5]
    })
  })
})

describe('export variants named after the API', () => {
  it('recognises an Intercom conversation export with API column names (conversation_id, message_body …)', () => {
    const headers = ['message_id', 'message_body', 'message_type', 'message_created_at', 'message_author_type', 'message_author_name', 'message_author_email', 'message_author_companies', 'conversation_tags', 'conversation_id', 'conversation_state', 'conversation_created_at', 'conversation_first_response_at']
    const known = recognizeExport(headers)
    expect(known?.source).toBe('intercom')
    expect(Object.fromEntries(Object.entries(known?.mapping ?? {}).map(([field, m]) => [field, m?.columns[0]]))).toMatchObject({
      text: 'message_body', receivedAt: 'conversation_created_at', customerName: 'message_author_name', customerEmail: 'message_author_email',
      company: 'message_author_companies', externalId: 'conversation_id', importedTags: 'conversation_tags'
    })
  })

  it('recognises a Typeform download keyed by Token instead of #', () => {
    const known = recognizeExport(['Token', 'What should we build next?', 'Start Date (UTC)', 'Submit Date (UTC)'], [['t1', 'An API for our CRM would save us hours', '2026-02-03 14:18:40', '2026-02-03 14:22:05']])
    expect(known?.source).toBe('typeform')
    expect(known?.mapping.externalId?.columns).toEqual(['Token'])
    expect(known?.mapping.text?.columns).toEqual(['What should we build next?'])
  })
})

describe('long column names that are not questions', () => {
  it('still maps a long descriptive column name to the company', () => {
    const mapping = autoMap(['Feedback', 'Customer company name (from CRM)'], [['Exports are slow', 'Copperleaf'], ['Need SSO', 'Saffron Labs']])
    expect(mapping.company?.columns).toEqual(['Customer company name (from CRM)'])
  })
})

describe('longer column names in other languages', () => {
  const vary = (values: string[]) => [values, values.map((x) => x.replace(/a/g, 'e').replace(/3/g, '4')), values.map((x) => x.replace(/o/g, 'u').replace(/3/g, '5'))]
  it.each([
    ['Dutch', ['Klantnaam', 'Bedrijfsnaam', 'Aangemaakt op', 'E-mailadres', 'Opmerking', 'Cijfer', 'Jaaromzet'], ['Sanne de Vries', 'De Vries BV', '03-02-2026', 'sanne@devries.nl', 'De app is traag op mijn telefoon', '7', '12000'], 'arr'],
    ['Italian', ['Nome cliente', 'Nome azienda', 'Data di creazione', 'Indirizzo email', 'Commento', 'Voto', 'Fatturato annuo'], ['Giulia Conti', 'Conti Srl', '03/02/2026', 'giulia@conti.it', 'Le notifiche arrivano in ritardo', '4', '12000'], 'arr'],
    ['Spanish', ['Nombre', 'Nombre de la empresa', 'Fecha de creación', 'Correo electrónico', 'Comentarios', 'Puntuación', 'Ingresos mensuales'], ['Ana Ruiz', 'Ruiz SL', '03/02/2026', 'ana@ruiz.es', 'Me encanta pero falta el modo oscuro', '9', '99'], 'mrr'],
    ['German', ['Kundenname', 'Firmenname', 'Erstellt am', 'E-Mail-Adresse', 'Anmerkung', 'Zufriedenheit', 'Jahresumsatz (EUR)'], ['Jörg Abel', 'Abel GmbH', '03.02.2026', 'jorg@abel.de', 'Bitte mehr Exportformate anbieten', '4', '12.000'], 'arr'],
    ['Portuguese', ['Nome do cliente', 'Nome da empresa', 'Data de criação', 'E-mail', 'Comentário', 'Avaliação', 'Receita mensal'], ['João Lima', 'Lima Lda', '03/02/2026', 'joao@lima.pt', 'A sincronização falha às vezes', '3', '450'], 'mrr'],
    ['French', ['Nom du client', "Nom de l'entreprise", 'Date', 'Courriel', 'Avis', 'Note', "Chiffre d'affaires"], ['Camille Roux', 'Roux Avocats', '03/02/2026', 'camille@roux.fr', 'Très bon outil mais un peu cher', '4', '1 200,00 €'], 'mrr']
  ] as const)('maps %s names and reads monthly or annual from the revenue column’s name', (_language, headers, values, kind) => {
    const mapping = autoMap([...headers], vary([...values]))
    expect(Object.fromEntries(Object.entries(mapping).map(([field, m]) => [field, m?.columns[0]]))).toEqual({
      customerName: headers[0], company: headers[1], receivedAt: headers[2], customerEmail: headers[3], text: headers[4], rating: headers[5], revenue: headers[6]
    })
    expect(mapping.revenue?.kind).toBe(kind)
  })
})
