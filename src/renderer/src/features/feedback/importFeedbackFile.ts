import { beginImport, chooseCsvFile } from './import'
import { notifyError } from '../../ui/notify'

/** File > Import feedback…: the open dialog first, then the preview. */
export async function importFeedbackFile(): Promise<void> {
  try {
    const file = await chooseCsvFile()
    if (file) beginImport(file)
  } catch (error) {
    notifyError('Could not open the file', error)
  }
}
