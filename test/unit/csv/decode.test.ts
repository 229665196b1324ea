import { describe, expect, it } from 'vitest'
import { createChunkDecoder, detectBinaryFile, detectEncoding } from '../../../src/shared/csv'

const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(text.length * 2)
  const view = new DataView(bytes.buffer)
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian)
  return bytes
}

describe('detectEncoding', () => {
  it('reads byte order marks for UTF-8, UTF-16LE and UTF-16BE', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', reason: 'UTF-8 byte order mark' })
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'utf-16le', reason: 'UTF-16LE byte order mark' })
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: 'utf-16be', reason: 'UTF-16BE byte order mark' })
  })

  it('recognises UTF-16 without a BOM from its NUL bytes', () => {
    expect(detectEncoding(utf16('Id,Feedback\n1,Great app\n', true)).encoding).toBe('utf-16le')
    expect(detectEncoding(utf16('Id,Feedback\n1,Great app\n', false)).encoding).toBe('utf-16be')
  })

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    expect(detectEncoding(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b, 0x80]))).toEqual({
      encoding: 'windows-1252',
      reason: 'not valid UTF-8, read as Windows-1252'
    })
  })

  it('keeps UTF-8 when the sample ends in the middle of a character', () => {
    const bytes = new TextEncoder().encode('Crème brûlée €')
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1))).toEqual({ encoding: 'utf-8', reason: 'valid UTF-8' })
  })
})

describe('createChunkDecoder', () => {
  it('keeps characters whole when a chunk ends inside them, and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('né 🍮 ok')])
    const decoder = createChunkDecoder('utf-8')
    let text = ''
    for (const byte of bytes) text += decoder.decode(new Uint8Array([byte]))
    expect(text + decoder.flush()).toBe('né 🍮 ok')
  })

  it('decodes UTF-16LE fed one byte at a time, surrogate pairs included', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...utf16('A🙂z', true)])
    const decoder = createChunkDecoder('utf-16le')
    let text = ''
    for (const byte of bytes) text += decoder.decode(new Uint8Array([byte]))
    expect(text + decoder.flush()).toBe('A🙂z')
  })

  it('decodes Windows-1252 punctuation and the euro sign the same in Node as in browsers', () => {
    const decoder = createChunkDecoder('windows-1252')
    expect(decoder.decode(new Uint8Array([0x80, 0x20, 0x93, 0x4f, 0x4b, 0x94, 0x20, 0x96, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x92, 0x73]))).toBe('€ “OK” – Müller’s')
  })

  it('counts characters it could not decode, so a late non-UTF-8 byte can be reported', () => {
    const decoder = createChunkDecoder('utf-8')
    decoder.decode(new Uint8Array([0x41, 0xe9, 0x42]))
    expect(decoder.replacements).toBe(1)
  })
})

describe('detectBinaryFile', () => {
  it('recognises a ZIP (.xlsx) and an old .xls', () => {
    expect(detectBinaryFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]), 'windows-1252')?.code).toBe('zip')
    expect(detectBinaryFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'windows-1252')?.code).toBe('ole')
  })

  it('does not call a text with a few stray NUL bytes binary, in UTF-8 or UTF-16', () => {
    expect(detectBinaryFile(new Uint8Array([0x41, 0x00, 0x42, 0x2c, 0x43, 0x0a]), 'utf-8')).toBeUndefined()
    expect(detectBinaryFile(utf16('Id,Text\n', true), 'utf-16le')).toBeUndefined()
  })

  it('calls bytes full of control characters or NULs binary data', () => {
    const junk = new Uint8Array(Array.from({ length: 1000 }, (_, i) => (i * 37) % 256))
    expect(detectBinaryFile(junk, 'windows-1252')?.code).toBe('binary-data')
    const nuls = new Uint8Array(2000).map((_, i) => (i % 3 === 0 ? 0x41 : 0))
    expect(detectBinaryFile(nuls, 'utf-8')?.code).toBe('binary-data')
  })

  it('removes stray NUL characters while decoding UTF-8 and Windows-1252, and counts them', () => {
    const utf8 = createChunkDecoder('utf-8')
    expect(utf8.decode(new Uint8Array([0x41, 0x00, 0x42])) + utf8.decode(new Uint8Array([0x00, 0x0a])) + utf8.flush()).toBe('AB\n')
    expect(utf8.nulsRemoved).toBe(2)
    const cp1252 = createChunkDecoder('windows-1252')
    expect(cp1252.decode(new Uint8Array([0x4b, 0xf6, 0x00, 0x6c, 0x6e])) + cp1252.flush()).toBe('Köln')
    expect(cp1252.nulsRemoved).toBe(1)
  })
})
