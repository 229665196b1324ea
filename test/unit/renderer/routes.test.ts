import { describe, expect, it } from 'vitest'
import { parseHash, toHash } from '../../../src/renderer/src/navigation/routes'

describe('routes', () => {
  it('reads the page and its parameters from the hash', () => {
    expect(parseHash('#/playbooks/abc')).toEqual({ page: 'playbooks', params: ['abc'] })
  })

  it('falls back to the dashboard for an unknown or empty hash', () => {
    expect(parseHash('')).toEqual({ page: 'dashboard', params: [] })
    expect(parseHash('#/nowhere')).toEqual({ page: 'dashboard', params: [] })
  })

  it('round-trips parameters that need encoding', () => {
    expect(parseHash(toHash('feedback', 'view one/two'))).toEqual({ page: 'feedback', params: ['view one/two'] })
  })
})
