import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Extension } from '@tiptap/react'
import { linkTarget } from '@shared/domain/playbooks/links'
import { getBridge } from '../../../bridge'
import { notifyError } from '../../../ui/notify'

/**
 * Opens a playbook's links the one safe way: web and e-mail links through the
 * bridge (the system browser or mail app), `#/…` links (another playbook) as
 * a place in Opsdeck, in this window, on a plain click. While editing, a web
 * link takes Ctrl/Cmd+click, as a plain click places the cursor; a read-only
 * document opens it on a plain click. Any other href is never followed.
 */
export function openPlaybookLink(href: string | null | undefined): boolean {
  const target = linkTarget(href)
  if (!target) return false
  if (target.kind === 'in-app') window.location.hash = target.href
  else getBridge().openExternal({ url: target.href }).catch((error: unknown) => notifyError('Could not open the link', error))
  return true
}

export const LinkOpener = Extension.create({
  name: 'linkOpener',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('opsdeckLinkOpener'),
        props: {
          handleDOMEvents: {
            click: (view, event) => {
              const anchor = event.target instanceof Element ? event.target.closest('a') : null
              if (!anchor || !view.dom.contains(anchor)) return false
              // Never let the webview follow an href itself (target="_blank" would open a window).
              event.preventDefault()
              const href = anchor.getAttribute('href')
              const inApp = linkTarget(href)?.kind === 'in-app'
              if (event.button !== 0 || (view.editable && !inApp && !(event.ctrlKey || event.metaKey))) return false
              openPlaybookLink(href)
              return true
            }
          }
        }
      })
    ]
  }
})
