import { RichTextEditor } from '@mantine/tiptap'
import { useEditor } from '@tiptap/react'
import { useEffect, useState } from 'react'
import type { PlaybookDoc } from '@shared/domain/playbooks/playbook'
import { playbookExtensions } from '../editor/extensions'

/** A document shown read-only with the editor's own look, so a preview is exactly what the playbook will be. */
export function DocPreview({ doc, label }: { doc: PlaybookDoc; label: string }) {
  const [extensions] = useState(playbookExtensions)
  const [editorProps] = useState(() => ({ attributes: { 'aria-label': label, role: 'document' } }))
  const editor = useEditor({ extensions, content: doc, editable: false, shouldRerenderOnTransaction: false, editorProps })
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.setContent(doc, { emitUpdate: false })
  }, [editor, doc])
  return (
    <RichTextEditor editor={editor} variant="subtle" style={{ border: 0 }}>
      <RichTextEditor.Content />
    </RichTextEditor>
  )
}
