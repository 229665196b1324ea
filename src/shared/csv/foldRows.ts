import { rowError, type MappedFeedback, type RowError } from './rowToFeedback'

export interface Voter {
  name?: string
  email?: string
}

export interface RowFolderOptions {
  /** Columns that describe each row's voter, not the item: left out of the item's extra attributes. */
  perVoterColumns?: string[]
}

export interface RowFolder {
  /**
   * Adds a mapped row and its voter (when the export has voter columns apart from the creator's); returns an error
   * when its item was already closed (its rows are not together).
   */
  add(item: MappedFeedback, foldValue: string, row: number, voter?: Voter): RowError | undefined
  /** Emits the item still open; call at the end of the file. */
  finish(): void
}

/**
 * Folds consecutive rows with the same fold value (UserVoice writes one row per voter) into one item:
 * the first row's fields (the creator stays the creator), a voterCount of the distinct voters and their names in
 * the extra attribute "Voters", the revenue of their distinct accounts added up and their tags merged.
 * It streams, so it assumes an item's rows are together, as UserVoice writes them; a value that comes back
 * after another item is reported on each row that comes back, and those rows are not counted.
 * Only the fold values already seen are remembered (one per item, not per row).
 */
export function createRowFolder(column: string, emit: (item: MappedFeedback) => void, options: RowFolderOptions = {}): RowFolder {
  const closed = new Set<string>()
  let open:
    | { value: string; item: MappedFeedback; voters: Set<string>; voterLabels: string[]; accounts: Set<string>; tags: Map<string, string> }
    | undefined

  const close = () => {
    if (!open) return
    closed.add(open.value)
    const extra = { ...open.item.extra }
    for (const c of options.perVoterColumns ?? []) delete extra[c]
    if (open.voterLabels.length > 0) extra.Voters = open.voterLabels.join('; ')
    const folded: MappedFeedback = { ...open.item, extra, voterCount: open.item.voterCount ?? open.voters.size, importedTags: [...open.tags.values()] }
    // A voter count the file could not give is counted from the rows: it is known again.
    const unreadable = folded.unreadable?.filter((field) => field !== 'voterCount')
    if (unreadable?.length) folded.unreadable = unreadable
    else delete folded.unreadable
    emit(folded)
    open = undefined
  }

  return {
    add(item, foldValue, row, voter) {
      if (open && open.value !== foldValue) close()
      if (closed.has(foldValue)) {
        return rowError(row, column, `"${foldValue}" appeared earlier in the file; rows of one item must be together (sort the export by this column). This row was not counted.`)
      }
      const email = voter?.email?.trim().toLowerCase() || undefined
      const name = voter?.name?.trim() || undefined
      const who = voter ? (email ?? name?.toLowerCase() ?? `row ${row}`) : (item.customerEmail ?? item.customerName ?? `row ${row}`)
      const label = name && email ? `${name} <${email}>` : (name ?? email)
      const account = item.company?.toLowerCase() ?? who
      if (!open) {
        const tags = new Map(item.importedTags.map((t) => [t.toLowerCase(), t]))
        open = { value: foldValue, item: { ...item }, voters: new Set([who]), voterLabels: label ? [label] : [], accounts: new Set([account]), tags }
        return undefined
      }
      if (!open.voters.has(who) && label) open.voterLabels.push(label)
      open.voters.add(who)
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
