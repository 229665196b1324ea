import type { Feedback } from './feedback'

type Identity = Pick<Feedback, 'id' | 'customerEmail' | 'customerName' | 'company'>

function normalise(value: string | undefined): string {
  return (value ?? '').trim().replace(/\s+/g, ' ').toLowerCase()
}

/**
 * Who said it: the e-mail address when there is one, else the name, compared
 * case-insensitively. Undefined for a row with neither (an anonymous customer).
 */
export function customerKey(row: Identity): string | undefined {
  const email = normalise(row.customerEmail)
  if (email) return `email:${email}`
  const name = normalise(row.customerName)
  return name ? `name:${name}` : undefined
}

/**
 * The key a row counts under in unique-customer counts. Each anonymous row is
 * its own customer: we cannot tell two anonymous app-store reviews apart, and
 * dropping them would hide exactly the voices that have no account.
 */
export function countingCustomerKey(row: Identity): string {
  return customerKey(row) ?? `anonymous:${row.id}`
}

/** The company, compared case-insensitively with spaces collapsed; undefined when the row names none. */
export function companyKey(row: Pick<Feedback, 'company'>): string | undefined {
  const company = normalise(row.company)
  return company ? company : undefined
}

/** "Laura Fischer", else "laura@northwind.com", else "Anonymous". */
export function customerLabel(row: Pick<Feedback, 'customerEmail' | 'customerName'>): string {
  return row.customerName?.trim() || row.customerEmail?.trim() || 'Anonymous'
}
