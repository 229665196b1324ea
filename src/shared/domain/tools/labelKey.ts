/** Labels typed by hand ('Design', ' design') group together. */
export function labelKey(label: string): string {
  return label.trim().toLocaleLowerCase()
}
