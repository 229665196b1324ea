import { describe, expect, it } from 'vitest'
import { extractSteps, findTemplate, nodeText, playbookFromTemplate, playbookTemplates, playbookCategories, templateFromPlaybook } from '../../../src/shared/domain/playbooks'

describe('the built-in template library', () => {
  it('has the ten product-ops templates, each with its own key', () => {
    expect(playbookTemplates.map((template) => template.title)).toEqual([
      'Product launch checklist',
      'Feedback triage routine',
      'Quarterly planning',
      'New PM onboarding (30/60/90)',
      'Tool request and procurement',
      'Release notes',
      'Incident communication',
      'Feature deprecation',
      'Pricing change',
      'Customer advisory board'
    ])
    expect(new Set(playbookTemplates.map((template) => template.key)).size).toBe(10)
  })

  it.each(playbookTemplates.map((template) => [template.title, template] as const))('gives "%s" sections, real steps and its settings', (_, template) => {
    const sections = template.content.content.filter((node) => node.type === 'heading' && node.attrs?.level === 2)
    const steps = extractSteps(template.content)
    expect(sections.length).toBeGreaterThanOrEqual(4)
    expect(steps.length).toBeGreaterThanOrEqual(8)
    expect(steps.every((step) => step.section && step.text.length > 10)).toBe(true)
    expect(template.summary.length).toBeGreaterThan(40)
    expect(template.tags.length).toBeGreaterThanOrEqual(3)
    expect(playbookCategories).toContain(template.category)
    expect(template.reviewCadenceDays).toBeGreaterThanOrEqual(90)
    expect(nodeText(template.content)).not.toMatch(/lorem|ipsum|TODO|TBD/i)
  })

  it('spreads over all three categories, with the onboarding plan as training', () => {
    expect(new Set(playbookTemplates.map((template) => template.category))).toEqual(new Set(['process', 'best-practice', 'training']))
    expect(findTemplate('pm-onboarding')?.category).toBe('training')
    expect(findTemplate('nope')).toBeUndefined()
  })

  it('gives the onboarding steps deadlines from their 30/60/90 sections', () => {
    const offsets = extractSteps(findTemplate('pm-onboarding')?.content ?? { type: 'doc', content: [] }).map((step) => step.dueOffsetDays)
    expect(offsets).toContain(29)
    expect(offsets).toContain(59)
    expect(offsets).toContain(89)
  })
})

describe('new from template and save as template', () => {
  it('makes a draft with its own copy of the content', () => {
    const template = findTemplate('release-notes')
    if (!template) throw new Error('missing template')
    const playbook = playbookFromTemplate(template, 'p1')
    expect(playbook).toMatchObject({ title: 'Release notes', status: 'draft', ownerId: 'p1', revision: 0, isTemplate: false, templateKey: 'release-notes', reviewCadenceDays: 180 })
    expect(playbook.raci).toEqual({ responsible: [], accountable: [], consulted: [], informed: [] })
    expect(playbook.content).toEqual(template.content)
    playbook.content.content.pop()
    playbook.tags.push('mine')
    expect(playbook.content).not.toEqual(template.content)
    expect(template.tags).not.toContain('mine')
  })

  it('saves a playbook as a template without its people or history', () => {
    const template = templateFromPlaybook({ title: 'Our launch', summary: 'How we launch', category: 'process', tags: ['launch'], reviewCadenceDays: 120, content: { type: 'doc', content: [{ type: 'paragraph' }] } })
    expect(template).toEqual({
      title: 'Our launch',
      summary: 'How we launch',
      category: 'process',
      tags: ['launch'],
      raci: { responsible: [], accountable: [], consulted: [], informed: [] },
      status: 'draft',
      reviewCadenceDays: 120,
      content: { type: 'doc', content: [{ type: 'paragraph' }] },
      revision: 0,
      isTemplate: true
    })
  })
})
