import { describe, expect, it } from 'vitest'
import { checkFreeSpace, spaceMarginBytes } from '../../../src/shared/workspaceFile'

const MB = 1024 * 1024

describe('free space check', () => {
  it('passes when the work and the margin fit', () => {
    expect(checkFreeSpace({ what: 'This import', neededBytes: 100 * MB, freeBytes: 100 * MB + spaceMarginBytes, locale: 'en' })).toBeUndefined()
  })

  it('refuses with the numbers when they do not', () => {
    expect(checkFreeSpace({ what: 'This import', neededBytes: 160 * MB, freeBytes: 300 * MB, locale: 'en' })).toBe(
      'This import needs about 416 MB of free space (160 MB and a margin of 256 MB), but only 300 MB is free. Free some space and try again.'
    )
  })

  it('does not guess when the platform does not say', () => {
    expect(checkFreeSpace({ what: 'This restore', neededBytes: 10 * MB, freeBytes: undefined })).toBeUndefined()
  })
})
