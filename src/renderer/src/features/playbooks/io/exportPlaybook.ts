import type { SaveFileResult } from '@shared/bridge'
import type { Playbook, PlaybookVersion } from '@shared/domain/playbooks/playbook'
import { versionLabel } from '@shared/domain/playbooks/versions'
import { playbookToMarkdownFile } from '@shared/markdown/frontMatter'
import { playbookToHtml } from '@shared/markdown/html'
import { bridgeErrorMessage, getBridge } from '../../../bridge'
import { listVersions } from '../../../db/playbooks'
import { clock } from '../../../db/stamp'
import { notifyError, notifySuccess } from '../../../ui/notify'
import { dataUrls, imageFileNames, imagesOf, markdownZip, withImageSources, withoutInAppLinks, type ExportedImage } from './exportImages'
import { fileBaseName } from './fileName'
import { playbookToJson } from './playbookJson'

export const exportFormats = ['markdown', 'html', 'json', 'pdf'] as const
export type ExportFormat = (typeof exportFormats)[number]

export const exportLabel: Record<ExportFormat, string> = {
  markdown: 'Markdown (.md)',
  html: 'Web page (.html)',
  json: 'Opsdeck JSON, with versions (.json)',
  pdf: 'PDF (.pdf)'
}

function htmlOf(stored: Playbook, versions: PlaybookVersion[], names: ReadonlyMap<string, string>, images: ExportedImage[]): string {
  // Images are embedded, so the page and the PDF show them without the app.
  const playbook = { ...stored, content: withoutInAppLinks(images.length > 0 ? withImageSources(stored.content, dataUrls(images)) : stored.content) }
  const latest = versions[0]
  const label = latest && playbook.publishedVersion === latest.number ? `Version ${versionLabel(latest)}` : latest ? `Draft after version ${versionLabel(latest)}` : 'Draft'
  return playbookToHtml(playbook, { peopleNames: names, versionLabel: label, exportedOn: new Date().toLocaleDateString(undefined, { dateStyle: 'long' }) })
}

function save(format: ExportFormat, playbook: Playbook, versions: PlaybookVersion[], names: ReadonlyMap<string, string>, images: ExportedImage[]): Promise<SaveFileResult> {
  const bridge = getBridge()
  const base = fileBaseName(playbook.title)
  switch (format) {
    case 'markdown':
      if (images.length > 0) {
        // The images go beside the Markdown, in images/, and both in one zip.
        const files = imageFileNames(images)
        const markdown = playbookToMarkdownFile({ ...playbook, content: withoutInAppLinks(withImageSources(playbook.content, files)) }, names)
        return bridge.saveFile({ title: 'Export as Markdown with images', suggestedName: `${base}.zip`, filters: [{ name: 'Markdown and images (.zip)', extensions: ['zip'] }], data: markdownZip(`${base}.md`, markdown, images, files) })
      }
      return bridge.saveFile({ title: 'Export as Markdown', suggestedName: `${base}.md`, filters: [{ name: 'Markdown', extensions: ['md'] }], data: playbookToMarkdownFile({ ...playbook, content: withoutInAppLinks(playbook.content) }, names) })
    case 'html':
      return bridge.saveFile({ title: 'Export as a web page', suggestedName: `${base}.html`, filters: [{ name: 'Web page', extensions: ['html'] }], data: htmlOf(playbook, versions, names, images) })
    case 'json':
      return bridge.saveFile({ title: 'Export as Opsdeck JSON', suggestedName: `${base}.json`, filters: [{ name: 'Opsdeck JSON', extensions: ['json'] }], data: playbookToJson(playbook, versions, clock.now(), images) })
    case 'pdf':
      return bridge.savePdf({ title: 'Export as PDF', suggestedName: `${base}.pdf`, html: htmlOf(playbook, versions, names, images) })
  }
}

/** Exports the stored playbook (save the editor first) through the bridge; main writes the file. */
export async function exportPlaybook(format: ExportFormat, playbook: Playbook, names: ReadonlyMap<string, string>): Promise<void> {
  try {
    const versions = await listVersions(playbook.id)
    const images = await imagesOf(playbook.content)
    const result = await save(format, playbook, versions, names, images)
    if (result.saved) notifySuccess(`Exported ${result.name}`)
  } catch (error) {
    notifyError(`Could not export “${playbook.title}”`, new Error(bridgeErrorMessage(error)))
  }
}
