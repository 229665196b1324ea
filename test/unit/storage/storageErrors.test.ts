import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { reopenAfter, storageProblemMessage, storageProblemOf, userMessageOf } from '@shared/storageErrors'

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

describe('storage failures, as Dexie and IndexedDB report them', () => {
  it('reads a full disk from the DOMException, from Dexie’s own error, and from an aborted transaction that carries it', () => {
    expect(storageProblemOf(quota())).toBe('full')
    expect(storageProblemOf(new Dexie.QuotaExceededError('quota'))).toBe('full')
    expect(storageProblemOf(new Dexie.AbortError('Transaction aborted', quota()))).toBe('full')
  })

  it('reads a full disk from a bulk write whose records failed one by one', () => {
    const bulk = new Dexie.BulkError('3 of 500 operations failed', [quota(), quota(), quota()])
    expect(storageProblemOf(bulk)).toBe('full')
  })

  it('tells a closed connection, a newer database, a failed open and a plain abort apart', () => {
    expect(storageProblemOf(new Dexie.DatabaseClosedError())).toBe('closed')
    expect(storageProblemOf(new Dexie.OpenFailedError('open failed', new DOMException('newer', 'VersionError')))).toBe('newer')
    expect(storageProblemOf(new Dexie.OpenFailedError('open failed', new DOMException('Internal error opening backing store', 'UnknownError')))).toBe('unopenable')
    expect(storageProblemOf(new Dexie.AbortError('Transaction aborted'))).toBe('aborted')
  })

  it('leaves other errors alone: a refused value or a bug keeps its own message', () => {
    expect(storageProblemOf(new Error('Name is required'))).toBeUndefined()
    expect(storageProblemOf(new Dexie.ConstraintError('Key already exists'))).toBeUndefined()
    expect(storageProblemOf('just a string')).toBeUndefined()
    expect(userMessageOf(new Error('Name is required'))).toBe('Name is required')
  })

  it('says a full disk in words that promise nothing half-written, and the same words read back as a full disk', () => {
    const message = userMessageOf(new Dexie.AbortError('Transaction aborted', quota()))
    expect(message).toBe(storageProblemMessage('full'))
    expect(message).toMatch(/disk is full/)
    // A worker posts the sentence, not the exception: the page still knows what it is.
    expect(storageProblemOf(new Error(message))).toBe('full')
    expect(storageProblemOf(new Error(userMessageOf(new Dexie.DatabaseClosedError())))).toBe('closed')
  })

  it('reopens a closed database, and reports a database that will not open without throwing', async () => {
    let open = false
    const database = { isOpen: () => open, open: async () => void (open = true) }
    expect(await reopenAfter(database)).toBe(true)
    expect(open).toBe(true)
    expect(await reopenAfter({ isOpen: () => false, open: () => Promise.reject(new Error('no')) })).toBe(false)
  })
})
