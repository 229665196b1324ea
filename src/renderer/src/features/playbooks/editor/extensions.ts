import { Link, getTaskListExtension } from '@mantine/tiptap'
import type { Extensions } from '@tiptap/react'
import { TableKit } from '@tiptap/extension-table'
import TaskItem from '@tiptap/extension-task-item'
import TipTapTaskList from '@tiptap/extension-task-list'
import StarterKit from '@tiptap/starter-kit'
import { linkTarget } from '@shared/domain/playbooks/links'
import { LinkOpener } from './linkOpener'
import { ImagePasteAndDrop, PlaybookImage } from './playbookImages'
import { TaskShortcut } from './taskShortcut'

/** The editor's schema: exactly the nodes and marks a playbook document has (see shared/domain/playbooks/doc.ts). */
export function playbookExtensions(): Extensions {
  return [
    StarterKit.configure({ link: false, trailingNode: false, heading: { levels: [1, 2, 3, 4] } }),
    // Only web, e-mail and in-app links exist in a playbook; they open through LinkOpener, never by the webview.
    Link.configure({ openOnClick: false, isAllowedUri: (url) => linkTarget(url) !== undefined }),
    LinkOpener,
    getTaskListExtension(TipTapTaskList),
    TaskItem.configure({ nested: true, a11y: { checkboxLabel: (node, checked) => `${checked ? 'Done' : 'To do'}: ${node.textContent || 'empty step'}` } }),
    TableKit.configure({ table: { resizable: false } }),
    TaskShortcut,
    PlaybookImage,
    ImagePasteAndDrop
  ]
}
