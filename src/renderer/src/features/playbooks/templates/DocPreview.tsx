import { RichTextEditor } from '@mantine/tiptap'
import { useEditor } from '@tiptap/react'
import { useEffect } from 'react'
import type { PlaybookDoc } from '@shared/domain/playbooks/playbook'
import { playbookExtensions } from '../editor/extensions'

/** A document shown read-only with the editor's own look, so a preview is exactly what the playbook will be. */
export function DocPreview({ doc, label }: { doc: PlaybookDoc; label: string }) {
  const editor = useEditor({
    extensions: playbookExtensions(),
    content: doc,
    editable: false,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes: { 'aria-label': label, role: 'document' } }
  })
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.setContent(doc, { emitUpdate: false })
  }, [editor, doc])
  return (
    <RichTextEditor editor={editor} variant="subtle" style={{ border: 0 }}>
      <RichTextEditor.Content />
    </RichTextEditor>
  )
}
