import { describe, expect, it } from 'vitest'
import { combineHeaderRows, dedupeHeaders, isFooterRow, sniffLayout } from '../../../src/shared/csv'

describe('sniffLayout', () => {
  it.each([
    [',', 'Id,Feedback,Plan\n1,"Slow; very slow",Business\n2,Fine,Starter\n'],
    [';', 'Id;Feedback;MRR\n1;Langsam, sehr langsam;1.234,50\n2;Gut;99,00\n'],
    ['\t', 'Id\tFeedback\tPlan\n1\tSlow, really\tBusiness\n2\tFine\tStarter\n'],
    ['|', 'Id|Feedback|Plan\n1|Slow, really; very|Business\n2|Fine|Starter\n']
  ])('picks %j as the delimiter from the steadiest column count', (delimiter, text) => {
    expect(sniffLayout(text, { complete: true })?.delimiter).toBe(delimiter)
  })

  it('does not count delimiters inside quotes', () => {
    const text = 'Id;Feedback\n1;"a, b, c, d, e"\n2;"f, g, h, i"\n3;"j, k"\n'
    expect(sniffLayout(text, { complete: true })?.delimiter).toBe(';')
  })

  it('skips preamble lines before the header and reports them', () => {
    const text = 'Report generated 2026-01-02\nFilter: all open cases\n\nCase,Subject,Opened\n1,SSO,1/2/2026\n2,Export,1/3/2026\n'
    expect(sniffLayout(text, { complete: true })).toMatchObject({
      headerRecordIndex: 3,
      headers: ['Case', 'Subject', 'Opened'],
      preamble: ['Report generated 2026-01-02', 'Filter: all open cases']
    })
  })

  it('follows an Excel "sep=" line', () => {
    expect(sniffLayout('sep=;\nId;Text\n1;a,b\n', { complete: true })).toMatchObject({ delimiter: ';', headerRecordIndex: 1, headers: ['Id', 'Text'] })
  })

  it('combines a SurveyMonkey two-row header into one name per column', () => {
    const text =
      'Respondent ID,Start Date,How likely are you to recommend us?,Which features do you use?,,,Anything else?\n' +
      ',,Response,Boards,Reports,Other (please specify),Open-Ended Response\n' +
      '1001,01/12/2026,9,Boards,,,Great\n'
    expect(sniffLayout(text, { complete: true })).toMatchObject({
      headerRowCount: 2,
      headers: [
        'Respondent ID',
        'Start Date',
        'How likely are you to recommend us? - Response',
        'Which features do you use? - Boards',
        'Which features do you use? - Reports',
        'Which features do you use? - Other (please specify)',
        'Anything else? - Open-Ended Response'
      ]
    })
  })

  it('does not take the first data row for a second header row', () => {
    const text = 'Id,Feedback,Email\n1,,a@b.co\n2,Fine,c@d.co\n'
    expect(sniffLayout(text, { complete: true })?.headerRowCount).toBe(1)
  })

  it('names blank header cells and numbers repeated ones, keeping every column', () => {
    expect(sniffLayout('Summary,Labels,Labels,,Comment,Comment\n', { complete: true })?.headers).toEqual([
      'Summary', 'Labels', 'Labels (2)', 'Column 4', 'Comment', 'Comment (2)'
    ])
  })

  it('reads the line break, also from a sample cut in the middle of a record', () => {
    expect(sniffLayout('a,b\r\n1,"x\ny"\r\n2,z', { complete: false })).toMatchObject({ lineBreak: '\n', headers: ['a', 'b'] })
    expect(sniffLayout('a,b\r1,x\r2,z\r', { complete: true })).toMatchObject({ lineBreak: '\r', headers: ['a', 'b'] })
  })

  it('finds nothing in blank text', () => {
    expect(sniffLayout('\n\n  \n', { complete: true })).toBeUndefined()
  })
})

describe('header helpers', () => {
  it('numbers repeats without clashing with an existing "(2)" name', () => {
    expect(dedupeHeaders(['Tag', 'Tag (2)', 'Tag', 'Tag'])).toEqual(['Tag', 'Tag (2)', 'Tag (3)', 'Tag (4)'])
  })

  it('carries a question over the blank cells of its options', () => {
    expect(combineHeaderRows(['Q1', '', 'Q2'], ['A', 'B', ''])).toEqual(['Q1 - A', 'Q1 - B', 'Q2'])
  })
})

describe('isFooterRow', () => {
  it.each([
    [['Grand Totals (24 records)']],
    [['Grand Total', '', '', '']],
    [['Confidential Information - Do Not Distribute']],
    [['Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.']],
    [['© 2026 Acme Inc.']],
    [['Total (1,204 rows)']],
    [['24 records']]
  ])('recognises %j as a report footer', (fields) => {
    expect(isFooterRow(fields)).toBe(true)
  })

  it.each([
    [['Total garbage, the app crashed']],
    [['1', 'Totals do not add up in the report', 'Business']],
    [['', '', '']],
    [['Copyright notice missing from exported PDFs']]
  ])('does not take %j for a footer', (fields) => {
    expect(isFooterRow(fields)).toBe(false)
  })
})
