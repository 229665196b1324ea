import { useFileDropImport, useImportRecovery } from './import'
import { useCountsCheck } from './useCountsCheck'

/** What the feedback feature does once per app start: recover cut-short imports, accept dropped files, check the kept counts. */
export function useFeedbackStartup(): void {
  useImportRecovery()
  useFileDropImport()
  useCountsCheck()
}
