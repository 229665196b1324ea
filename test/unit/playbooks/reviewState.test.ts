import { describe, expect, it } from 'vitest'
import type { Playbook } from '../../../src/shared/domain/playbooks'
import { badges, markReviewed, nextReviewAt, reviewState, withNextReview } from '../../../src/shared/domain/playbooks'

type Reviewable = Pick<Playbook, 'createdAt' | 'reviewCadenceDays' | 'lastReviewedAt' | 'lastReviewedBy' | 'nextReviewAt' | 'ownerId' | 'status'>

/** Reviewed on 1 March with a 90-day cadence: the next review is on 30 May. */
const reviewed: Reviewable = {
  createdAt: '2025-06-01T12:00:00.000Z',
  reviewCadenceDays: 90,
  lastReviewedAt: '2026-03-01T12:00:00.000Z',
  ownerId: 'p1',
  status: 'published'
}

describe('next review', () => {
  it('is the last review plus the cadence', () => {
    expect(nextReviewAt(reviewed)).toBe('2026-05-30')
  })

  it('counts from creation when the playbook was never reviewed', () => {
    expect(nextReviewAt({ createdAt: '2026-01-10T12:00:00.000Z', reviewCadenceDays: 30 })).toBe('2026-02-09')
  })

  it('does not exist without a cadence', () => {
    expect(nextReviewAt({ createdAt: '2026-01-10T12:00:00.000Z' })).toBeUndefined()
    expect(nextReviewAt({ createdAt: '2026-01-10T12:00:00.000Z', reviewCadenceDays: 0 })).toBeUndefined()
  })
})

describe('review state at its boundaries', () => {
  it.each([
    ['2026-05-15', 'ok'],
    ['2026-05-16', 'due'],
    ['2026-05-30', 'due'],
    ['2026-05-31', 'stale'],
    ['2027-01-01', 'stale']
  ])('on %s it is %s', (today, state) => {
    expect(reviewState(reviewed, today)).toBe(state)
  })

  it('has no state without a cadence', () => {
    expect(reviewState({ createdAt: '2020-01-01T12:00:00.000Z' }, '2026-05-31')).toBe('no-cadence')
  })
})

describe('library badges', () => {
  it('shows review due, stale and no owner', () => {
    expect(badges(reviewed, '2026-05-20')).toEqual(['review-due'])
    expect(badges({ ...reviewed, ownerId: undefined }, '2026-06-20')).toEqual(['stale', 'no-owner'])
    expect(badges({ ...reviewed, reviewCadenceDays: undefined, ownerId: '' }, '2026-06-20')).toEqual(['no-owner'])
    expect(badges(reviewed, '2026-04-01')).toEqual([])
  })

  it('gives archived playbooks none', () => {
    expect(badges({ ...reviewed, status: 'archived', ownerId: undefined }, '2027-01-01')).toEqual([])
  })
})

describe('marking reviewed', () => {
  it('records who and when and moves the next review', () => {
    const marked = markReviewed({ ...reviewed, nextReviewAt: '2026-05-30' }, 'p2', '2026-06-10T15:00:00.000Z')
    expect(marked).toMatchObject({ lastReviewedAt: '2026-06-10T15:00:00.000Z', lastReviewedBy: 'p2', nextReviewAt: '2026-09-08' })
    expect(reviewState(marked, '2026-06-10')).toBe('ok')
  })

  it('keeps the stored next review in line with the cadence', () => {
    expect(withNextReview({ ...reviewed, nextReviewAt: '1999-01-01' }).nextReviewAt).toBe('2026-05-30')
    expect(withNextReview({ ...reviewed, reviewCadenceDays: undefined, nextReviewAt: '2026-05-30' })).not.toHaveProperty('nextReviewAt')
  })
})
