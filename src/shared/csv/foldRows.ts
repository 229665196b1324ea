import { rowError, type MappedFeedback, type RowError } from './rowToFeedback'

export interface RowFolder {
  /** Adds a mapped row; returns an error when its item was already closed (its rows are not together). */
  add(item: MappedFeedback, foldValue: string, row: number): RowError | undefined
  /** Emits the item still open; call at the end of the file. */
  finish(): void
}

/**
 * Folds consecutive rows with the same fold value (UserVoice writes one row per voter) into one item:
 * the first row's fields, a voterCount of the distinct voters, the revenue of their distinct accounts added up
 * and their tags merged.
 * It streams, so it assumes an item's rows are together, as UserVoice writes them; a value that comes back
 * after another item is reported on each row that comes back, and those rows are not counted.
 * Only the fold values already seen are remembered (one per item, not per row).
 */
export function createRowFolder(column: string, emit: (item: MappedFeedback) => void): RowFolder {
  const closed = new Set<string>()
  let open:
    | { value: string; item: MappedFeedback; voters: Set<string>; accounts: Set<string>; tags: Map<string, string> }
    | undefined

  const close = () => {
    if (!open) return
    closed.add(open.value)
    emit({ ...open.item, voterCount: open.item.voterCount ?? open.voters.size, importedTags: [...open.tags.values()] })
    open = undefined
  }

  return {
    add(item, foldValue, row) {
      if (open && open.value !== foldValue) close()
      if (closed.has(foldValue)) {
        return rowError(row, column, `"${foldValue}" appeared earlier in the file; rows of one item must be together (sort the export by this column). This row was not counted.`)
      }
      const voter = item.customerEmail ?? item.customerName ?? `row ${row}`
      const account = item.company?.toLowerCase() ?? voter
      if (!open) {
        const tags = new Map(item.importedTags.map((t) => [t.toLowerCase(), t]))
        open = { value: foldValue, item: { ...item }, voters: new Set([voter]), accounts: new Set([account]), tags }
        return undefined
      }
      open.voters.add(voter)
      for (const tag of item.importedTags) if (!open.tags.has(tag.toLowerCase())) open.tags.set(tag.toLowerCase(), tag)
      const sum = open.item
      const newAccount = !open.accounts.has(account)
      open.accounts.add(account)
      const sameCurrency = sum.revenueCurrency === undefined || item.revenueCurrency === undefined || sum.revenueCurrency === item.revenueCurrency
      if (item.revenue !== undefined && newAccount && sameCurrency) {
        sum.revenue = Math.round(((sum.revenue ?? 0) + item.revenue) * 100) / 100
        sum.revenueCurrency ??= item.revenueCurrency
      }
      return undefined
    },
    finish: close
  }
}
