import { describe, expect, it } from 'vitest'
import { uuidv7 } from '../../src/shared/domain/uuidv7'

const zeros = (bytes: Uint8Array) => bytes
const ones = (bytes: Uint8Array) => bytes.fill(0xff)

describe('uuidv7', () => {
  it('puts the milliseconds first and marks version 7 and the RFC variant', () => {
    expect(uuidv7(0x0192_3456_789a, zeros)).toBe('01923456-789a-7000-8000-000000000000')
    expect(uuidv7(0x0192_3456_789a, ones)).toBe('01923456-789a-7fff-bfff-ffffffffffff')
  })

  it('sorts ids made later after ids made earlier', () => {
    const earlier = uuidv7(1_700_000_000_000)
    const later = uuidv7(1_700_000_000_001)
    expect(earlier < later).toBe(true)
    expect(later).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
