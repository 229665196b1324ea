import type { TextEncoding } from './decode'

export interface BinaryVerdict {
  code: 'zip' | 'ole' | 'nul-bytes'
  message: string
}

const zipMessage = 'This looks like an Excel or ZIP file, not a CSV. Save it as CSV and try again.'

/** Recognises files that are not text at all: an .xlsx/.zip (or an old .xls) renamed .csv, or bytes with NULs. */
export function detectBinaryFile(firstBytes: Uint8Array, encoding: TextEncoding): BinaryVerdict | undefined {
  if (startsWith(firstBytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(firstBytes, [0x50, 0x4b, 0x05, 0x06])) {
    return { code: 'zip', message: zipMessage }
  }
  if (startsWith(firstBytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { code: 'ole', message: 'This looks like an old Excel (.xls) file, not a CSV. Save it as CSV and try again.' }
  }
  return containsNulByte(firstBytes, encoding) ? nulBytesVerdict : undefined
}

const nulBytesVerdict: BinaryVerdict = {
  code: 'nul-bytes',
  message: 'This file contains binary data (NUL bytes), not text. Save it as CSV and try again.'
}

/** NUL bytes are normal in UTF-16; in a single-byte or UTF-8 file they mean binary data. Checked on every chunk. */
export function containsNulByte(bytes: Uint8Array, encoding: TextEncoding): boolean {
  return (encoding === 'utf-8' || encoding === 'windows-1252') && bytes.indexOf(0) !== -1
}

export function nulBytesFound(): BinaryVerdict {
  return nulBytesVerdict
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b)
}
