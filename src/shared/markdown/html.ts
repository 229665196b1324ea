import type { DocMark, DocNode } from '../domain/playbooks/doc'
import { normalizeInlineNodes } from '../domain/playbooks/doc'
import { externalLinkHref } from '../domain/playbooks/links'
import type { Playbook, PlaybookCategory } from '../domain/playbooks/playbook'
import { raciRoles } from '../domain/playbooks/playbook'
import type { PeopleNames } from './frontMatter'

export interface HtmlExportOptions {
  peopleNames?: PeopleNames
  /** Shown in the footer, e.g. "2 March 2026"; left out when not given. */
  exportedOn?: string
  /** Shown under the title, e.g. "Version 2.1". */
  versionLabel?: string
}

const categoryLabels: Record<PlaybookCategory, string> = { process: 'Process', 'best-practice': 'Best practice', training: 'Training' }
const statusLabels: Record<Playbook['status'], string> = { draft: 'Draft', published: 'Published', archived: 'Archived' }

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/**
 * Links that are safe to print and click: web and e-mail. Anything else (a
 * place inside Opsdeck, which means nothing in a file, or a scheme that could
 * run something) keeps its words and loses its link.
 */
function safeHref(href: unknown): string | undefined {
  return externalLinkHref(href)
}

function openTag(mark: DocMark): string {
  switch (mark.type) {
    case 'bold':
      return '<strong>'
    case 'italic':
      return '<em>'
    case 'strike':
      return '<s>'
    case 'underline':
      return '<u>'
    case 'code':
      return '<code>'
    case 'link': {
      const href = safeHref(mark.attrs?.href)
      if (!href) return ''
      const title = typeof mark.attrs?.title === 'string' ? ` title="${escapeHtml(mark.attrs.title)}"` : ''
      return `<a href="${escapeHtml(href)}"${title}>`
    }
    default:
      return ''
  }
}

function closeTag(mark: DocMark): string {
  const tag = { bold: 'strong', italic: 'em', strike: 's', underline: 'u', code: 'code' }[mark.type]
  if (tag) return `</${tag}>`
  return mark.type === 'link' && safeHref(mark.attrs?.href) ? '</a>' : ''
}

function inlineHtml(nodes: DocNode[]): string {
  return normalizeInlineNodes(nodes)
    .map((node) => {
      if (node.type === 'hardBreak') return '<br>'
      if (node.type !== 'text') return escapeHtml(node.text ?? '')
      const marks = node.marks ?? []
      return marks.map(openTag).join('') + escapeHtml(node.text ?? '') + [...marks].reverse().map(closeTag).join('')
    })
    .join('')
}

function blocksHtml(nodes: DocNode[]): string {
  return nodes.map(blockHtml).join('\n')
}

function isCallout(node: DocNode): boolean {
  const first = node.content?.[0]
  const only = first?.type === 'paragraph' && first.content?.length === 1 ? first.content[0] : undefined
  return only?.type === 'text' && only.marks?.length === 1 && only.marks[0]?.type === 'bold' && (node.content?.length ?? 0) > 1
}

function blockHtml(node: DocNode): string {
  const children = node.content ?? []
  switch (node.type) {
    case 'paragraph':
      return `<p>${inlineHtml(children)}</p>`
    case 'heading': {
      // The playbook's title is the page's h1, so the document's headings start one level lower.
      const level = Math.min(Math.max(Number(node.attrs?.level ?? 1), 1), 5) + 1
      return `<h${level}>${inlineHtml(children)}</h${level}>`
    }
    case 'bulletList':
      return `<ul>\n${children.map(blockHtml).join('\n')}\n</ul>`
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1)
      return `<ol${start !== 1 ? ` start="${start}"` : ''}>\n${children.map(blockHtml).join('\n')}\n</ol>`
    }
    case 'listItem':
      return `<li>${blocksHtml(children)}</li>`
    case 'taskList':
      return `<ul class="tasks">\n${children.map(blockHtml).join('\n')}\n</ul>`
    case 'taskItem': {
      const checked = node.attrs?.checked === true
      const glyph = checked ? '☑' : '☐'
      return `<li class="task${checked ? ' done' : ''}"><span class="box" aria-hidden="true">${glyph}</span><div>${blocksHtml(children)}</div></li>`
    }
    case 'codeBlock': {
      const language = typeof node.attrs?.language === 'string' && node.attrs.language ? ` class="language-${escapeHtml(node.attrs.language)}"` : ''
      return `<pre><code${language}>${escapeHtml(children.map((child) => child.text ?? '').join(''))}</code></pre>`
    }
    case 'blockquote':
      return `<blockquote${isCallout(node) ? ' class="callout"' : ''}>\n${blocksHtml(children)}\n</blockquote>`
    case 'horizontalRule':
      return '<hr>'
    case 'image': {
      // Only an embedded image (the export puts stored images inline as data: URLs) is ever fetched by a reader.
      const src = String(node.attrs?.src ?? '')
      const alt = escapeHtml(typeof node.attrs?.alt === 'string' ? node.attrs.alt : '')
      return /^data:image\/(png|jpeg|gif|webp|bmp|avif);base64,[A-Za-z0-9+/=]+$/.test(src) ? `<p><img src="${src}" alt="${alt}"></p>` : alt ? `<p>${alt}</p>` : ''
    }
    case 'table':
      return `<table>\n${children.map(blockHtml).join('\n')}\n</table>`
    case 'tableRow':
      return `<tr>${children.map(blockHtml).join('')}</tr>`
    case 'tableHeader':
    case 'tableCell': {
      const tag = node.type === 'tableHeader' ? 'th' : 'td'
      const align = node.attrs?.align
      const style = align === 'left' || align === 'center' || align === 'right' ? ` style="text-align: ${align}"` : ''
      const span = ['colspan', 'rowspan']
        .map((name) => (typeof node.attrs?.[name] === 'number' && (node.attrs[name] as number) > 1 ? ` ${name}="${node.attrs[name] as number}"` : ''))
        .join('')
      return `<${tag}${style}${span}>${blocksHtml(children)}</${tag}>`
    }
    case 'text':
    case 'hardBreak':
      return `<p>${inlineHtml([node])}</p>`
    default:
      return children.some((child) => child.type === 'text' || child.type === 'hardBreak') ? `<p>${inlineHtml(children)}</p>` : blocksHtml(children)
  }
}

/** The document as an HTML fragment (no page around it). */
export function docToHtml(doc: DocNode): string {
  return doc.type === 'doc' ? blocksHtml(doc.content ?? []) : blockHtml(doc)
}

const styles = `
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 11pt/1.55 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; background: #fff; }
  main { max-width: 46rem; margin: 2.5rem auto; padding: 0 1.5rem; }
  header { border-bottom: 2px solid #1f2328; padding-bottom: 1rem; margin-bottom: 1.5rem; }
  h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .4rem; }
  .summary { font-size: 1.1rem; color: #444c56; margin: 0 0 1rem; }
  dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; font-size: .9rem; }
  dl.meta dt { color: #57606a; }
  dl.meta dd { margin: 0; }
  .tag { display: inline-block; border: 1px solid #d0d7de; border-radius: 999px; padding: 0 .5rem; margin: 0 .25rem .15rem 0; font-size: .8rem; }
  h2 { font-size: 1.5rem; margin: 2rem 0 .6rem; }
  h3 { font-size: 1.25rem; margin: 1.6rem 0 .5rem; }
  h4, h5, h6 { font-size: 1.05rem; margin: 1.3rem 0 .4rem; }
  h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  p { margin: .5rem 0; }
  ul, ol { padding-left: 1.6rem; margin: .5rem 0; }
  li { margin: .15rem 0; }
  li > p { margin: 0; }
  ul.tasks { list-style: none; padding-left: 0; }
  ul.tasks ul.tasks { padding-left: 1.6rem; }
  li.task { display: flex; gap: .5rem; align-items: flex-start; break-inside: avoid; }
  li.task .box { font-size: 1.15em; line-height: 1.3; flex: none; }
  li.task.done > div > p { color: #57606a; text-decoration: line-through; }
  code { font: .9em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f3f4f6; border-radius: 4px; padding: .1em .3em; }
  pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: .8rem 1rem; white-space: pre-wrap; word-break: break-word; break-inside: avoid; }
  pre code { background: none; padding: 0; }
  blockquote { margin: .8rem 0; padding: .2rem 1rem; border-left: 4px solid #d0d7de; color: #444c56; }
  blockquote.callout { border-left-color: #0969da; background: #f0f6ff; border-radius: 0 6px 6px 0; color: #1f2328; }
  table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .95rem; break-inside: avoid; }
  th, td { border: 1px solid #d0d7de; padding: .35rem .6rem; text-align: left; vertical-align: top; }
  th { background: #f6f8fa; }
  td > p, th > p { margin: 0; }
  hr { border: 0; border-top: 1px solid #d0d7de; margin: 1.5rem 0; }
  a { color: #0969da; }
  footer { margin-top: 3rem; padding-top: .6rem; border-top: 1px solid #d0d7de; font-size: .8rem; color: #57606a; }
  @page { size: auto; margin: 18mm 16mm; }
  @media print {
    main { margin: 0; max-width: none; padding: 0; }
    a { color: inherit; }
    a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; color: #57606a; word-break: break-all; }
  }
`

function metaRow(label: string, value: string): string {
  return value ? `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>` : ''
}

function peopleList(ids: string[], names: PeopleNames | undefined): string {
  return ids
    .map((id) => escapeHtml((names instanceof Map ? names.get(id) : (names as Record<string, string> | undefined)?.[id]) ?? id))
    .join(', ')
}

/** A standalone, print-ready page: the playbook's fields as a header, then the document. */
export function playbookToHtml(
  playbook: Pick<Playbook, 'title' | 'summary' | 'category' | 'tags' | 'ownerId' | 'raci' | 'status' | 'reviewCadenceDays' | 'lastReviewedAt' | 'nextReviewAt' | 'content'>,
  options: HtmlExportOptions = {}
): string {
  const names = options.peopleNames
  const rows = [
    metaRow('Category', escapeHtml(categoryLabels[playbook.category] ?? playbook.category)),
    metaRow('Status', escapeHtml(statusLabels[playbook.status] ?? playbook.status)),
    metaRow('Version', escapeHtml(options.versionLabel ?? '')),
    metaRow('Owner', playbook.ownerId ? peopleList([playbook.ownerId], names) : ''),
    ...raciRoles.map((role) => metaRow(role.charAt(0).toUpperCase() + role.slice(1), peopleList(playbook.raci[role], names))),
    metaRow('Review every', playbook.reviewCadenceDays ? `${playbook.reviewCadenceDays} days` : ''),
    metaRow('Last reviewed', escapeHtml(playbook.lastReviewedAt?.slice(0, 10) ?? '')),
    metaRow('Next review', escapeHtml(playbook.nextReviewAt ?? '')),
    metaRow('Tags', playbook.tags.map((tag) => `<span class="tag">${escapeHtml(tag)}</span>`).join(''))
  ].join('\n')
  const summary = playbook.summary ? `\n<p class="summary">${escapeHtml(playbook.summary)}</p>` : ''
  const footer = options.exportedOn ? `\n<footer>Exported from Opsdeck on ${escapeHtml(options.exportedOn)}</footer>` : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(playbook.title)}</title>
<style>${styles}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(playbook.title)}</h1>${summary}
<dl class="meta">
${rows}
</dl>
</header>
<article>
${docToHtml(playbook.content)}
</article>${footer}
</main>
</body>
</html>
`
}
