import type { DocNode, PlaybookDoc } from '../playbooks/doc'
import { emptyRaci, type Playbook, type PlaybookVersion, type Run } from '../playbooks/playbook'
import { withNextReview } from '../playbooks/reviewState'
import { startRun } from '../playbooks/startRun'
import { samplePersonIds as who } from './samplePeople'

const text = (value: string): DocNode => ({ type: 'text', text: value })
const heading = (level: number, value: string): DocNode => ({ type: 'heading', attrs: { level }, content: [text(value)] })
const paragraph = (value: string): DocNode => ({ type: 'paragraph', content: [text(value)] })
const tasks = (items: string[]): DocNode => ({
  type: 'taskList',
  content: items.map((item) => ({ type: 'taskItem', attrs: { checked: false }, content: [paragraph(item)] }))
})
const doc = (...content: DocNode[]): PlaybookDoc => ({ type: 'doc', content })

const triageDoc = doc(
  heading(2, 'Why'),
  paragraph('Feedback that waits more than a week loses its context. This routine keeps the inbox under control in 45 minutes a week.'),
  heading(2, 'Every Monday'),
  tasks([
    'Import last week’s exports from Zendesk, Intercom and the app stores',
    'Read every new item and mark it reviewed, linked or archived',
    'Link each request to an existing theme, or propose a new theme',
    'Flag anything from an enterprise account to its account manager'
  ]),
  heading(2, 'Every month'),
  tasks(['Share the top five themes by revenue with the product managers', 'Archive themes that shipped and tell the customers who asked'])
)

const launchDoc = doc(
  heading(2, 'Four weeks before'),
  tasks(['Agree the launch tier (major, minor, silent) with product marketing', 'Write the internal FAQ and the support macro']),
  heading(2, 'One week before'),
  tasks(['Brief support and sales, record the demo', 'Check the feature flag plan and the rollback steps']),
  heading(2, 'Launch day'),
  tasks(['Roll out to 10%, watch error rates for an hour', 'Publish release notes and the changelog entry', 'Post in the customer community'])
)

const onboardingDoc = doc(
  heading(2, 'First 30 days: learn'),
  tasks(['Meet every engineering lead and designer on your team', 'Shadow five customer calls', 'Read the last two quarters of planning documents']),
  heading(2, 'Days 31–60: contribute'),
  tasks(['Own the triage of one feedback theme', 'Write your first product brief and get it reviewed']),
  heading(2, 'Days 61–90: lead'),
  tasks(['Run a planning session for your area', 'Present your quarter’s roadmap to leadership'])
)

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
