import { List, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { OpenedFile } from '@shared/bridge'
import { checkPlaybookDoc } from '@shared/domain/playbooks/docSchema'
import type { Playbook, PlaybookVersion } from '@shared/domain/playbooks/playbook'
import { bridgeErrorMessage, getBridge } from '../../../bridge'
import { listPeople } from '../../../db/people'
import { createPlaybook, importBundle, playbookExists } from '../../../db/playbooks'
import { clock } from '../../../db/stamp'
import { navigate } from '../../../navigation/useRoute'
import { notifyError, notifySuccess } from '../../../ui/notify'
import { markdownToPlaybook } from './importMarkdown'
import { parsePlaybookJson } from './playbookJson'
import { readOpenedFile } from './readOpenedFile'

export interface ImportReport {
  imported: Playbook[]
  /** Files that could not be imported, each message naming its file. */
  errors: string[]
  /** Imported, with something the user should know. */
  warnings: string[]
}

/** A JSON export brought back: as is, or as a copy with new ids when the playbook is already here. */
async function importJson(text: string, fileName: string, report: ImportReport): Promise<Playbook> {
  const { playbook, versions, warnings } = parsePlaybookJson(text, fileName)
  report.warnings.push(...warnings)
  if (!(await playbookExists(playbook.id))) {
    await importBundle(playbook, versions)
    return playbook
  }
  const id = clock.newId()
  const copy: Playbook = { ...playbook, id, title: `${playbook.title} (imported)`, updatedAt: clock.now() }
  const copies: PlaybookVersion[] = versions.map((version) => ({ ...version, id: clock.newId(), playbookId: id }))
  await importBundle(copy, copies)
  return copy
}

async function importFile(file: OpenedFile, report: ImportReport): Promise<void> {
  const bridge = getBridge()
  try {
    const text = await readOpenedFile(bridge, file)
    if (/\.json$/i.test(file.name)) {
      report.imported.push(await importJson(text, file.name, report))
    } else {
      const { playbook, warnings } = markdownToPlaybook(text, file.name, await listPeople())
      const check = checkPlaybookDoc(playbook.content)
      if (!check.ok) throw new Error(`${file.name}: ${check.reason}.`)
      if (check.dropped.length > 0) warnings.push(`${file.name}: left out what the editor has no place for: ${check.dropped.join('; ')}.`)
      report.imported.push(await createPlaybook({ ...playbook, content: check.doc }))
      report.warnings.push(...warnings)
    }
  } catch (error) {
    const message = bridgeErrorMessage(error)
    report.errors.push(message.includes(file.name) ? message : `${file.name}: ${message}`)
  } finally {
    await bridge.closeFile({ token: file.token }).catch(() => undefined)
  }
}

/** Reads the chosen files one by one; a file that fails is reported by name and the others still import. */
export async function importPlaybookFiles(files: OpenedFile[]): Promise<ImportReport> {
  const report: ImportReport = { imported: [], errors: [], warnings: [] }
  for (const file of files) await importFile(file, report)
  return report
}

function showReport(report: ImportReport): void {
  const count = report.imported.length
  if (count > 0) notifySuccess(count === 1 ? `Imported “${report.imported[0]?.title}”` : `Imported ${count} playbooks`)
  const problems = [...report.errors, ...report.warnings]
  if (problems.length === 0) return
  notifications.show({
    color: report.errors.length > 0 ? 'red' : 'yellow',
    autoClose: false,
    title: report.errors.length > 0 ? `${report.errors.length === 1 ? '1 file' : `${report.errors.length} files`} could not be imported` : 'Imported, with notes',
    message: (
      <List size="sm">
        {problems.slice(0, 12).map((problem) => (
          <List.Item key={problem}>
            <Text size="sm">{problem}</Text>
          </List.Item>
        ))}
        {problems.length > 12 && <List.Item>…and {problems.length - 12} more</List.Item>}
      </List>
    )
  })
}

/** "Import playbooks…": Markdown (one or many files) or Opsdeck JSON, chosen in one dialog. */
export async function importPlaybooks(): Promise<void> {
  let files: OpenedFile[] | null
  try {
    files = await getBridge().openFiles({
      title: 'Import playbooks',
      multiple: true,
      filters: [
        { name: 'Markdown or Opsdeck JSON', extensions: ['md', 'markdown', 'txt', 'json'] },
        { name: 'Markdown', extensions: ['md', 'markdown', 'txt'] },
        { name: 'Opsdeck JSON', extensions: ['json'] }
      ]
    })
  } catch (error) {
    notifyError('Could not open the files', new Error(bridgeErrorMessage(error)))
    return
  }
  if (!files || files.length === 0) return
  const report = await importPlaybookFiles(files)
  showReport(report)
  const only = report.imported.length === 1 ? report.imported[0] : undefined
  if (only) navigate('playbooks', only.id)
}
