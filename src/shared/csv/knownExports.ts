import { asksForCompany, autoMap, withRepeats } from './autoMap'
import { normaliseHeader, type FeedbackField, type Mapping } from './mapping'
import { timeZoneFromHeader } from './timeZone'

export const knownSources = [
  'zendesk', 'intercom', 'google-play', 'surveymonkey', 'typeform', 'jira', 'salesforce', 'hubspot', 'uservoice',
  'canny', 'productboard', 'delighted'
] as const
export type KnownSource = (typeof knownSources)[number]

export interface KnownExport {
  source: KnownSource
  label: string
  mapping: Mapping
  /**
   * Rows with the same value in this column are one item (UserVoice writes a row per voter): the pipeline folds
   * them into one row with a voter count.
   */
  foldKey?: string
  /** With foldKey: the columns of each row's voter (the item's creator is in the mapping's customer fields). */
  voter?: { name?: string; email?: string; perVoterColumns: string[] }
}

/** Finds headers by their normalised name, so "Created At", "created_at" and "Created at" are one. */
class Headers {
  private readonly byName = new Map<string, string>()
  constructor(readonly all: string[]) {
    for (const header of all) if (!this.byName.has(normaliseHeader(header))) this.byName.set(normaliseHeader(header), header)
  }
  get(...names: string[]): string | undefined {
    for (const name of names) {
      const header = this.byName.get(name)
      if (header) return header
    }
    return undefined
  }
  has(...names: string[]): boolean {
    return this.get(...names) !== undefined
  }
  /** The first header whose normalised name starts with `prefix` ("created at" for "Created at (Europe/Berlin)"). */
  startingWith(prefix: string): string | undefined {
    return this.all.find((h) => normaliseHeader(h).startsWith(prefix))
  }
}

type Spec = Partial<Record<FeedbackField, string | Array<string | undefined> | undefined>>

/** A mapping from field → header(s); fields whose headers are absent are left out. Known exports are sure: confidence 1. */
type Options = Partial<Record<FeedbackField, Record<string, unknown>>>

function mappingOf(spec: Spec, options: Options = {}): Mapping {
  const mapping: Mapping = {}
  for (const [field, value] of Object.entries(spec) as Array<[FeedbackField, string | Array<string | undefined> | undefined]>) {
    const columns = (Array.isArray(value) ? value : [value]).filter((c): c is string => Boolean(c))
    if (columns.length === 0) continue
    if (field === 'revenue') mapping.revenue = { columns, confidence: 1, kind: 'mrr' }
    else mapping[field] = { columns, confidence: 1 }
  }
  for (const [field, fieldOptions] of Object.entries(options) as Array<[FeedbackField, Record<string, unknown>]>) {
    const current = mapping[field]
    if (current) Object.assign(current, fieldOptions)
  }
  return mapping
}

/** The date column's options: a time zone named in its header, and the day/month order when the tool fixes it. */
function dateColumn(header: string | undefined, dayMonthOrder?: 'day-first' | 'month-first'): Options {
  const timeZone = header ? timeZoneFromHeader(header) : undefined
  return { receivedAt: { ...(dayMonthOrder ? { dayMonthOrder } : {}), ...(timeZone ? { timeZone } : {}) } }
}

interface Definition {
  source: KnownSource
  label: string
  /** Each entry lists alternative (normalised) names; one of each must be present. */
  signature: string[][]
  build(h: Headers, sampleRows: string[][]): Omit<KnownExport, 'source' | 'label'>
}

const intercomBodies = ['first message', 'conversation body', 'initial message', 'first user message', 'message body']
const intercomTitles = ['conversation title', 'subject', 'title']

/** Typeform's own columns: the response's bookkeeping, never the answer. */
const typeformSystem = new Set([
  '#', 'response type', 'tags', 'network id', 'start date utc', 'stage date utc', 'submit date utc', 'submitted at', 'submitted at utc',
  'landed at', 'stage', 'ending', 'score', 'response id', 'token'
])

const definitions: Definition[] = [
  {
    source: 'zendesk',
    label: 'Zendesk tickets',
    signature: [['id'], ['requester'], ['subject'], ['via'], ['created at']],
    build: (h) => {
      const body = h.get('description', 'ticket description')
      return {
        mapping: mappingOf(
          {
            text: body ?? h.get('subject'),
            title: body ? h.get('subject') : undefined,
            receivedAt: h.get('created at'),
            customerName: h.get('requester'),
            customerEmail: h.get('requester email'),
            company: h.get('organization'),
            plan: h.all.find((c) => /^(plan|customer plan|subscription)( (list|dropdown|text|tagger))?$/.test(normaliseHeader(c))),
            rating: h.get('satisfaction score', 'satisfaction rating', 'satisfaction'),
            externalId: h.get('id'),
            importedTags: h.get('tags')
          },
          { importedTags: { split: 'whitespace' }, ...dateColumn(h.get('created at')) }
        )
      }
    }
  },
  {
    source: 'intercom',
    label: 'Intercom conversations',
    // Inbox exports carry the first message; conversation reports often only the title (then it is the text).
    signature: [['conversation id'], [...intercomBodies, ...intercomTitles, 'conversation started at', 'created at']],
    build: (h) => {
      const created =
        h.startingWith('created at') ?? h.startingWith('conversation started at') ?? h.startingWith('conversation created at') ?? h.startingWith('started at')
      const body = h.get(...intercomBodies)
      const title = h.get(...intercomTitles)
      return {
        mapping: mappingOf(
          {
            text: body ?? title,
            title: body ? title : undefined,
            receivedAt: created,
            customerName: h.get('user name', 'contact name', 'lead name', 'customer name', 'message author name', 'name'),
            customerEmail: h.get('user email', 'contact email', 'lead email', 'customer email', 'message author email', 'email'),
            company: h.get('company name', 'company', 'user company name', 'message author companies'),
            plan: h.get('company plan', 'user plan'),
            revenue: h.get('company monthly spend', 'monthly spend'),
            rating: h.get('rating', 'conversation rating', 'csat rating'),
            externalId: h.get('conversation id'),
            importedTags: h.get('tags', 'conversation tags'),
            url: h.get('conversation url', 'intercom url', 'conversation link')
          },
          dateColumn(created)
        )
      }
    }
  },
  {
    source: 'google-play',
    label: 'Google Play reviews',
    signature: [['package name'], ['star rating'], ['review text']],
    build: (h) => ({
      mapping: mappingOf(
        {
          text: h.get('review text'),
          title: h.get('review title'),
          receivedAt: h.get('review submit date and time'),
          rating: h.get('star rating'),
          url: h.get('review link'),
          // The link names the review, so an edited review updates its item instead of adding one.
          externalId: h.get('review link') ?? (h.get('review id') ? [h.get('package name'), h.get('review id')] : undefined)
        },
        dateColumn(h.get('review submit date and time'))
      )
    })
  },
  {
    source: 'surveymonkey',
    label: 'SurveyMonkey responses',
    signature: [['respondent id'], ['collector id']],
    build: (h) => {
      const answers = (suffix: string) => h.all.filter((c) => c.endsWith(` - ${suffix}`))
      const question = (c: string) => c.slice(0, c.lastIndexOf(' - '))
      const about = (pattern: RegExp) => [...answers('Open-Ended Response'), ...answers('Response')].find((c) => pattern.test(question(c)))
      const company = [...answers('Open-Ended Response'), ...answers('Response')].find((c) => asksForCompany(question(c)))
      const plan = about(/\bplan\b/i)
      const text = answers('Open-Ended Response').filter((c) => c !== company && c !== plan)
      return {
        mapping: mappingOf(
          {
            text,
            receivedAt: h.get('end date'),
            customerName: [h.get('first name'), h.get('last name')].filter((c): c is string => Boolean(c)),
            customerEmail: h.get('email address'),
            company,
            plan,
            // The likelihood to recommend (NPS, 0-10) first; else a rating or satisfaction question.
            rating:
              answers('Response').find((c) => /recommend|how likely/i.test(question(c))) ??
              answers('Response').find((c) => /\b(rate|rating|score|satisf)/i.test(question(c))),
            externalId: h.get('respondent id')
          },
          // SurveyMonkey writes its own dates as MM/DD/YYYY hh:mm:ss AM.
          dateColumn(h.get('end date'), 'month-first')
        )
      }
    }
  },
  {
    source: 'typeform',
    label: 'Typeform responses',
    // "#" in the dashboard's download, "Token" in older ones; "Network ID" or the start date beside the submit date.
    signature: [['#', 'token'], ['network id', 'start date utc'], ['submit date utc', 'submitted at', 'submitted at utc']],
    build: (h, sampleRows) => {
      const submitted = h.get('submit date utc', 'submitted at', 'submitted at utc') as string
      // The questions are the form's own: let auto-mapping read them (rating, email, company…).
      const questions = h.all.filter((c) => !typeformSystem.has(normaliseHeader(c)) && !/^(utm|hidden)\b/.test(normaliseHeader(c)))
      const values = (c: string) => sampleRows.map((row) => row[h.all.indexOf(c)] ?? '')
      const fromQuestions = autoMap(questions, sampleRows.map((row) => questions.map((c) => row[h.all.indexOf(c)] ?? '')))
      delete fromQuestions.receivedAt
      delete fromQuestions.externalId
      delete fromQuestions.source
      delete fromQuestions.title
      // The text is every open-ended answer: sentences, not a choice, a number, an email or a link.
      const taken = new Set(Object.entries(fromQuestions).flatMap(([field, m]) => (field === 'text' ? [] : (m?.columns ?? []))))
      const openEnded = questions.filter((c) => !taken.has(c) && isOpenEnded(values(c)))
      const text = openEnded.length > 0 ? openEnded : (fromQuestions.text?.columns ?? [])
      if (text.length > 0) fromQuestions.text = { columns: text, confidence: 1 }
      const known = mappingOf({ receivedAt: submitted, externalId: h.get('#', 'token'), importedTags: h.get('tags') }, {
        receivedAt: { timeZone: timeZoneFromHeader(submitted) ?? 'UTC' }
      })
      return { mapping: { ...fromQuestions, ...known } }
    }
  },
  {
    source: 'jira',
    label: 'Jira issues',
    signature: [['summary'], ['issue key']],
    build: (h) => ({
      mapping: mappingOf({
        text: h.get('description'),
        title: h.get('summary'),
        receivedAt: h.get('created'),
        // Jira Service Management: "Custom field (Organizations)"; other sites name their own customer field.
        company: h.get(
          'custom field organizations', 'custom field organization', 'custom field organisations', 'custom field organisation', 'organizations',
          'custom field customer organization', 'custom field customer organizations', 'custom field customer', 'custom field customers',
          'custom field customer name', 'custom field company', 'custom field company name', 'custom field account', 'custom field account name',
          'custom field client'
        ),
        externalId: h.get('issue key'),
        importedTags: h.get('labels') ? withRepeats(h.get('labels') as string, h.all) : undefined,
        rating: h.get('satisfaction rating', 'custom field satisfaction rating', 'satisfaction'),
        voterCount: h.get('votes')
      })
    })
  },
  {
    source: 'salesforce',
    label: 'Salesforce case report',
    signature: [['case number'], ['subject', 'description']],
    build: (h) => {
      const opened = h.get('date time opened', 'opened date', 'created date', 'date opened')
      return {
        mapping: mappingOf(
          {
            text: h.get('description') ?? h.get('subject'),
            title: h.get('description') ? h.get('subject') : undefined,
            receivedAt: opened,
            customerName: h.get('contact name'),
            customerEmail: h.get('contact email', 'web email', 'email'),
            company: h.get('account name'),
            plan: h.get('account tier', 'account type', 'product'),
            externalId: h.get('case number')
          },
          dateColumn(opened)
        )
      }
    }
  },
  {
    source: 'hubspot',
    label: 'HubSpot tickets',
    signature: [['ticket id'], ['ticket name']],
    build: (h) => ({
      mapping: mappingOf(
        {
          text: h.get('ticket description') ?? h.get('ticket name'),
          title: h.get('ticket description') ? h.get('ticket name') : undefined,
          receivedAt: h.get('create date'),
          customerName: h.get('associated contact'),
          customerEmail: h.get('associated contact email', 'contact email'),
          company: h.get('associated company', 'associated company primary'),
          externalId: h.get('ticket id'),
          importedTags: h.get('category', 'tags')
        },
        dateColumn(h.get('create date'))
      )
    })
  },
  {
    source: 'uservoice',
    label: 'UserVoice ideas (one row per voter)',
    // The API-named export (suggestion.id …) and the newer one in the app's words (Idea ID …).
    signature: [['suggestion id', 'idea id'], ['suggestion title', 'idea title', 'idea name']],
    build: (h) => {
      const idea = (...names: string[]) => h.get(...names.flatMap((n) => [`suggestion ${n}`, `idea ${n}`]))
      const created = idea('created timestamp', 'created at', 'created', 'created date', 'submitted at', 'date')
      const creatorName = idea('creator name', 'creator user name', 'created by', 'created by name', 'author name') ?? h.get('creator name', 'creator', 'author name')
      const creatorEmail = idea('creator email', 'creator email address', 'creator user email address', 'created by email', 'author email') ?? h.get('creator email', 'creator email address', 'author email')
      const voterName = h.get('voter name', 'supporter name', 'supporter user name', 'user name', 'voter')
      const voterEmail = h.get('voter email', 'voter email address', 'supporter email', 'supporter user email address', 'user email address', 'user email')
      const voteDate = h.get('supporter created timestamp', 'vote created at', 'voted at', 'vote created timestamp', 'voter created at', 'vote date')
      const perVoter = [voterName, voterEmail, voteDate, h.get('user id', 'voter id', 'supporter id')].filter((c): c is string => Boolean(c))
      const hasCreator = Boolean(creatorName || creatorEmail)
      return {
        mapping: mappingOf(
          {
            text: idea('body', 'description', 'details', 'text'),
            title: idea('title', 'name'),
            receivedAt: created,
            customerName: hasCreator ? creatorName : voterName,
            customerEmail: hasCreator ? creatorEmail : voterEmail,
            company: h.get('external account name', 'account name', 'creator account name', 'company'),
            plan: h.get('external account plan', 'account plan', 'plan'),
            revenue: h.get('external account mrr', 'account mrr', 'mrr'),
            externalId: idea('id'),
            importedTags: idea('labels name', 'labels', 'label names') ?? h.get('labels'),
            url: idea('portal url', 'url', 'link')
          },
          dateColumn(created)
        ),
        foldKey: idea('id'),
        voter: { name: voterName, email: voterEmail, perVoterColumns: hasCreator ? perVoter : [] }
      }
    }
  },
  {
    source: 'canny',
    label: 'Canny posts',
    signature: [['board'], ['title'], ['details']],
    build: (h) => ({
      mapping: mappingOf(
        {
          text: h.get('details'),
          title: h.get('title'),
          receivedAt: h.get('created date', 'created at', 'created'),
          customerName: h.get('author name', 'author'),
          customerEmail: h.get('author email'),
          company: h.get('company', 'company name', 'author company'),
          revenue: h.get('company mrr', 'mrr'),
          externalId: h.get('id', 'post id'),
          importedTags: h.get('tags'),
          url: h.get('post url', 'url'),
          voterCount: h.get('votes', 'vote count')
        },
        dateColumn(h.get('created date', 'created at', 'created'))
      )
    })
  },
  {
    source: 'productboard',
    label: 'Productboard notes',
    signature: [['note id', 'id'], ['note text']],
    build: (h) => ({
      mapping: mappingOf(
        {
          text: h.get('note text'),
          title: h.get('title', 'note title'),
          receivedAt: h.get('created at', 'created'),
          customerName: h.get('user name', 'customer name'),
          customerEmail: h.get('user email', 'customer email'),
          company: h.get('company name', 'company'),
          externalId: h.get('note id', 'id'),
          importedTags: h.get('tags'),
          url: h.get('display url', 'source url')
        },
        dateColumn(h.get('created at', 'created'))
      )
    })
  },
  {
    source: 'delighted',
    label: 'Delighted NPS responses',
    signature: [['score'], ['comment'], ['permalink']],
    build: (h) => ({
      mapping: mappingOf(
        {
          text: h.get('comment'),
          receivedAt: h.get('date', 'response timestamp', 'created at'),
          rating: h.get('score'),
          customerName: h.get('name'),
          customerEmail: h.get('email'),
          company: h.get('company', 'properties company'),
          plan: h.get('plan', 'properties plan'),
          revenue: h.get('mrr', 'properties mrr'),
          externalId: h.get('response id'),
          importedTags: h.get('tags'),
          url: h.get('permalink')
        },
        dateColumn(h.get('date', 'response timestamp', 'created at'))
      )
    })
  }
]

/** Answers written in sentences: what a form's open questions collect. */
function isOpenEnded(values: string[]): boolean {
  const filled = values.map((v) => v.trim()).filter(Boolean)
  if (filled.length === 0) return false
  const prose = filled.filter((v) => /\s/.test(v) && !/^\S+@\S+\.\S+$/.test(v) && !/^https?:\/\//i.test(v) && !/^[\d\s.,:/+-]+$/.test(v))
  const averageLength = filled.reduce((n, v) => n + v.length, 0) / filled.length
  const distinct = new Set(filled).size / filled.length
  return prose.length / filled.length >= 0.6 && averageLength >= 15 && (distinct >= 0.6 || filled.length < 4)
}

/** Recognises an export by its header signature and maps it with no user action. */
export function recognizeExport(headers: string[], sampleRows: string[][] = []): KnownExport | undefined {
  const h = new Headers(headers)
  const definition = definitions.find((d) => d.signature.every((names) => h.has(...names)))
  if (!definition) return undefined
  const built = definition.build(h, sampleRows)
  return { source: definition.source, label: definition.label, ...built }
}
