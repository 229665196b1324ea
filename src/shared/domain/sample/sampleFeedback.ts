import { linkedRowFacts } from '../feedback/linkFacts'
import type { Feedback, Theme, ThemeLink } from '../feedback/feedback'
import { samplePersonIds as who } from './samplePeople'

interface FeedbackSeed {
  text: string
  customerName: string
  company: string
  plan: string
  revenue: number
  source: string
  daysAgo: number
  theme?: { key: ThemeKey; importance: ThemeLink['importance'] }
  rating?: number
}

type ThemeKey = 'sso' | 'export' | 'offline' | 'bulk'

const themeSeeds: Record<ThemeKey, Omit<Theme, 'id' | 'createdAt' | 'updatedAt'>> = {
  sso: { name: 'SAML single sign-on for every plan', description: 'IT teams want to enforce SSO before they roll the product out.', status: 'planned', ownerId: who.priya, effort: 6, confidence: 0.8 },
  export: { name: 'Scheduled exports to CSV and PDF', description: 'Customers report to leadership weekly and rebuild the same report by hand.', status: 'idea', ownerId: who.jonas, effort: 3, confidence: 0.7 },
  offline: { name: 'Work offline on the mobile app', description: 'Field teams lose their edits when the connection drops.', status: 'idea', effort: 10, confidence: 0.5 },
  bulk: { name: 'Bulk edit in tables', description: 'Changing many rows one at a time is the top complaint of admins.', status: 'in-progress', ownerId: who.kofi, effort: 4, confidence: 0.9 }
}

const feedbackSeeds: FeedbackSeed[] = [
  { text: 'Our security team will not approve the rollout until we can enforce SAML SSO with Okta. This is blocking 300 seats.', customerName: 'Laura Fischer', company: 'Northwind Logistics', plan: 'Business', revenue: 4200, source: 'salesforce', daysAgo: 3, theme: { key: 'sso', importance: 'critical' } },
  { text: 'Is SSO on the roadmap for the Team plan? We use Azure AD for everything else.', customerName: 'Tom Becker', company: 'Brightline Studio', plan: 'Team', revenue: 390, source: 'intercom', daysAgo: 9, theme: { key: 'sso', importance: 'important' } },
  { text: 'Every Monday I export the dashboard to CSV and paste it into slides for our leadership meeting. A scheduled PDF would save me an hour a week.', customerName: 'Aisha Rahman', company: 'Keystone Health', plan: 'Business', revenue: 2600, source: 'zendesk', daysAgo: 5, theme: { key: 'export', importance: 'important' } },
  { text: 'Please let us schedule exports. We need the data in our warehouse nightly.', customerName: 'Marco Rossi', company: 'Northwind Logistics', plan: 'Business', revenue: 4200, source: 'zendesk', daysAgo: 16, theme: { key: 'export', importance: 'nice-to-have' } },
  { text: 'App crashed and I lost the inspection notes I wrote in the basement with no signal. Needs an offline mode.', customerName: 'Sam Carter', company: 'Carter Facilities', plan: 'Starter', revenue: 49, source: 'google-play', daysAgo: 2, rating: 1, theme: { key: 'offline', importance: 'critical' } },
  { text: 'Great app but useless on site visits without Wi-Fi.', customerName: 'Julia Novak', company: 'Urban Grid', plan: 'Team', revenue: 290, source: 'google-play', daysAgo: 12, rating: 3, theme: { key: 'offline', importance: 'important' } },
  { text: 'I have to change the owner on 200 projects after a reorg. One at a time. Please add bulk edit.', customerName: 'Ben Adeyemi', company: 'Keystone Health', plan: 'Business', revenue: 2600, source: 'zendesk', daysAgo: 1, theme: { key: 'bulk', importance: 'critical' } },
  { text: 'Selecting multiple rows and changing the status at once would make triage much faster.', customerName: 'Chloe Martin', company: 'Fernwood Bank', plan: 'Enterprise', revenue: 12500, source: 'productboard', daysAgo: 20, theme: { key: 'bulk', importance: 'important' } },
  { text: 'The new onboarding checklist is excellent, our new hires were productive on day two.', customerName: 'Nina Patel', company: 'Fernwood Bank', plan: 'Enterprise', revenue: 12500, source: 'surveymonkey', daysAgo: 7, rating: 9 },
  { text: 'Search does not find comments, only titles. Hard to find old decisions.', customerName: 'Oliver Schmidt', company: 'Brightline Studio', plan: 'Team', revenue: 390, source: 'intercom', daysAgo: 4 },
  { text: 'Would love a dark mode for late shifts.', customerName: 'Grace Kim', company: 'Urban Grid', plan: 'Team', revenue: 290, source: 'typeform', daysAgo: 26 },
  { text: 'Pricing page is unclear about what counts as a seat — are guests billed?', customerName: 'Ravi Shah', company: 'Orbit Analytics', plan: 'Starter', revenue: 49, source: 'hubspot', daysAgo: 33 }
]

export function sampleFeedback(now: Date, stamp: { createdAt: string; updatedAt: string }): { feedback: Feedback[]; themes: Theme[]; themeLinks: ThemeLink[] } {
  const themeIds = Object.fromEntries(Object.keys(themeSeeds).map((key) => [key, `sample-theme-${key}`])) as Record<ThemeKey, string>
  const themes = (Object.keys(themeSeeds) as ThemeKey[]).map((key): Theme => ({ ...themeSeeds[key], id: themeIds[key], ...stamp }))
  const themeLinks: ThemeLink[] = []
  const feedback = feedbackSeeds.map((seed, index): Feedback => {
    const id = `sample-feedback-${index + 1}`
    const receivedAt = new Date(now.getTime() - seed.daysAgo * 86_400_000).toISOString()
    const row: Feedback = {
      id,
      text: seed.text,
      receivedAt,
      customerName: seed.customerName,
      company: seed.company,
      plan: seed.plan,
      revenue: seed.revenue,
      revenueCurrency: 'USD',
      rating: seed.rating,
      source: seed.source,
      externalId: `sample-${index + 1}`,
      importedTags: [],
      extra: {},
      dedupeKey: `${seed.source}:sample-${index + 1}`,
      status: seed.theme ? 'linked' : 'new',
      tags: [],
      themeIds: seed.theme ? [themeIds[seed.theme.key]] : [],
      notes: '',
      ...stamp
    }
    if (seed.theme) themeLinks.push({ id: `${id}-link`, themeId: themeIds[seed.theme.key], feedbackId: id, importance: seed.theme.importance, facts: linkedRowFacts(row), ...stamp })
    return row
  })
  return { feedback, themes, themeLinks }
}
