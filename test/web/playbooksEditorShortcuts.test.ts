import { Editor, type JSONContent } from '@tiptap/react'
import { afterEach, describe, expect, it } from 'vitest'
import { playbookExtensions } from '../../src/renderer/src/features/playbooks/editor/extensions'

let editor: Editor | undefined

afterEach(() => {
  editor?.destroy()
  editor = undefined
})

/** Types as a keyboard would, one character at a time, so input rules run. */
function type(target: Editor, text: string): void {
  for (const character of text) {
    const { from, to } = target.state.selection
    const handled = target.view.someProp('handleTextInput', (handler) => handler(target.view, from, to, character, () => target.state.tr.insertText(character, from, to)))
    if (!handled) target.view.dispatch(target.state.tr.insertText(character, from, to))
  }
}

function newEditor(): Editor {
  editor = new Editor({ element: document.createElement('div'), extensions: playbookExtensions(), content: { type: 'doc', content: [{ type: 'paragraph' }] } })
  return editor
}

describe('markdown shortcuts in the playbook editor', () => {
  it('turns "- [ ] " into a checklist step, not a checklist inside a bullet', () => {
    const target = newEditor()
    type(target, '- [ ] Brief support')
    expect(target.getJSON().content).toEqual([
      { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: false }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Brief support' }] }] }] }
    ])
  })

  it('turns "- [x] " into a step that is already checked', () => {
    const target = newEditor()
    type(target, '- [x] Done already')
    const list: JSONContent | undefined = target.getJSON().content?.[0]
    expect(list?.content?.[0]?.attrs).toEqual({ checked: true })
  })

  it('keeps "[ ] " at the start of a line and "## " for headings working', () => {
    const target = newEditor()
    type(target, '## Launch day')
    expect(target.getJSON().content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } })
    const second = newEditor()
    type(second, '[ ] Roll out')
    expect(second.getJSON().content?.[0]?.type).toBe('taskList')
  })

  it('leaves a plain bullet list alone', () => {
    const target = newEditor()
    type(target, '- Plain point')
    expect(target.getJSON().content?.[0]?.type).toBe('bulletList')
  })
})

describe('a checklist step typed inside a bullet list', () => {
  it('becomes a step while the bullets around it stay bullets', () => {
    const target = newEditor()
    type(target, '- First point')
    target.commands.splitListItem('listItem')
    type(target, '[ ] A step')
    const blocks: JSONContent[] = target.getJSON().content ?? []
    expect(blocks.map((block) => block.type)).toEqual(['bulletList', 'taskList'])
    const step: JSONContent | undefined = blocks[1]?.content?.[0]?.content?.[0]
    expect(step?.content?.[0]?.text).toBe('A step')
  })
})
