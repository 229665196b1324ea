/** The encodings an import can be read in; each is a label `TextDecoder` accepts in Node 20 and browsers. */
export const textEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const
export type TextEncoding = (typeof textEncodings)[number]

export interface EncodingGuess {
  encoding: TextEncoding
  /** Why, in words the preview can show: "UTF-16LE byte order mark". */
  reason: string
}

/** How many leading bytes `detectEncoding` looks at; the pipeline collects at least this much first. */
export const ENCODING_SAMPLE_BYTES = 64 * 1024

export function detectEncoding(firstBytes: Uint8Array): EncodingGuess {
  const [b0, b1, b2] = firstBytes
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', reason: 'UTF-8 byte order mark' }
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', reason: 'UTF-16LE byte order mark' }
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', reason: 'UTF-16BE byte order mark' }

  const nulPattern = utf16FromNulPattern(firstBytes.subarray(0, 4096))
  if (nulPattern) return nulPattern

  try {
    // stream: true, so that a character cut off by the end of the sample does not count as invalid.
    new TextDecoder('utf-8', { fatal: true }).decode(firstBytes.subarray(0, ENCODING_SAMPLE_BYTES), { stream: true })
  } catch {
    return { encoding: 'windows-1252', reason: 'not valid UTF-8, read as Windows-1252' }
  }
  return { encoding: 'utf-8', reason: isAscii(firstBytes) ? 'plain ASCII, read as UTF-8' : 'valid UTF-8' }
}

/** Text in UTF-16 without a BOM: mostly ASCII, so every other byte is NUL, odd bytes for LE and even for BE. */
function utf16FromNulPattern(bytes: Uint8Array): EncodingGuess | undefined {
  const pairs = Math.floor(bytes.length / 2)
  if (pairs < 2) return undefined
  let evenNuls = 0
  let oddNuls = 0
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNuls++
    if (bytes[i + 1] === 0) oddNuls++
  }
  if (oddNuls / pairs > 0.3 && evenNuls / pairs < 0.05) {
    return { encoding: 'utf-16le', reason: 'UTF-16LE without byte order mark (NUL after each ASCII byte)' }
  }
  if (evenNuls / pairs > 0.3 && oddNuls / pairs < 0.05) {
    return { encoding: 'utf-16be', reason: 'UTF-16BE without byte order mark (NUL before each ASCII byte)' }
  }
  return undefined
}

function isAscii(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, ENCODING_SAMPLE_BYTES)
  for (let i = 0; i < end; i++) if ((bytes[i] as number) > 0x7f) return false
  return true
}

export interface ChunkDecoder {
  readonly encoding: TextEncoding
  /** Text of this chunk; a character split across chunks comes out whole with the next one. */
  decode(chunk: Uint8Array): string
  /** What is left at the end of the file (a dangling partial character becomes U+FFFD). */
  flush(): string
  /** Characters that could not be decoded (U+FFFD produced), e.g. Windows-1252 bytes further into a file read as UTF-8. */
  readonly replacements: number
  /** Stray NUL characters removed from a UTF-8 or Windows-1252 text (in UTF-16 a NUL is a character like any other). */
  readonly nulsRemoved: number
}

export function createChunkDecoder(encoding: TextEncoding): ChunkDecoder {
  // The default (ignoreBOM: false) drops a BOM that matches the encoding; the first-text check drops any other.
  const decoder = new TextDecoder(encoding)
  let atStart = true
  let replacements = 0
  let nulsRemoved = 0
  const stripNuls = encoding === 'utf-8' || encoding === 'windows-1252'

  const finishText = (text: string): string => {
    let out = encoding === 'windows-1252' ? fixWindows1252(text) : text
    if (stripNuls && out.indexOf('\u0000') !== -1) {
      const before = out.length
      out = out.replace(nulCharacters, '')
      nulsRemoved += before - out.length
    }
    if (atStart && out.length > 0) {
      if (out.charCodeAt(0) === 0xfeff) out = out.slice(1)
      atStart = false
    }
    if (encoding !== 'windows-1252') replacements += countReplacements(out)
    return out
  }

  return {
    encoding,
    decode: (chunk) => finishText(decoder.decode(chunk, { stream: true })),
    flush: () => finishText(decoder.decode()),
    get replacements() {
      return replacements
    },
    get nulsRemoved() {
      return nulsRemoved
    }
  }
}

// eslint-disable-next-line no-control-regex -- NUL is exactly what is removed
const nulCharacters = /\u0000/g

function countReplacements(text: string): number {
  let count = 0
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) count++
  return count
}

/**
 * Node 20's TextDecoder('windows-1252') decodes bytes 0x80-0x9F as C1 control characters (ISO-8859-1),
 * where browsers and the WHATWG Encoding standard give `€`, `’`, `“`… Mapping them here makes both agree;
 * in a browser no such control characters come out of this decoder, so it changes nothing there.
 */
const windows1252High: Record<number, string> = {
  0x80: '\u20ac', 0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
  0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8e: '\u017d', 0x91: '\u2018',
  0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc',
  0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9e: '\u017e', 0x9f: '\u0178'
}
const hasC1Control = /[\u0080-\u009f]/
const c1Controls = /[\u0080-\u009f]/g

function fixWindows1252(text: string): string {
  return hasC1Control.test(text) ? text.replace(c1Controls, (c) => windows1252High[c.charCodeAt(0)] ?? c) : text
}
