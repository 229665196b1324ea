import { describe, expect, it } from 'vitest'
import { recognizeExport } from '../../../src/shared/csv'
import { byId, importFixture } from './fixtures'

describe('known exports are recognised and mapped with no user action', () => {
  it('reads a Zendesk ticket export: subject as text, requester, organisation, space-separated tags', async () => {
    const { summary, rows } = await importFixture('zendesk.csv')
    expect(summary).toMatchObject({ source: 'zendesk', mappingFrom: 'known-export', rowsMapped: 12, errorCount: 0 })
    expect(byId(rows, '48219')).toMatchObject({
      text: 'SSO login loops back to the sign-in page after the Okta update',
      receivedAt: '2026-01-14T11:05:00.000Z',
      customerName: 'Tomás Ferreira',
      customerEmail: 'tomas@lumenhealth.pt',
      company: 'Lumen Health',
      plan: 'Enterprise',
      source: 'zendesk',
      importedTags: ['sso', 'okta', 'login', 'bug'],
      dedupeKey: 'zendesk:48219'
    })
    expect(byId(rows, '48219').extra).toMatchObject({ Via: 'Email', 'Requester external id': 'CUS-2231' })
    // Satisfaction is the rating: Good is 5 on the shared 1-5 scale, Unoffered is no rating (and no warning).
    expect(summary.mapping?.rating).toMatchObject({ columns: ['Satisfaction Score'], valueMap: { good: 5, bad: 1, unoffered: null, offered: null } })
    expect(byId(rows, '48219').rating).toBeUndefined()
    expect(byId(rows, '48213').rating).toBe(5)
    expect(summary.warnings).toEqual([])
  })

  it('reads an Intercom export in the time zone its header names, across the DST change', async () => {
    const { summary, rows } = await importFixture('intercom.csv')
    expect(summary.source).toBe('intercom')
    expect(summary.mapping?.receivedAt?.timeZone).toBe('Europe/Berlin')
    // 23:15 in Berlin on 28 March is still winter time (+01:00); 09:00 on 30 March is summer time (+02:00).
    expect(byId(rows, '215467338910587')).toMatchObject({
      title: 'Calendar sync duplicates events',
      text: 'Since yesterday every event from Google Calendar shows up twice in Tallyboard.\n\nI already disconnected and reconnected the calendar, same thing. Can you check?',
      receivedAt: '2026-03-28T22:15:00.000Z',
      customerName: 'Chloé Dubois',
      company: 'Maison Verte',
      plan: 'Starter',
      revenue: 149,
      rating: 3,
      importedTags: ['calendar-sync', 'bug'],
      url: 'https://app.intercom.com/a/inbox/tb4x9/inbox/conversation/215467338910587'
    })
    expect(byId(rows, '215467338910733')).toMatchObject({ receivedAt: '2026-03-30T07:00:00.000Z', revenue: 8900 })
    expect(byId(rows, '215467338910733').rating).toBeUndefined()
  })

  it('reads Google Play reviews in UTF-16LE and rejects star-only reviews for having no text', async () => {
    const { summary, rows } = await importFixture('google-play-reviews.csv')
    expect(summary).toMatchObject({ encoding: 'utf-16le', source: 'google-play', rowsSeen: 11, rowsMapped: 9, rowsRejected: 2 })
    expect(summary.errors.map((e) => e.message)).toEqual([
      'Row 5, column "Review Text": the feedback text is empty ("Review Text")',
      'Row 9, column "Review Text": the feedback text is empty ("Review Text")'
    ])
    const japanese = rows.find((r) => r.extra['Reviewer Language'] === 'ja')
    expect(japanese).toMatchObject({ text: 'シンプルで使いやすいです。日本の祝日に対応してほしい。', rating: 4, receivedAt: '2026-01-07T01:19:44.000Z' })
    const spanish = rows.find((r) => r.extra['Reviewer Language'] === 'es_419')
    expect(spanish?.text).toBe('Muy buena, pero el modo oscuro hace falta para trabajar de noche 🌙')
    expect(rows[0]?.url).toMatch(/^http:\/\/play\.google\.com\/console\/.*reviewId=gp:AOqpTOE1/)
    // The review link is the id: an edited review (new text, same link) updates its item on re-import.
    expect(rows[0]?.dedupeKey).toBe(`google-play:${rows[0]?.url}`)
  })

  it('combines SurveyMonkey\'s two header rows and maps the answers by their questions', async () => {
    const { summary, rows } = await importFixture('surveymonkey.csv')
    expect(summary).toMatchObject({ source: 'surveymonkey', headerRow: 1, headerRowCount: 2, rowsMapped: 10 })
    expect(summary.headers).toContain('How likely is it that you would recommend Tallyboard to a friend or colleague? - Response')
    expect(summary.headers).toContain('Which of these features does your team use every week? - Client portal')
    expect(byId(rows, '114624017728')).toMatchObject({
      text: 'Pricing jumped 40% at renewal with no new features we use. We are evaluating alternatives.',
      receivedAt: '2026-01-13T15:20:41.000Z',
      customerName: 'Marcus Bell',
      customerEmail: 'marcus.bell@ridgewayconsult.com',
      company: 'Ridgeway Consulting',
      plan: 'Business',
      rating: 3
    })
    expect(byId(rows, '114624017728').extra['Which of these features does your team use every week? - Other (please specify)']).toBe('Invoicing')
    expect(byId(rows, '114624042980').customerName).toBeUndefined()
  })

  it('reads a Typeform export: the open question becomes the text, the 0-10 question the rating', async () => {
    const { summary, rows } = await importFixture('typeform.csv')
    expect(summary.source).toBe('typeform')
    expect(byId(rows, 'u1i2o3p4a5s6d7f8u1i2o3p4a5s6d7f8')).toMatchObject({
      text: 'Let us hide the budget column from guests, it leaks our margins to clients.',
      rating: 3,
      customerEmail: 'ops@cedarandpine.studio',
      company: 'Cedar & Pine Studio',
      plan: 'Business',
      receivedAt: '2026-02-07T10:23:40.000Z',
      importedTags: ['permissions', 'guests']
    })
  })

  it('reads Jira issues: 14/Jul/25 dates, multi-line descriptions, every repeated Labels column as tags', async () => {
    const { summary, rows } = await importFixture('jira.csv')
    expect(summary.source).toBe('jira')
    expect(summary.headers).toEqual(expect.arrayContaining(['Labels', 'Labels (2)', 'Labels (3)', 'Comment', 'Comment (2)']))
    const pdf = byId(rows, 'TB-1042')
    expect(pdf).toMatchObject({
      title: 'Roadmap PDF export renders blank pages in Safari',
      receivedAt: '2025-07-14T15:42:00.000Z',
      importedTags: ['customer-reported', 'export', 'safari'],
      company: 'Northwind Logistics',
      voterCount: 7,
      dedupeKey: 'jira:TB-1042'
    })
    expect(pdf.text).toBe(
      'h3. Steps to reproduce\n# Open any roadmap with more than 2 lanes\n# Click *Export* > *PDF* in Safari 18\n\n' +
        'h3. Expected\nA PDF with all lanes.\n\nh3. Actual\nPages 2+ are blank. Reported by Northwind Logistics (ticket ZD-48213).'
    )
    expect(pdf.extra['Comment (2)']).toBe('18/Jul/25 10:01 AM;557058:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d;Fixed in 4.1.3')
    expect(byId(rows, 'TB-1057').extra.Comment).toContain('see "Guest permissions v2"')
    // No description: the summary stands in as the text.
    expect(byId(rows, 'TB-1071')).toMatchObject({ text: 'Slack notification when a client approves a milestone', receivedAt: '2025-08-05T16:12:00.000Z' })
  })

  it('reads a Salesforce case report past its preamble and drops and names its footers', async () => {
    const { summary, rows } = await importFixture('salesforce-cases.csv')
    expect(summary).toMatchObject({ source: 'salesforce', headerRow: 4, rowsSeen: 12, rowsMapped: 12, errorCount: 0 })
    expect(summary.preamble).toEqual(['Open Feedback Cases - Q1 2026', 'Report generated 2026-04-02 08:15 by Dana Whitfield'])
    expect(summary.footersDropped).toEqual([
      'Grand Totals (12 records)',
      'Confidential Information - Do Not Distribute',
      'Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.'
    ])
    expect(summary.mapping?.receivedAt?.dayMonthOrder).toBe('month-first')
    expect(byId(rows, '00012890')).toMatchObject({
      title: 'Slow load on large workspaces',
      text: 'Dashboard takes 8-12 seconds to load in their workspace (1,900 projects). "It\'s embarrassing in front of the board."',
      company: 'Fabrikam Industries',
      customerName: 'Michael Osei',
      receivedAt: '2026-02-24T09:58:00.000Z'
    })
  })

  it('reads HubSpot tickets, with the ticket name standing in when the description is empty', async () => {
    const { summary, rows } = await importFixture('hubspot-tickets.csv')
    expect(summary.source).toBe('hubspot')
    expect(byId(rows, '1849219045')).toMatchObject({
      title: 'CSV import maps dates wrong',
      company: 'Fernleaf Ltd',
      customerName: 'Oliver Hughes',
      receivedAt: '2026-02-13T16:20:00.000Z',
      importedTags: ['Product issue']
    })
    expect(byId(rows, '1849270455').text).toBe('Zapier trigger for completed milestones')
  })

  it('folds UserVoice rows (one per voter) into one item per suggestion with its voter count', async () => {
    const { summary, rows } = await importFixture('uservoice.csv')
    expect(summary).toMatchObject({ source: 'uservoice', rowsSeen: 11, rowsMapped: 11, itemsEmitted: 4 })
    expect(rows.map((r) => [r.externalId, r.voterCount])).toEqual([['41275', 4], ['41302', 3], ['41319', 1], ['41344', 3]])
    expect(byId(rows, '41275')).toMatchObject({
      title: 'Dark mode',
      customerName: 'Hannah Okafor',
      // BrightPath 49 + Kumo 49 + Nordlicht 420 (two Nordlicht voters count once).
      revenue: 518,
      url: 'https://feedback.tallyboard.com/forums/918231-ideas/suggestions/41275-dark-mode',
      dedupeKey: 'uservoice:41275'
    })
    expect(byId(rows, '41302').importedTags).toEqual(['integrations', 'finance'])
  })

  it('reads Canny posts with votes, company MRR and the title when a post has no details', async () => {
    const { rows, summary } = await importFixture('canny.csv')
    expect(summary.source).toBe('canny')
    expect(byId(rows, '63f1a2b4c5d6e7f8012345d9')).toMatchObject({
      title: 'Microsoft Teams notifications',
      voterCount: 26,
      revenue: 5600,
      company: 'Bergmann & Partner',
      importedTags: ['integrations', 'teams'],
      receivedAt: '2025-12-11T15:08:47.000Z'
    })
    expect(byId(rows, '63f1a2b4c5d6e7f8012345a1').text).toBe('Two-factor authentication with hardware keys')
  })

  it('reads Productboard notes, keeping line breaks in the note text', async () => {
    const { rows, summary } = await importFixture('productboard-notes.csv')
    expect(summary.source).toBe('productboard')
    expect(byId(rows, 'b7e3c9a0-4f21-4d7e-9a55-1c2d3e4f5a61')).toMatchObject({
      title: 'Call with Contoso Pharma PMO',
      text: 'They run 40 parallel projects and the portfolio view is their main screen. Top asks:\n- group by business unit\n- show budget variance per project\n- export to PowerPoint',
      receivedAt: '2026-02-14T11:32:10.000Z',
      importedTags: ['portfolio', 'reporting']
    })
    expect(byId(rows, 'f0a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b').text).toBe('"Could the portal show our logo instead of yours? Clients get confused about who they are talking to."')
  })

  it('reads Delighted NPS responses with offsets in the dates and currencies in the MRR', async () => {
    const { rows, summary } = await importFixture('delighted.csv')
    expect(summary).toMatchObject({ source: 'delighted', rowsMapped: 7, rowsRejected: 1 })
    expect(byId(rows, '70332015')).toMatchObject({ rating: 9, receivedAt: '2026-03-03T08:12:55.000Z', revenue: 420, revenueCurrency: 'EUR' })
    expect(byId(rows, '70332101')).toMatchObject({ receivedAt: '2026-03-03T11:30:41.000Z', revenue: 89, revenueCurrency: 'AUD' })
    expect(byId(rows, '70332240')).toMatchObject({ revenue: 9800, revenueCurrency: 'BRL' })
    expect(byId(rows, '70331842')).toMatchObject({ revenue: 1200, revenueCurrency: 'USD', importedTags: ['promoter'] })
  })

  it('reads a semicolon export in Windows-1252 with euro amounts and day-first dates', async () => {
    const { rows, summary } = await importFixture('semicolon-european.csv')
    expect(summary).toMatchObject({ encoding: 'windows-1252', delimiter: ';', source: 'csv', mappingFrom: 'auto', rowsMapped: 8 })
    expect(summary.mapping?.receivedAt?.dayMonthOrder).toBe('day-first')
    expect(rows[0]).toMatchObject({
      customerName: 'Søren Madsen',
      text: 'Die Zeiterfassung ist super – aber der Export nach DATEV fehlt uns.',
      revenue: 1234.5,
      revenueCurrency: 'EUR',
      receivedAt: '2026-01-14T09:30:00.000Z'
    })
    expect(rows[2]).toMatchObject({ company: 'Müller Bau GmbH', revenue: 12000, receivedAt: '2026-02-03T11:47:00.000Z' })
    expect(rows[5]?.text).toBe('“Budget alerts” should also go to the finance contact, not only the project owner.')
    expect(rows[6]).toMatchObject({ customerName: 'Micha? Wi?niewski', revenue: 640 })
  })
})

describe('recognizeExport', () => {
  it('recognises Typeform by "Submitted At" as well as "Submit Date (UTC)"', () => {
    const found = recognizeExport(['#', 'What should we build next?', 'Submitted At', 'Network ID'], [['abc', 'Offline mode for field teams', '2026-02-03 14:22:05', 'x1']])
    expect(found?.source).toBe('typeform')
    expect(found?.mapping.receivedAt).toMatchObject({ columns: ['Submitted At'], timeZone: 'UTC' })
    expect(found?.mapping.text?.columns).toEqual(['What should we build next?'])
  })

  it('takes a fixed offset from an Intercom header such as "Created at (UTC+01:00)"', () => {
    const found = recognizeExport(['Conversation ID', 'Created at (UTC+01:00)', 'First message'])
    expect(found?.mapping.receivedAt).toMatchObject({ columns: ['Created at (UTC+01:00)'], timeZone: '+01:00' })
  })

  it('leaves a file it does not know to auto-mapping', () => {
    expect(recognizeExport(['Date', 'Customer', 'Feedback'])).toBeUndefined()
  })
})
