import type { BatchFile } from '../../src/shared/playbookImport/planImport'

/** The playbook import fixtures (test/fixtures/playbooks) as a batch, read the way Vite reads files. */
const texts = import.meta.glob('../fixtures/playbooks/**/*.{md,html}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>
const images = Object.keys(import.meta.glob('../fixtures/playbooks/**/*.png'))

/** A 24x16 PNG: the component tests only need the images to be there (the end-to-end test shows them). */
export const samplePng = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAABgAAAAQCAIAAACDRijCAAAAGklEQVR4nGNQTX5NFcQwatCoQaMGjRpEGQIAqdwsn7cBVboAAAAASUVORK5CYII='), (char) => char.charCodeAt(0))

export function fixtureBatch(folder: string): BatchFile[] {
  const prefix = `../fixtures/playbooks/${folder}/`
  const encoder = new TextEncoder()
  return [
    ...Object.entries(texts)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, text]) => ({ path: path.slice(prefix.length), bytes: encoder.encode(text) })),
    ...images.filter((path) => path.startsWith(prefix)).map((path) => ({ path: path.slice(prefix.length), bytes: samplePng }))
  ].sort((a, b) => a.path.localeCompare(b.path))
}
