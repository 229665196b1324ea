import { z } from 'zod'
import { checkPlaybookDoc } from '@shared/domain/playbooks/docSchema'
import type { Playbook, PlaybookVersion } from '@shared/domain/playbooks/playbook'
import { playbookCategories, playbookStatuses } from '@shared/domain/playbooks/playbook'
import { calendarDaySchema, docDepth, maxDocDepth, timestampSchema } from '@shared/domain/playbooks/importChecks'
import { base64 } from './base64'

export const playbookJsonFormat = 'opsdeck-playbook'

/** The lossless export: the playbook exactly as stored, with every published version. */
export interface PlaybookJson {
  format: typeof playbookJsonFormat
  formatVersion: 1
  exportedAt: string
  playbook: Playbook
  versions: PlaybookVersion[]
  /** The images the document shows (`opsdeck-image:<id>`), base64. */
  images?: PlaybookJsonImage[]
}

export interface PlaybookJsonImage {
  id: string
  name: string
  type: string
  data: string
}

export function playbookToJson(playbook: Playbook, versions: PlaybookVersion[], exportedAt: string, images: { id: string; name: string; type: string; bytes: Uint8Array }[] = []): string {
  const file: PlaybookJson = { format: playbookJsonFormat, formatVersion: 1, exportedAt, playbook, versions: [...versions].sort((a, b) => a.number - b.number) }
  if (images.length > 0) file.images = images.map((image) => ({ id: image.id, name: image.name, type: image.type, data: base64(image.bytes) }))
  return `${JSON.stringify(file, null, 2)}\n`
}

/** Checked against the editor's schema after parsing (checkPlaybookDoc): here only its outline. */
const docSchema = z.custom<unknown>((value) => typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc' && Array.isArray((value as { content?: unknown }).content), 'expected an editor document ({"type": "doc", "content": [...]})')
const idList = z.array(z.string())
const entity = { id: z.string().min(1), createdAt: timestampSchema, updatedAt: timestampSchema }

const playbookSchema = z.looseObject({
  ...entity,
  title: z.string(),
  summary: z.string(),
  category: z.enum(playbookCategories),
  tags: z.array(z.string()),
  ownerId: z.string().optional(),
  raci: z.object({ responsible: idList, accountable: idList, consulted: idList, informed: idList }),
  status: z.enum(playbookStatuses),
  reviewCadenceDays: z.number().int().positive().optional(),
  lastReviewedAt: timestampSchema.optional(),
  lastReviewedBy: z.string().optional(),
  nextReviewAt: calendarDaySchema.optional(),
  content: docSchema,
  revision: z.number().int().nonnegative(),
  publishedVersion: z.number().int().positive().optional(),
  isTemplate: z.boolean(),
  templateKey: z.string().optional()
})

const versionSchema = z.looseObject({
  ...entity,
  playbookId: z.string(),
  number: z.number().int().positive(),
  major: z.number().int().nonnegative(),
  minor: z.number().int().nonnegative(),
  message: z.string(),
  title: z.string(),
  content: docSchema,
  createdBy: z.string().optional()
})

const imageSchema = z.object({ id: z.string().min(1).max(100), name: z.string().max(255), type: z.string().regex(/^image\/(png|jpeg|gif|webp|bmp|avif)$/), data: z.string().regex(/^[A-Za-z0-9+/=]*$/) })

const fileSchema = z.object({
  format: z.literal(playbookJsonFormat),
  formatVersion: z.literal(1),
  playbook: playbookSchema,
  versions: z.array(versionSchema),
  images: z.array(imageSchema).optional()
})

export interface ParsedPlaybookJson {
  playbook: Playbook
  versions: PlaybookVersion[]
  images: PlaybookJsonImage[]
  /** What was left out because the editor has no place for it, naming the file. */
  warnings: string[]
}

/**
 * Reads an export back; every problem names the file and the field. Documents
 * are held to the editor's schema: unknown nodes, marks, attributes and unsafe
 * links are left out (and listed), a document nested too deep is refused.
 */
export function parsePlaybookJson(text: string, fileName: string): ParsedPlaybookJson {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new Error(`${fileName}: not valid JSON (${error instanceof Error ? error.message : String(error)}).`, { cause: error })
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== playbookJsonFormat) {
    throw new Error(`${fileName}: not an Opsdeck playbook export (it should say "format": "${playbookJsonFormat}").`)
  }
  const parsed = fileSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.map(String).join('.') || 'file'
    throw new Error(`${fileName}: ${where}: ${issue?.message ?? 'unexpected content'}.`)
  }
  const { playbook, versions, images = [] } = parsed.data
  const tooDeep = [playbook.content, ...versions.map((version) => version.content)].find((doc) => docDepth(doc) > maxDocDepth)
  if (tooDeep) throw new Error(`${fileName}: the document is nested more than ${maxDocDepth} levels deep, which no playbook is.`)
  const strays = versions.filter((version) => version.playbookId !== playbook.id)
  if (strays.length > 0) throw new Error(`${fileName}: ${strays.length} version(s) belong to another playbook.`)
  const dropped = new Set<string>()
  const checked = (content: unknown, where: string) => {
    const check = checkPlaybookDoc(content)
    if (!check.ok) throw new Error(`${fileName}: ${where}: ${check.reason}.`)
    check.dropped.forEach((item) => dropped.add(item))
    return check.doc
  }
  const safePlaybook = { ...playbook, content: checked(playbook.content, 'playbook.content') } as Playbook
  const safeVersions = versions.map((version) => ({ ...version, content: checked(version.content, `version ${version.number}`) }) as PlaybookVersion)
  const warnings = dropped.size > 0 ? [`${fileName}: left out what the editor has no place for: ${[...dropped].join('; ')}.`] : []
  return { playbook: safePlaybook, versions: safeVersions, images, warnings }
}
