import type { TextEncoding } from './decode'

export interface BinaryVerdict {
  code: 'zip' | 'ole' | 'pdf' | 'image' | 'archive' | 'binary-data'
  message: string
}

const saveAsCsv = 'Save it as CSV and try again.'

/** File signatures of what people drop instead of a CSV: spreadsheets, archives, documents and images. */
const signatures: Array<{ bytes: number[]; code: BinaryVerdict['code']; message: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], code: 'zip', message: `This looks like an Excel or ZIP file, not a CSV. ${saveAsCsv}` },
  { bytes: [0x50, 0x4b, 0x05, 0x06], code: 'zip', message: `This looks like an Excel or ZIP file, not a CSV. ${saveAsCsv}` },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], code: 'ole', message: `This looks like an old Excel (.xls) file, not a CSV. ${saveAsCsv}` },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], code: 'pdf', message: `This is a PDF, not a CSV. Export the data as CSV from the tool that made it.` },
  { bytes: [0x89, 0x50, 0x4e, 0x47], code: 'image', message: 'This is an image (PNG), not a CSV.' },
  { bytes: [0xff, 0xd8, 0xff], code: 'image', message: 'This is an image (JPEG), not a CSV.' },
  { bytes: [0x47, 0x49, 0x46, 0x38], code: 'image', message: 'This is an image (GIF), not a CSV.' },
  { bytes: [0x1f, 0x8b], code: 'archive', message: `This is a compressed (gzip) file, not a CSV. Unpack it first.` },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], code: 'archive', message: `This is a 7-Zip archive, not a CSV. Unpack it first.` },
  { bytes: [0x52, 0x61, 0x72, 0x21], code: 'archive', message: `This is a RAR archive, not a CSV. Unpack it first.` },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], code: 'archive', message: `This is an SQLite database, not a CSV. ${saveAsCsv}` }
]

const binaryDataVerdict: BinaryVerdict = {
  code: 'binary-data',
  message: `This file contains binary data, not text. ${saveAsCsv}`
}

/**
 * Recognises files that are not text at all: a known signature (.xlsx/.zip, .xls, PDF, images, archives), or
 * bytes that text does not have. A few stray NUL bytes in a UTF-8 or Windows-1252 file are not binary data:
 * exporters leave them, and the decoder removes and counts them.
 */
export function detectBinaryFile(firstBytes: Uint8Array, encoding: TextEncoding): BinaryVerdict | undefined {
  for (const signature of signatures) {
    if (startsWith(firstBytes, signature.bytes)) return { code: signature.code, message: signature.message }
  }
  return looksLikeBinaryData(firstBytes, encoding) ? binaryDataVerdict : undefined
}

/**
 * Binary data, judged on any stretch of the file: control characters that text never holds (other than tab,
 * line breaks, form feed and escape) in more than a few places, or NUL bytes making up more than a tenth of it.
 * UTF-16 text is made of NUL bytes and is never judged here.
 */
export function looksLikeBinaryData(bytes: Uint8Array, encoding: TextEncoding): boolean {
  if (encoding !== 'utf-8' && encoding !== 'windows-1252') return false
  let nuls = 0
  let controls = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number
    if (b >= 0x20) continue
    if (b === 0) nuls++
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++
  }
  return controls > Math.max(8, bytes.length * 0.005) || nuls > Math.max(64, bytes.length * 0.1)
}

export function binaryDataFound(): BinaryVerdict {
  return binaryDataVerdict
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b)
}
