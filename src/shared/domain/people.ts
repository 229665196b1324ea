import type { EntityBase } from './entity'

export interface Person extends EntityBase {
  name: string
  email?: string
  role?: string
  team?: string
}

/** "Ada Lovelace" -> "AL", for avatars. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const first = words[0]?.[0] ?? '?'
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : ''
  return (first + last).toUpperCase()
}
