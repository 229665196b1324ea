import type { PlaybookDoc } from '../playbooks/doc'
import { emptyRaci, type Playbook, type PlaybookVersion, type Run } from '../playbooks/playbook'
import { withNextReview } from '../playbooks/reviewState'
import { startRun } from '../playbooks/startRun'
import { findTemplate } from '../playbooks/templates'
import { samplePersonIds as who } from './samplePeople'

/** The sample playbooks are the built-in templates: real text a team could use as it is. */
function templateContent(key: string): PlaybookDoc {
  const template = findTemplate(key)
  if (!template) throw new Error(`The template library has no "${key}" template.`)
  return structuredClone(template.content)
}

const triageDoc = templateContent('feedback-triage')
const launchDoc = templateContent('product-launch')
const onboardingDoc = templateContent('pm-onboarding')

export function samplePlaybooks(now: Date, stamp: { createdAt: string; updatedAt: string }): { playbooks: Playbook[]; playbookVersions: PlaybookVersion[]; runs: Run[] } {
  const monthsAgo = (months: number) => new Date(now.getTime() - months * 30 * 86_400_000).toISOString()
  const base = { tags: [] as string[], raci: emptyRaci(), revision: 1, isTemplate: false, ...stamp }
  const playbooks: Playbook[] = [
    withNextReview({ ...base, id: 'sample-playbook-triage', title: 'Weekly feedback triage', summary: 'Keep the feedback inbox under control and themes current.', category: 'process', status: 'published', ownerId: who.maya, reviewCadenceDays: 90, lastReviewedAt: monthsAgo(2.7), lastReviewedBy: who.maya, content: triageDoc, publishedVersion: 1, tags: ['feedback'], raci: { responsible: [who.maya], accountable: [who.maya], consulted: [who.jonas, who.priya], informed: [who.hannah] } }),
    withNextReview({ ...base, id: 'sample-playbook-launch', title: 'Product launch checklist', summary: 'From launch tier to release notes, so nothing is forgotten.', category: 'process', status: 'published', ownerId: who.jonas, reviewCadenceDays: 180, lastReviewedAt: monthsAgo(8), content: launchDoc, publishedVersion: 1, tags: ['launch'] }),
    withNextReview({ ...base, id: 'sample-playbook-onboarding', title: 'New PM onboarding: 30/60/90', summary: 'What a new product manager learns, does and leads in the first quarter.', category: 'training', status: 'draft', reviewCadenceDays: 365, content: onboardingDoc, tags: ['onboarding'] })
  ]
  const playbookVersions: PlaybookVersion[] = playbooks
    .filter((playbook) => playbook.publishedVersion)
    .map((playbook) => ({ id: `${playbook.id}-v1`, playbookId: playbook.id, number: 1, major: 1, minor: 0, message: 'First published version', title: playbook.title, content: playbook.content, createdBy: playbook.ownerId, ...stamp }))
  const triage = playbooks[0]!
  const run = startRun(triage, playbookVersions[0], { title: 'Triage, this week', assigneeId: who.maya })
  run.steps = run.steps.map((step, index) => (index < 2 ? { ...step, done: true, doneAt: stamp.createdAt, doneBy: who.maya } : step))
  return { playbooks, playbookVersions, runs: [{ ...run, id: 'sample-run-triage', ...stamp }] }
}
