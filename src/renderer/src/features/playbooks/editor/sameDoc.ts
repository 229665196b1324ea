import { normalizeDoc, type DocNode } from '@shared/domain/playbooks/doc'

/** Whether two documents say the same thing (the editor's JSON carries defaults the stored one may not). */
export function sameDoc(a: DocNode, b: DocNode): boolean {
  return JSON.stringify(normalizeDoc(a)) === JSON.stringify(normalizeDoc(b))
}
