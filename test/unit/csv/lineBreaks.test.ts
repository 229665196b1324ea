import { describe, expect, it } from 'vitest'
import { createLineBreakNormalizer, normalizeLineBreaks } from '../../../src/shared/csv'
import { runImport } from './fixtures'

const encode = (text: string) => new TextEncoder().encode(text)

describe('line breaks', () => {
  it('ends a record at CR, LF and CRLF outside quotes, and keeps them inside quotes', () => {
    expect(normalizeLineBreaks('a,b\r\n1,x\r2,y\n3,"one\rtwo\r\nthree"\r\n')).toBe('a,b\n1,x\n2,y\n3,"one\rtwo\r\nthree"\n')
  })

  it('holds a CR at the end of a chunk until it sees whether LF follows', () => {
    const normalizer = createLineBreakNormalizer()
    const out = normalizer.push('a,b\r') + normalizer.push('\n1,x\r') + normalizer.push('2,y\r') + normalizer.flush()
    expect(out).toBe('a,b\n1,x\n2,y\n')
  })

  it('keeps track of quotes across chunks, doubled quotes included', () => {
    const text = 'Id,Text\r1,"He said ""hi""\rthen left"\r2,plain\r'
    for (let cut = 1; cut < text.length; cut++) {
      const normalizer = createLineBreakNormalizer()
      const out = normalizer.push(text.slice(0, cut)) + normalizer.push(text.slice(cut)) + normalizer.flush()
      expect(out).toBe('Id,Text\n1,"He said ""hi""\rthen left"\n2,plain\n')
    }
  })

  it('imports every row of a file that mixes CRLF, LF and CR, with multi-line cells, however it is cut', async () => {
    const csv = 'Id,Feedback,Customer\r\n1,"Line one\r\nline two",Ana\n2,Plain,Ben\r3,"Mac\rstyle",Cy\r\n4,"Unix\nstyle",Di\n5,Last,Ed'
    for (const chunkSize of [1, 2, 3, 7, 64 * 1024]) {
      const { summary, rows } = await runImport(encode(csv), { tuning: { minParseChars: 5 } }, chunkSize)
      expect(summary.errors).toEqual([])
      expect(summary.rowsSeen).toBe(5)
      expect(rows.map((r) => [r.externalId, r.text, r.customerName])).toEqual([
        ['1', 'Line one\nline two', 'Ana'],
        ['2', 'Plain', 'Ben'],
        ['3', 'Mac\nstyle', 'Cy'],
        ['4', 'Unix\nstyle', 'Di'],
        ['5', 'Last', 'Ed']
      ])
    }
  })
})

describe('quotes that do not open a cell', () => {
  it('does not let a stray inch mark in an unquoted cell swallow the line breaks after it', () => {
    const text = 'Id,Text\r1,Screen is 5" wide\r2,"quoted, with ""inner"" quotes\rand a break"\r3,Plain\r'
    for (let cut = 1; cut < text.length; cut++) {
      const normalizer = createLineBreakNormalizer()
      const out = normalizer.push(text.slice(0, cut)) + normalizer.push(text.slice(cut)) + normalizer.flush()
      expect(out).toBe('Id,Text\n1,Screen is 5" wide\n2,"quoted, with ""inner"" quotes\rand a break"\n3,Plain\n')
    }
  })
})

describe('no row vanishes, whatever the line endings and the chunk edges', () => {
  /** A small deterministic generator, so a failure names a seed that reproduces it. */
  function random(seed: number) {
    let state = seed
    return (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648
      return state % n
    }
  }

  it('reads every row of generated files with mixed endings and quoted multi-line cells', async () => {
    const breaks = ['\n', '\r\n', '\r']
    const words = ['export', 'sync', 'dark mode', 'café', 'a, b', 'say "hi"', 'line\none', 'line\r\ntwo', 'old\rmac', '5" screen']
    for (let seed = 1; seed <= 25; seed++) {
      const next = random(seed)
      const expected: string[] = []
      let csv = 'Id,Feedback,Customer' + breaks[next(3)]
      for (let i = 1; i <= 30; i++) {
        const text = `${words[next(words.length)]} ${i}`
        expected.push(text.replace(/\r\n?/g, '\n'))
        const quoted = /[,"\r\n]/.test(text) && !text.startsWith('5"') ? `"${text.replace(/"/g, '""')}"` : text
        csv += `${i},${quoted},Person ${i}` + (i < 30 || next(2) ? breaks[next(3)] : '')
      }
      const { summary, rows } = await runImport(encode(csv), { tuning: { minParseChars: 3 } }, 1 + next(40))
      expect({ seed, errors: summary.errors }).toEqual({ seed, errors: [] })
      expect({ seed, texts: rows.map((r) => r.text) }).toEqual({ seed, texts: expected })
    }
  })
})
