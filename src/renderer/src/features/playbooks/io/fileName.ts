/** A file name from a playbook title: no characters a file system refuses, never empty. */
export function fileBaseName(title: string): string {
  const base = title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 100)
    .trim()
  return base || 'playbook'
}
