import { useEffect } from 'react'
import { fileSourceFromFile } from '../../../bridge/fileSource'
import { beginImport } from './importActions'

/** A CSV dropped anywhere on the window starts an import; other drops are ignored rather than opened. */
export function useFileDropImport(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault()
    }
    const onDrop = (event: DragEvent) => {
      if (event.defaultPrevented) return
      const file = event.dataTransfer?.files[0]
      if (!file) return
      event.preventDefault()
      beginImport(fileSourceFromFile(file))
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [])
}
