import type { EntityBase } from '../entity'
import type { PlaybookDoc } from './doc'
import { bold, bullets, callout, codeBlock, doc, h2, h3, italic, numbered, p, quote, table, tasks } from './docBuilder'
import type { Playbook, PlaybookCategory } from './playbook'
import { emptyRaci } from './playbook'

export interface PlaybookTemplate {
  key: string
  title: string
  summary: string
  category: PlaybookCategory
  tags: string[]
  /** How often a playbook made from it should be reviewed. */
  reviewCadenceDays: number
  content: PlaybookDoc
}

const productLaunch: PlaybookTemplate = {
  key: 'product-launch',
  title: 'Product launch checklist',
  summary: 'From launch brief to retrospective: who does what, and when, for any launch customers will notice.',
  category: 'process',
  tags: ['launch', 'go-to-market', 'release'],
  reviewCadenceDays: 180,
  content: doc(
    p(
      'Use this for every change customers will notice. Start a run as soon as the launch date is set, assign it to the launch owner, and set the run\'s due date to launch day.'
    ),
    callout('Tip', p('Agree the launch tier first. It decides how much of this checklist applies: a tier 3 launch skips press, webinars and sales enablement.')),
    h2('Launch tiers'),
    table([
      ['Tier', 'What it is', 'What it gets'],
      [bold('Tier 1'), 'A new product, a major capability, or anything that changes pricing', 'Full go-to-market: press, blog, email, webinar, sales enablement, in-app tour'],
      [bold('Tier 2'), 'A meaningful improvement to an existing product', 'Blog post, email to affected customers, help articles, in-app announcement'],
      [bold('Tier 3'), 'A small improvement or a fix', 'Release notes and changelog entry']
    ]),
    h2('Roles'),
    table([
      ['Role', 'Usually', 'Owns'],
      ['Launch owner', 'Product manager', 'The brief, the date, the go/no-go call'],
      ['Product marketing', 'PMM', 'Positioning, messaging, launch assets'],
      ['Engineering lead', 'Tech lead', 'Release readiness, feature flags, rollback'],
      ['Support lead', 'Support', 'Help articles, macros, support training'],
      ['Enablement', 'Sales and CS ops', 'One-pager, demo script, FAQ']
    ]),
    h2('Six weeks out: define'),
    tasks([
      'Write the launch brief: the problem, target customers, tier, success metrics and launch date',
      'Confirm the tier with the launch review group',
      'Agree positioning and the three key messages with product marketing',
      'Pick beta or early-access customers and ask if we may quote them',
      'Check that the success metrics are instrumented and the events fire in staging'
    ]),
    h2('Three weeks out: prepare'),
    tasks([
      'Feature complete behind a feature flag',
      'QA sign-off, including accessibility and localisation',
      'Help articles drafted, with current screenshots',
      'Release notes and in-app announcement drafted',
      'Support briefed: what changes, known limitations, how to escalate',
      'Sales and CS enabled: one-pager, demo script, FAQ and objection handling',
      'Security, privacy and legal review done where data handling or terms change',
      'Pricing page and entitlements updated if packaging changes'
    ]),
    h2('Launch week: go / no-go'),
    tasks([
      'Hold the go/no-go meeting with engineering, support and marketing; record the decision',
      'Confirm the rollback plan and who can switch the flag off',
      'Schedule blog, email and social posts, checking time zones',
      'Set up the launch dashboard: adoption, errors, support tickets',
      'Staff support for the first 48 hours'
    ]),
    h2('Launch day'),
    tasks([
      'Roll out (a percentage rollout first for tier 1)',
      'Verify in production with a real customer account',
      'Publish help articles, then release notes',
      'Send the announcement',
      'Post an internal announcement with links to everything',
      'Check errors, support volume and adoption every few hours'
    ]),
    h2('After launch'),
    tasks([
      'Review adoption against the success metrics after two and six weeks',
      'Tag launch feedback and link it to themes',
      'Hold a launch retrospective: what to keep, what to change',
      'Remove the feature flag and dead code',
      'Update this checklist with what you learned'
    ])
  )
}

const feedbackTriage: PlaybookTemplate = {
  key: 'feedback-triage',
  title: 'Feedback triage routine',
  summary: 'A weekly hour that turns raw customer feedback from every channel into scored themes, and closes the loop.',
  category: 'process',
  tags: ['feedback', 'triage', 'voice-of-customer'],
  reviewCadenceDays: 90,
  content: doc(
    p('Feedback is only useful if someone reads it, connects it to what others said, and tells the customer what happened. This routine keeps the inbox at zero and the themes current.'),
    h2('Principles'),
    bullets([
      'Every item is read by a person within a week.',
      [bold('Tag the problem, not the requested solution.'), ' "Can\'t see which invoices are overdue" beats "add a red badge".'],
      'Link to an existing theme; never create a duplicate.',
      'Record who asked: segment, plan and revenue make a theme comparable.',
      'Close the loop: customers who asked hear from us when it ships.'
    ]),
    h2('Sources'),
    table([
      ['Source', 'Owner', 'Brought in'],
      ['Support tickets', 'Support lead', 'Weekly export'],
      ['Sales calls and lost deals', 'Sales ops', 'Weekly'],
      ['NPS and survey comments', 'Product ops', 'Monthly'],
      ['Community and social', 'Community manager', 'Weekly'],
      ['Customer advisory board', 'Product ops', 'After each meeting']
    ]),
    h2('Weekly triage'),
    p(italic('Time box: 60 minutes. Owner: product ops, with the PM on rotation.')),
    tasks([
      'Import new feedback from every source since the last triage',
      'Remove spam and merge duplicates from the same customer',
      'Read each new item and tag product area, problem type and segment',
      'Link each item to a theme, or create a theme when three or more customers describe the same problem',
      'Escalate urgent items (security, data loss, churn risk on a large account) to the owning PM today',
      'Update theme scores: reach, revenue, severity'
    ]),
    h2('Monthly review'),
    tasks([
      'Review the top ten themes by revenue and by count with product leads',
      'Mark themes planned, in progress, or won\'t do, each with a reason',
      'Share a feedback digest: top themes, notable quotes, what shipped',
      'Tell the customers whose feedback shipped'
    ]),
    h2('Tagging guide'),
    table([
      ['Tag', 'Use when', 'Example'],
      ['bug', 'The product does not do what it says', '"Export stops at 10,000 rows"'],
      ['usability', 'It works, but people struggle', '"I never find the filter button"'],
      ['missing capability', 'It can\'t do the job at all', '"We need approvals before publishing"'],
      ['performance', 'It is too slow to be useful', '"Dashboard takes a minute to load"'],
      ['pricing', 'Price or packaging is the obstacle', '"SSO shouldn\'t cost an extra tier"']
    ]),
    callout('Note', p('A request is evidence, not a commitment. Never promise a date in a reply; promise that the team has read it and that we will tell them if it ships.'))
  )
}

const quarterlyPlanning: PlaybookTemplate = {
  key: 'quarterly-planning',
  title: 'Quarterly planning',
  summary: 'A four-week cycle from an honest look back to committed, communicated objectives for the next quarter.',
  category: 'process',
  tags: ['planning', 'okrs', 'roadmap'],
  reviewCadenceDays: 90,
  content: doc(
    p('Start a run four weeks before the quarter begins. Each week ends with something written down and shared; nothing is decided in a meeting that isn\'t recorded.'),
    h2('Week 1: Look back'),
    tasks([
      'Score last quarter\'s key results honestly, from 0 to 1.0',
      'List what shipped, what slipped and why',
      'Pull the numbers: adoption, retention and revenue impact of last quarter\'s work',
      'Gather input: top feedback themes, sales asks, support drivers, the tech-debt list'
    ]),
    h2('Week 2: Set direction'),
    tasks([
      'Leadership confirms company priorities and constraints: headcount, budget, fixed dates',
      'Each team drafts two or three objectives with measurable key results',
      'Estimate capacity: people × weeks, minus holidays and on-call, minus 20% for the unplanned',
      'List cross-team dependencies and name an owner for each'
    ]),
    h2('Week 3: Review and negotiate'),
    tasks([
      'Planning review: each team presents its draft in 15 minutes',
      'Resolve conflicts in priorities and dependencies',
      'Write down what we will not do this quarter, and why'
    ]),
    h2('Week 4: Commit and communicate'),
    tasks([
      'Publish the final objectives and roadmap',
      'Update the roadmap tool, and the public roadmap if we have one',
      'Present the plan at the all-hands',
      'Schedule the mid-quarter check-in'
    ]),
    h2('What a good key result looks like'),
    table([
      ['Instead of', 'Write'],
      ['Launch the new onboarding', 'Raise week-1 activation from 34% to 45%'],
      ['Improve performance', 'p95 dashboard load under 2 seconds for accounts with 1M rows'],
      ['Talk to customers', 'Interview 15 customers in the mid-market segment and publish the findings']
    ]),
    callout('Tip', p('A key result is an outcome you can measure at the end of the quarter, not a task. If it is done the day it ships, it is a task.'))
  )
}

const pmOnboarding: PlaybookTemplate = {
  key: 'pm-onboarding',
  title: 'New PM onboarding (30/60/90)',
  summary: 'The first 90 days of a new product manager: learn, contribute, lead, with a check-in at each step.',
  category: 'training',
  tags: ['onboarding', 'product-management', 'training'],
  reviewCadenceDays: 180,
  content: doc(
    p('Assign this to each new PM on their first day, with their manager as accountable. Steps under each stage are due by the end of that stage.'),
    h2('Before the first day'),
    p(italic('For the hiring manager.')),
    tasks([
      'Request accounts: product analytics, roadmap, support desk, design tool, feedback inbox',
      'Name an onboarding buddy: a PM from another team',
      'Book first-week 1:1s with the engineering lead, design lead, product marketing, support lead and a sales lead',
      'Share the reading list: strategy, the last two quarters\' objectives, top feedback themes, the metrics dashboard'
    ]),
    h2('Days 1–30: Learn'),
    tasks([
      'Meet everyone on the team 1:1 and ask what they would change',
      'Shadow five customer calls across sales, support and customer success (by day 14)',
      'Use the product end to end as a new customer would; write down every point of friction',
      'Read the last three months of feedback themes and support drivers',
      'Learn the metrics: where the dashboards are, how each metric is defined, today\'s baseline',
      'Ship one small improvement end to end to learn how work flows',
      'Write one page on what you have learned and review it with your manager'
    ]),
    h2('Days 31–60: Contribute'),
    tasks([
      'Own the team\'s backlog and run refinement',
      'Write your first spec: the problem, the evidence, success metrics, what is out of scope',
      'Interview at least five customers about one problem and share what you found',
      'Agree the success metrics of your area with your manager'
    ]),
    h2('Days 61–90: Lead'),
    tasks([
      'Lead quarterly planning for your area',
      'Own a launch from brief to retrospective with the launch checklist',
      'Set up a recurring metrics review with your team',
      'Write your 90-day review: wins, gaps, and goals for next quarter'
    ]),
    h2('Check-ins'),
    table([
      ['When', 'Who', 'About'],
      ['Weekly', 'Manager', 'This checklist, blockers, what surprised you'],
      ['Day 30', 'Manager and buddy', 'What you have learned; adjust the plan'],
      ['Day 90', 'Manager', 'The 90-day review and next quarter\'s goals']
    ]),
    callout('Tip', p('Managers: the most common failure is a new PM who is given a roadmap before they have met customers. Protect the first 30 days for learning.'))
  )
}

const toolProcurement: PlaybookTemplate = {
  key: 'tool-procurement',
  title: 'Tool request and procurement',
  summary: 'How a new tool goes from a need to a signed, secured, inventoried and renewal-tracked purchase.',
  category: 'process',
  tags: ['tools', 'procurement', 'security', 'budget'],
  reviewCadenceDays: 180,
  content: doc(
    p('Every tool we pay for costs money, holds our data and needs an owner. This process keeps the stack lean and keeps renewals from surprising anyone.'),
    h2('Before you request'),
    bullets([
      'Check the tool inventory: do we already pay for something that does this?',
      'Describe the problem, not the product you have in mind.',
      'Estimate who will use it and the cost per year.'
    ]),
    h2('Request'),
    tasks([
      'Submit the request: problem, alternatives considered, users, yearly cost, budget owner',
      'Product ops checks for overlap with tools in the inventory',
      'Budget owner approves the spend'
    ]),
    h2('Evaluate'),
    tasks([
      'Agree the evaluation criteria before any demo',
      'Shortlist at most three vendors',
      'Run a two-week trial with real work and named evaluators',
      'Score each vendor against the criteria and record the decision'
    ]),
    h2('Security, privacy and legal'),
    tasks([
      'Security report received (SOC 2 Type II or ISO 27001) or questionnaire answered',
      'Data processing agreement signed if personal data is involved',
      'SSO and user provisioning available on the plan we buy',
      'Data location, retention and export confirmed',
      'Terms reviewed: auto-renewal, notice period, price increases, liability'
    ]),
    h2('Buy and roll out'),
    tasks([
      'Negotiate: annual or monthly, seat minimums, a cap on renewal increases',
      'Contract signed by someone with signing authority',
      'Added to the tool inventory with owner, cost, renewal date and notice period',
      'Reminder set 90 days before the notice deadline',
      'Access granted through SSO groups, not individual invites',
      'Announced: what it is for, who gets access, where to get help'
    ]),
    h2('Evaluation criteria'),
    table([
      ['Criterion', 'Weight', 'Question'],
      ['Fit', '30%', 'Does it solve the problem we described?'],
      ['Adoption', '20%', 'Will people use it without training?'],
      ['Security', '20%', 'Does it meet our security and privacy bar?'],
      ['Integrations', '15%', 'Does it connect to SSO and the tools we keep?'],
      ['Total cost', '15%', 'Cost over three years, including seats we will grow into']
    ])
  )
}

const releaseNotes: PlaybookTemplate = {
  key: 'release-notes',
  title: 'Release notes',
  summary: 'How to write release notes customers read: benefit first, plain language, breaking changes on top.',
  category: 'best-practice',
  tags: ['release-notes', 'communication', 'changelog'],
  reviewCadenceDays: 180,
  content: doc(
    p('Release notes are how most customers learn that the product got better. Write them for the customer who uses the product every day, not for the team that built it.'),
    h2('Principles'),
    bullets([
      [bold('Lead with the benefit,'), ' not the name of the feature.'],
      'One change per entry, and say who it is for.',
      'Plain language: no code names, ticket numbers or internal jargon.',
      'Show, don\'t tell: a screenshot or a short clip for anything visual.',
      'Breaking changes and deprecations go first, with what to do and by when.'
    ]),
    h2('Structure of an entry'),
    numbered([
      'A headline that says what the customer can now do',
      'Who it is for, and where to find it',
      'What changed, in one to three sentences',
      'A link to the help article',
      'For breaking changes: what to do, and by when'
    ]),
    h2('Before and after'),
    table([
      ['Instead of', 'Write'],
      ['Implemented bulk edit for SKUs (PROD-1234)', 'Edit the price of many products at once: select them in the catalogue and choose Edit.'],
      ['Fixed a bug in the export service', 'Exports with more than 10,000 rows now finish instead of stopping halfway.'],
      ['Refactored the permissions model', 'Admins can now give view-only access to a single project.']
    ]),
    h2('Template'),
    codeBlock(
      '## Export any report to CSV\n\n**For:** admins and analysts, in Reports → Export\n\nYou can now export every report to CSV, including filters and custom columns.\nLarge exports arrive by email when they are ready.\n\n[How to export a report](https://help.example.com/export)',
      'markdown'
    ),
    h2('For every release'),
    tasks([
      'Collect the changes customers will notice since the last release',
      'Group them into New, Improved and Fixed, with breaking changes on top',
      'Write each entry to the structure above',
      'Check each entry with its PM and engineer',
      'Publish help articles before the notes, and link them',
      'Add screenshots with alt text',
      'Send to support and customer success a day before customers see it',
      'Publish to the changelog and in-app'
    ])
  )
}

const incidentCommunication: PlaybookTemplate = {
  key: 'incident-communication',
  title: 'Incident communication',
  summary: 'Who tells customers what, and how often, from the first status update to the post-incident summary.',
  category: 'process',
  tags: ['incident', 'status-page', 'communication', 'support'],
  reviewCadenceDays: 90,
  content: doc(
    p('Engineering runs the incident; this playbook runs the communication. Customers forgive outages far more readily than silence.'),
    h2('Severity and update cadence'),
    table([
      ['Severity', 'Definition', 'First update', 'Then'],
      [bold('SEV1'), 'Product unavailable or data at risk for many customers', 'Within 15 minutes', 'Every 30 minutes'],
      [bold('SEV2'), 'A major feature degraded; a workaround exists', 'Within 30 minutes', 'Every hour'],
      [bold('SEV3'), 'A minor issue affecting few customers', 'Next business day', 'On resolution']
    ]),
    h2('Roles'),
    bullets([
      [bold('Incident commander'), ' (engineering): decides severity, owns the fix.'],
      [bold('Communications lead'), ' (support lead or product ops): owns every word customers and colleagues read.'],
      [bold('Customer liaison'), ' (customer success): calls the largest affected accounts.']
    ]),
    h2('When an incident is declared'),
    tasks([
      'Communications lead joins the incident channel and confirms the severity',
      'First status page update within the target time, even if the cause is unknown',
      'Internal summary pinned for support and sales: what is affected, what to tell customers',
      'Support macro created that links to the status page',
      'Affected key accounts identified; customer success contacts them directly'
    ]),
    h2('During the incident'),
    tasks([
      'Status page updated on cadence, even if the update is "still investigating"',
      'Internal and external messages checked for consistency',
      'No speculation about the cause and no promised times we cannot keep'
    ]),
    h2('Resolution'),
    tasks([
      'Resolved update posted: what happened, what customers need to do, if anything',
      'Customers who contacted support told it is resolved',
      'Service credits owed under the SLA reviewed'
    ]),
    h2('Afterwards'),
    tasks([
      'Customer-facing summary published within five business days for SEV1',
      'Communication reviewed in the blameless post-incident review',
      'This playbook and its message templates updated'
    ]),
    h2('Message templates'),
    h3('Investigating'),
    quote(p('We are investigating reports of [symptom] affecting [feature or region]. We will post the next update by [time and time zone].')),
    h3('Identified'),
    quote(p('We have identified the cause of [symptom] and are working on a fix. [Workaround, if any.] Next update by [time].')),
    h3('Resolved'),
    quote(p('[Feature] is working normally again as of [time]. [What happened, in one sentence.] [Anything customers need to do.] We are sorry for the disruption.'))
  )
}

const featureDeprecation: PlaybookTemplate = {
  key: 'feature-deprecation',
  title: 'Feature deprecation',
  summary: 'Retiring a feature without losing customers\' trust: decide with data, announce early, migrate, then remove.',
  category: 'process',
  tags: ['deprecation', 'sunset', 'communication'],
  reviewCadenceDays: 180,
  content: doc(
    p('Removing a feature is a promise broken unless it is handled with care. This is the sequence that keeps it a decision customers understand.'),
    callout('Important', p('Never remove a feature customers rely on without a migration path and at least 90 days\' notice; for public APIs, twelve months.')),
    h2('Decide'),
    tasks([
      'Pull usage for the last 90 days: accounts, active users, and revenue of the accounts using it',
      'Estimate the cost of keeping it: maintenance, incidents, complexity it adds',
      'Define the alternative or migration path for each way it is used',
      'Sign-off from product leadership, customer success and sales leadership',
      'Set the dates: announcement, end of new sign-ups, read-only, removal, data deletion'
    ]),
    h2('Timeline'),
    table([
      ['Milestone', 'When', 'What customers see'],
      ['Announcement', 'Removal − 90 days', 'Email to admins, in-app notice, docs marked deprecated'],
      ['No new sign-ups', 'Removal − 60 days', 'Feature hidden for new accounts'],
      ['Read-only', 'Removal − 14 days', 'Data visible and exportable, no edits'],
      ['Removal', 'Removal day', 'Feature gone; help pages redirect to the alternative'],
      ['Data deletion', 'Removal + 30 days', 'Data deleted under the retention policy']
    ]),
    h2('Communicate'),
    tasks([
      'Contact the largest accounts personally before the public announcement',
      'Email affected admins: why, when, and how to migrate',
      'In-app notice where the feature is used',
      'Mark it deprecated in the docs and API (deprecation headers, changelog)',
      'Brief support and customer success with an FAQ and talking points',
      'Send reminders 30 days and 7 days before removal'
    ]),
    h2('Remove'),
    tasks([
      'Check remaining usage and contact the accounts still using it',
      'Offer data export until the deletion date',
      'Remove the feature and its docs; redirect help pages',
      'Delete the data under the retention policy and record that it was done',
      'Retrospective: churn, tickets, what to do differently next time'
    ])
  )
}

const pricingChange: PlaybookTemplate = {
  key: 'pricing-change',
  title: 'Pricing change',
  summary: 'Model, prepare and announce a change in price or packaging so that no customer learns of it from an invoice.',
  category: 'process',
  tags: ['pricing', 'packaging', 'monetization', 'communication'],
  reviewCadenceDays: 365,
  content: doc(
    p('A pricing change touches billing, contracts, sales, support and every customer. Start a run as soon as leadership agrees to explore a change.'),
    h2('Decide and model'),
    tasks([
      'Write the rationale: what is wrong with today\'s pricing, and the goal (revenue, adoption, simplicity)',
      'Model the impact on every plan and segment: who pays more, who pays less, by how much',
      'Test willingness to pay with customer interviews or a pricing survey',
      'Decide the policy for existing customers: how long prices are kept, for which plans',
      'Finance and leadership sign off on revenue and churn scenarios'
    ]),
    h2('Impact model'),
    p('Replace the example row with your own model; keep one row per plan and billing period.'),
    table([
      ['Segment', 'Accounts', 'Current MRR', 'New MRR', 'Change'],
      [italic('Example: SMB monthly'), '1,240', '$48,000', '$52,800', '+10%']
    ]),
    h2('Prepare systems'),
    tasks([
      'Billing: plans, prices and tax settings changed in a test environment',
      'Entitlements and feature gates match the new packaging',
      'Pricing page, checkout, upgrade prompts, quotes and order forms updated',
      'Upgrade, downgrade, renewal, proration and invoices tested end to end'
    ]),
    h2('Prepare people'),
    tasks([
      'Sales: FAQ, objection handling and discount guidelines',
      'Support: macros for the questions we expect',
      'Customer success: a plan for each account with a large increase'
    ]),
    h2('Communicate'),
    tasks([
      'Talk to the most affected large accounts before the email goes out',
      'Notify existing customers at least 30 days ahead (or as contracts require): why, what, and when',
      'Internal announcement so nobody learns of it from a customer',
      'Publish the new pricing page at the effective time'
    ]),
    h2('After the change'),
    tasks([
      'Track conversion, upgrades, downgrades, churn and tickets weekly for eight weeks',
      'Compare results with the model after 90 days and share them'
    ])
  )
}

const customerAdvisoryBoard: PlaybookTemplate = {
  key: 'customer-advisory-board',
  title: 'Customer advisory board',
  summary: 'Run a board of 8–15 customers that shapes strategy, not a feature-request queue.',
  category: 'best-practice',
  tags: ['customers', 'advisory-board', 'research'],
  reviewCadenceDays: 180,
  content: doc(
    p('A customer advisory board (CAB) gives a small group of customers a real say in where the product is going, in return for their time and candour. Meet quarterly; a member\'s term is one year.'),
    h2('Purpose and membership'),
    bullets([
      [bold('Purpose:'), ' strategic input on direction and priorities; not support, not sales.'],
      [bold('Members:'), ' 8–15 decision makers across segments, industries and company sizes.'],
      'Include at least one engaged customer who is unhappy with us.',
      [bold('Commitment:'), ' about four hours a quarter, under a confidentiality agreement.']
    ]),
    h2('Set up the board'),
    tasks([
      'Write the charter: goals, membership criteria, time commitment, what members get',
      'Choose members with sales and customer success; balance the segments',
      'Invite each member with a personal note from the executive sponsor',
      'Sign confidentiality agreements',
      'Create a private space for members between meetings'
    ]),
    h2('Before each meeting'),
    tasks([
      'Pick two or three strategic questions for the meeting',
      'Send pre-reads a week before',
      'Prepare discussion questions, not a sales pitch',
      'Brief colleagues who attend: listen, don\'t defend'
    ]),
    h2('During the meeting'),
    tasks([
      'Open with what changed since last time because of their input',
      'Keep product demos under a fifth of the time',
      'Take notes with attribution',
      'Write down every commitment we make, with an owner'
    ]),
    h2('After the meeting'),
    tasks([
      'Send a summary and thanks within 48 hours',
      'Log the input as feedback linked to themes',
      'Follow up on each commitment',
      'Share the insights with leadership'
    ]),
    h2('Sample agenda'),
    table([
      ['Time', 'Session', 'Goal'],
      ['0:00', 'Welcome, and what we did with your input', 'Show that their time matters'],
      ['0:20', 'Strategy preview', 'Test our direction with people who will tell us the truth'],
      ['1:00', 'Breakout discussions', 'Go deep on one question per group'],
      ['1:40', 'Round-up and next steps', 'Agree commitments and the next date']
    ])
  )
}

/** The built-in library, in the order the gallery shows it. */
export const playbookTemplates: readonly PlaybookTemplate[] = [
  productLaunch,
  feedbackTriage,
  quarterlyPlanning,
  pmOnboarding,
  toolProcurement,
  releaseNotes,
  incidentCommunication,
  featureDeprecation,
  pricingChange,
  customerAdvisoryBoard
]

export function findTemplate(key: string): PlaybookTemplate | undefined {
  return playbookTemplates.find((template) => template.key === key)
}

export type NewPlaybook = Omit<Playbook, keyof EntityBase>

/** A new draft playbook from a template: its own copy of the content, not yet reviewed or published. */
export function playbookFromTemplate(template: PlaybookTemplate, ownerId?: string): NewPlaybook {
  const playbook: NewPlaybook = {
    title: template.title,
    summary: template.summary,
    category: template.category,
    tags: [...template.tags],
    raci: emptyRaci(),
    status: 'draft',
    reviewCadenceDays: template.reviewCadenceDays,
    content: structuredClone(template.content),
    revision: 0,
    isTemplate: false,
    templateKey: template.key
  }
  if (ownerId) playbook.ownerId = ownerId
  return playbook
}

/** "Save as template": a copy of a playbook's words and settings, without its people, reviews or versions. */
export function templateFromPlaybook(playbook: Pick<Playbook, 'title' | 'summary' | 'category' | 'tags' | 'reviewCadenceDays' | 'content'>): NewPlaybook {
  const template: NewPlaybook = {
    title: playbook.title,
    summary: playbook.summary,
    category: playbook.category,
    tags: [...playbook.tags],
    raci: emptyRaci(),
    status: 'draft',
    content: structuredClone(playbook.content),
    revision: 0,
    isTemplate: true
  }
  if (playbook.reviewCadenceDays !== undefined) template.reviewCadenceDays = playbook.reviewCadenceDays
  return template
}
