import type { Feedback, Theme, ThemeLink } from '../feedback/feedback'
import type { Metric, MetricPoint } from '../metrics'
import type { Person } from '../people'
import type { Playbook, PlaybookVersion, Run } from '../playbooks/playbook'
import { localIsoDate } from '../tools/isoDate'
import type { Tool } from '../tools/tool'
import { sampleFeedback } from './sampleFeedback'
import { sampleMetrics } from './sampleMetrics'
import { samplePeople } from './samplePeople'
import { samplePlaybooks } from './samplePlaybooks'
import { sampleTools } from './sampleTools'

export interface SampleWorkspace {
  people: Person[]
  playbooks: Playbook[]
  playbookVersions: PlaybookVersion[]
  runs: Run[]
  tools: Tool[]
  metrics: Metric[]
  metricPoints: MetricPoint[]
  feedback: Feedback[]
  themes: Theme[]
  themeLinks: ThemeLink[]
}

/**
 * A product team's workspace to explore, dated relative to `now` so that
 * something is always due soon. Ids are fixed: loading it twice replaces it.
 */
export function createSampleWorkspace(now: Date): SampleWorkspace {
  const stamp = { createdAt: now.toISOString(), updatedAt: now.toISOString() }
  const today = localIsoDate(now)
  return {
    people: samplePeople(stamp),
    ...samplePlaybooks(now, stamp),
    tools: sampleTools(today, stamp),
    ...sampleMetrics(today, stamp),
    ...sampleFeedback(now, stamp)
  }
}
