import Image from '@tiptap/extension-image'
import { Extension } from '@tiptap/react'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { addPlaybookImage, getPlaybookImage } from '../../../db/playbookImport'

export const imageSrcPrefix = 'opsdeck-image:'

const objectUrls = new Map<string, Promise<string | undefined>>()

/** The object URL of a stored image, made once per window: images show offline, from IndexedDB. */
export function imageUrl(src: string): Promise<string | undefined> {
  if (!src.startsWith(imageSrcPrefix)) return Promise.resolve(/^data:image\//i.test(src) ? src : undefined)
  const id = src.slice(imageSrcPrefix.length)
  let url = objectUrls.get(id)
  if (!url) {
    url = getPlaybookImage(id).then((image) => (image?.blob instanceof Blob ? URL.createObjectURL(image.blob) : undefined))
    objectUrls.set(id, url)
  }
  return url
}

/**
 * TipTap's image node, drawn from the blob stored in Dexie (the document keeps `opsdeck-image:<id>`, never a path
 * or a web address). An image that cannot be found shows its words.
 */
export const PlaybookImage = Image.extend({
  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement('img')
      const alt = typeof node.attrs.alt === 'string' ? node.attrs.alt : ''
      dom.alt = alt
      dom.className = 'playbook-image'
      if (typeof node.attrs.title === 'string') dom.title = node.attrs.title
      void imageUrl(String(node.attrs.src ?? '')).then((url) => {
        if (url) dom.src = url
        else dom.alt = alt ? `${alt} (image not found)` : 'Image not found'
      })
      return { dom }
    }
  }
}).configure({ inline: false, allowBase64: false })

function imageFiles(list: FileList | null | undefined): File[] {
  return Array.from(list ?? []).filter((file) => /^image\/(png|jpeg|gif|webp|svg\+xml|bmp|avif)$/.test(file.type))
}

async function insertImages(view: EditorView, files: File[], at?: number): Promise<void> {
  for (const file of files) {
    const stored = await addPlaybookImage({ name: file.name || 'Pasted image', type: file.type, blob: file })
    const type = view.state.schema.nodes.image
    if (!type) return
    const node = type.create({ src: `${imageSrcPrefix}${stored.id}`, alt: file.name ? file.name.replace(/\.[^.]+$/, '') : null })
    const position = at ?? view.state.selection.from
    view.dispatch(view.state.tr.insert(Math.min(position, view.state.doc.content.size), node))
  }
}

/** An image pasted or dropped into the editor is stored as a blob and shown where it landed. */
export const ImagePasteAndDrop = Extension.create({
  name: 'imagePasteAndDrop',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('imagePasteAndDrop'),
        props: {
          handlePaste: (view, event) => {
            const files = imageFiles(event.clipboardData?.files)
            if (files.length === 0 || !view.editable) return false
            event.preventDefault()
            void insertImages(view, files)
            return true
          },
          handleDrop: (view, event, _slice, moved) => {
            const files = imageFiles(event.dataTransfer?.files)
            if (moved || files.length === 0 || !view.editable) return false
            event.preventDefault()
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos
            void insertImages(view, files, at)
            return true
          }
        }
      })
    ]
  }
})
