/** A cleaned-up value, or the reason it could not be read, worded to follow `Row 214, column "Created at": `. */
export type Normalized<T> = { ok: true; value: T } | { ok: false; problem: string }

export const normalized = <T>(value: T): Normalized<T> => ({ ok: true, value })
export const notA = (raw: string, what: string): Normalized<never> => ({ ok: false, problem: `"${raw}" is not ${what}` })
