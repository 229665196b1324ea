import { useFileDropImport, useImportRecovery } from './import'

/** What the feedback feature does once per app start: recover cut-short imports, accept dropped files. */
export function useFeedbackStartup(): void {
  useImportRecovery()
  useFileDropImport()
}
