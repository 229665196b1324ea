import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import { TextSelection } from '@tiptap/pm/state'
import { Extension, InputRule } from '@tiptap/react'

/**
 * "- [ ] " typed at the start of a line: StarterKit turns "- " into a bullet list first, so the task list's own
 * rule would nest a checklist inside the bullet. This rule turns that bullet item into a task item instead, as
 * Markdown readers expect; the bullets before and after it stay bullets. Anywhere else it steps aside for the
 * task item's rule.
 */
export const TaskShortcut = Extension.create({
  name: 'taskShortcut',
  priority: 200,
  addInputRules() {
    return [
      new InputRule({
        find: /^\s*\[([ xX])?\]\s$/,
        handler: ({ state, range, match }) => {
          const $from = state.doc.resolve(range.from)
          const depth = $from.depth
          if (depth < 3 || $from.node(depth - 1).type.name !== 'listItem' || $from.node(depth - 2).type.name !== 'bulletList') return null
          if ($from.index(depth - 1) !== 0) return null
          const { schema, tr } = state
          const listPos = $from.before(depth - 2)
          const index = $from.index(depth - 2)
          tr.delete(range.from, range.to)
          const list = tr.doc.nodeAt(listPos) as ProseMirrorNode
          const item = list.child(index)
          const items = (from: number, to: number) => {
            const children: ProseMirrorNode[] = []
            for (let at = from; at < to; at++) children.push(list.child(at))
            return children
          }
          const before = items(0, index)
          const after = items(index + 1, list.childCount)
          const task = schema.nodes.taskItem!.create({ checked: (match[1] ?? '').toLowerCase() === 'x' }, item.content)
          const parts: ProseMirrorNode[] = []
          if (before.length > 0) parts.push(list.type.create(list.attrs, before))
          parts.push(schema.nodes.taskList!.create(null, task))
          if (after.length > 0) parts.push(list.type.create(list.attrs, after))
          tr.replaceWith(listPos, listPos + list.nodeSize, Fragment.fromArray(parts))
          const beforeSize = before.length > 0 ? (parts[0] as ProseMirrorNode).nodeSize : 0
          tr.setSelection(TextSelection.create(tr.doc, listPos + beforeSize + 3))
        }
      })
    ]
  }
})
