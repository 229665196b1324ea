import type { FileFilter } from '@shared/bridge'

/** A hidden file input, the browser's stand-in for an open dialog. Resolves null when cancelled. */
export function pickFiles(options: { filters: FileFilter[]; multiple: boolean; directory?: boolean }): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = options.multiple
    if (options.directory) input.webkitdirectory = true
    input.accept = options.filters
      .flatMap((filter) => filter.extensions)
      .filter((extension) => extension !== '*')
      .map((extension) => `.${extension}`)
      .join(',')
    input.style.display = 'none'
    input.setAttribute('data-opsdeck-file-input', '')
    input.addEventListener('change', () => {
      const files = input.files ? Array.from(input.files) : []
      input.remove()
      resolve(files.length > 0 ? files : null)
    })
    input.addEventListener('cancel', () => {
      input.remove()
      resolve(null)
    })
    document.body.append(input)
    input.click()
  })
}
