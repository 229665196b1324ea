/** Fields every stored record carries; set in one place by the repositories. */
export interface EntityBase {
  id: string
  /** ISO timestamp. */
  createdAt: string
  /** ISO timestamp. */
  updatedAt: string
}

export type NewEntity<T extends EntityBase> = Omit<T, keyof EntityBase> & Partial<Pick<T, 'id'>>
