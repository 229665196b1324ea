import '@mantine/tiptap/styles.css'
import { RichTextEditor } from '@mantine/tiptap'
import { useEditorState, type Editor } from '@tiptap/react'
import { controlHint } from './shortcutHint'
import classes from './PlaybookRichTextEditor.module.css'

function TableControls({ editor }: { editor: Editor }) {
  const inTable = useEditorState({ editor, selector: ({ editor: current }) => current?.isActive('table') ?? false })
  if (!inTable) return null
  return (
    <RichTextEditor.ControlsGroup role="group" aria-label="Table">
      <RichTextEditor.TableRowAfter {...controlHint('Add row below')} />
      <RichTextEditor.TableColumnAfter {...controlHint('Add column after')} />
      <RichTextEditor.TableRowDelete {...controlHint('Delete row')} />
      <RichTextEditor.TableColumnDelete {...controlHint('Delete column')} />
      <RichTextEditor.TableDelete {...controlHint('Delete table')} />
    </RichTextEditor.ControlsGroup>
  )
}

/**
 * The playbook's text: Mantine's TipTap editor with a toolbar for everything a playbook uses. Markdown shortcuts
 * work while typing: "## " for a heading, "- " for a list, "- [ ] " for a checklist step, "> " for a quote.
 */
export function PlaybookRichTextEditor({ editor }: { editor: Editor | null }) {
  return (
    <RichTextEditor editor={editor} className={classes.root}>
      <RichTextEditor.Toolbar sticky stickyOffset={56} role="toolbar" aria-label="Formatting">
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Undo {...controlHint('Undo', 'Mod+Z')} />
          <RichTextEditor.Redo {...controlHint('Redo', 'Mod+Shift+Z')} />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.H1 {...controlHint('Heading 1', 'Mod+Alt+1')} />
          <RichTextEditor.H2 {...controlHint('Heading 2', 'Mod+Alt+2')} />
          <RichTextEditor.H3 {...controlHint('Heading 3', 'Mod+Alt+3')} />
          <RichTextEditor.H4 {...controlHint('Heading 4', 'Mod+Alt+4')} />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Bold {...controlHint('Bold', 'Mod+B')} />
          <RichTextEditor.Italic {...controlHint('Italic', 'Mod+I')} />
          <RichTextEditor.Strikethrough {...controlHint('Strikethrough', 'Mod+Shift+S')} />
          <RichTextEditor.Code {...controlHint('Inline code', 'Mod+E')} />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.BulletList {...controlHint('Bullet list', 'Mod+Shift+8')} />
          <RichTextEditor.OrderedList {...controlHint('Numbered list', 'Mod+Shift+7')} />
          <RichTextEditor.TaskList {...controlHint('Checklist (steps of a run)', 'Mod+Shift+9')} />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Blockquote {...controlHint('Quote or callout', 'Mod+Shift+B')} />
          <RichTextEditor.CodeBlock {...controlHint('Code block', 'Mod+Alt+C')} />
          <RichTextEditor.Hr {...controlHint('Horizontal rule')} />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Link {...controlHint('Link', 'Mod+K')} />
          <RichTextEditor.Unlink {...controlHint('Remove link')} />
          <RichTextEditor.TableInsert {...controlHint('Insert table')} />
        </RichTextEditor.ControlsGroup>
        {editor && <TableControls editor={editor} />}
      </RichTextEditor.Toolbar>
      <RichTextEditor.Content />
    </RichTextEditor>
  )
}
