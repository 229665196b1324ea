/**
 * The browser's stand-in for printing to PDF: a hidden iframe shows the
 * document and its print dialog opens, where the user can save it as a PDF.
 * Resolves once print() has returned; the frame goes away after printing.
 */
export function printHtml(html: string, title: string): Promise<void> {
  for (const stale of document.querySelectorAll('iframe[data-opsdeck-print-frame]')) stale.remove()
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe')
    // Same origin so this page may call print() on it, modals for the print dialog, and never a script.
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals')
    frame.setAttribute('data-opsdeck-print-frame', '')
    frame.setAttribute('aria-hidden', 'true')
    frame.tabIndex = -1
    frame.style.cssText = 'position: fixed; right: 0; bottom: 0; width: 0; height: 0; border: 0; visibility: hidden'
    frame.addEventListener(
      'load',
      () => {
        const view = frame.contentWindow
        try {
          if (!view) throw new Error('The print frame did not open')
          // The print dialog suggests the document's title as the file name.
          if (frame.contentDocument && !frame.contentDocument.title) frame.contentDocument.title = title
          view.addEventListener('afterprint', () => frame.remove(), { once: true })
          view.print()
          resolve()
        } catch (error) {
          frame.remove()
          reject(error instanceof Error ? error : new Error(String(error)))
        }
      },
      { once: true }
    )
    frame.srcdoc = html
    document.body.append(frame)
  })
}
