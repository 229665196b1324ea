import { afterAll, beforeAll } from 'vitest'

/**
 * happy-dom lays nothing out, so every element is 0 px tall and a virtualised
 * list shows no row. Give grids a viewport's height, as a browser would.
 */
export function withGridViewport(height = 600, width = 1200): void {
  const descriptors = {
    clientHeight: Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight'),
    clientWidth: Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')
  }
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.getAttribute('role') === 'grid' ? height : 0
      }
    })
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
      configurable: true,
      get(this: HTMLElement) {
        return this.getAttribute('role') === 'grid' ? width : 0
      }
    })
  })
  afterAll(() => {
    delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight
    delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth
    if (descriptors.clientHeight) Object.defineProperty(Element.prototype, 'clientHeight', descriptors.clientHeight)
    if (descriptors.clientWidth) Object.defineProperty(Element.prototype, 'clientWidth', descriptors.clientWidth)
  })
}

/** Mantine's autosizing textarea listens for web fonts, which happy-dom does not have. */
export function withDocumentFonts(): void {
  beforeAll(() => {
    const doc = document as unknown as { fonts?: unknown }
    doc.fonts ??= { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() }
  })
}
