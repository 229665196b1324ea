import { describe, expect, it } from 'vitest'
import { badFixtures, fixture, goodFixtures, runImport } from './fixtures'

// Small tuning makes the parser cut records at every chunk edge instead of gathering 64k characters first.
const cutEverywhere = { tuning: { sniffChars: 1024, minParseChars: 1 } }

describe('chunk boundaries do not change anything', () => {
  for (const name of [...goodFixtures, ...badFixtures]) {
    it(`gives the same rows and summary for ${name} fed in 1-byte, 7-byte and 64KB chunks`, async () => {
      const bytes = fixture(name)
      const whole = await runImport(bytes, {}, 64 * 1024)
      for (const chunkSize of [1, 7, 64 * 1024]) {
        const cut = await runImport(bytes, cutEverywhere, chunkSize)
        expect(cut.summary).toEqual(whole.summary)
        expect(cut.rows).toEqual(whole.rows)
      }
    })
  }

  it('cuts inside multi-byte characters: UTF-8 é and emoji, UTF-16 surrogate pairs', async () => {
    const text = 'Id,Feedback\n1,"Crème brûlée 🍮, please"\n2,Ça marche 👍\n'
    const utf8 = new TextEncoder().encode(text)
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].flatMap((c) => {
      const code = c.codePointAt(0) as number
      return code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code]
    })).buffer)])
    for (const bytes of [utf8, utf16]) {
      for (const chunkSize of [1, 2, 3, 5]) {
        const { rows } = await runImport(bytes, cutEverywhere, chunkSize)
        expect(rows.map((r) => r.text)).toEqual(['Crème brûlée 🍮, please', 'Ça marche 👍'])
      }
    }
  })

  it('cuts inside quoted multi-line cells, doubled quotes and CRLF pairs', async () => {
    const text = 'Id,Feedback,Plan\r\n1,"Line one\r\nline two with ""quotes"", and a comma",Business\r\n2,"""Quoted"" at the start",Starter\r\n'
    const bytes = new TextEncoder().encode(text)
    for (let chunkSize = 1; chunkSize <= 12; chunkSize++) {
      const { rows } = await runImport(bytes, cutEverywhere, chunkSize)
      expect(rows.map((r) => [r.text, r.plan])).toEqual([
        ['Line one\nline two with "quotes", and a comma', 'Business'],
        ['"Quoted" at the start', 'Starter']
      ])
    }
  })
})
