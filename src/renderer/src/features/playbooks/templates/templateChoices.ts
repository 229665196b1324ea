import { emptyDoc } from '@shared/domain/playbooks/doc'
import { emptyRaci, type Playbook, type PlaybookCategory, type PlaybookDoc } from '@shared/domain/playbooks/playbook'
import { extractSteps } from '@shared/domain/playbooks/steps'
import { playbookFromTemplate, playbookTemplates, templateFromPlaybook, type NewPlaybook } from '@shared/domain/playbooks/templates'

/** One card of the gallery: blank, a built-in template or a playbook saved as a template. */
export interface TemplateChoice {
  key: string
  kind: 'blank' | 'built-in' | 'saved'
  title: string
  summary: string
  category: PlaybookCategory
  tags: string[]
  content: PlaybookDoc
  stepCount: number
  /** The saved template's playbook id, to delete it. */
  playbookId?: string
  create(): NewPlaybook
}

const blank: TemplateChoice = {
  key: 'blank',
  kind: 'blank',
  title: 'Blank playbook',
  summary: 'Start from an empty page. Type “## ” for a heading and “- [ ] ” for a checklist step.',
  category: 'process',
  tags: [],
  content: emptyDoc(),
  stepCount: 0,
  create: () => ({ title: 'Untitled playbook', summary: '', category: 'process', tags: [], raci: emptyRaci(), status: 'draft', reviewCadenceDays: 90, content: emptyDoc(), revision: 1, isTemplate: false })
}

export function templateChoices(saved: Playbook[]): TemplateChoice[] {
  const builtIn = playbookTemplates.map(
    (template): TemplateChoice => ({
      key: `built-in:${template.key}`,
      kind: 'built-in',
      title: template.title,
      summary: template.summary,
      category: template.category,
      tags: template.tags,
      content: template.content,
      stepCount: extractSteps(template.content).length,
      create: () => playbookFromTemplate(template)
    })
  )
  const own = saved.map(
    (template): TemplateChoice => ({
      key: `saved:${template.id}`,
      kind: 'saved',
      title: template.title,
      summary: template.summary,
      category: template.category,
      tags: template.tags,
      content: template.content,
      stepCount: extractSteps(template.content).length,
      playbookId: template.id,
      create: () => ({ ...templateFromPlaybook(template), isTemplate: false })
    })
  )
  return [blank, ...builtIn, ...own]
}
