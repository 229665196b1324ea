import { useEffect, useRef } from 'react'
import { isMac } from '../../../ui/platform'

/** Ctrl/Cmd+S saves at once, wherever the focus is on the page (the editor, a field, or nowhere). */
export function useSaveShortcut(save: () => void): void {
  const latest = useRef(save)
  useEffect(() => {
    latest.current = save
  })
  useEffect(() => {
    const mac = isMac()
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = mac ? event.metaKey : event.ctrlKey
      if (!mod || event.altKey || event.shiftKey || event.key.toLowerCase() !== 's') return
      event.preventDefault()
      latest.current()
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])
}
