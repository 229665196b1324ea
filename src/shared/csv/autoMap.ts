import { normaliseHeader, type FeedbackField, type Mapping } from './mapping'
import { decideDayMonthOrder, parseDate } from './normalizeDate'
import { parseAmount } from './normalizeNumber'
import { defaultRatingValueMap } from './ratingScales'
import { guessRevenue } from './revenueGuess'
import { timeZoneFromHeader } from './timeZone'

/** Header names per field, already normalised (see normaliseHeader). */
const synonyms: Record<FeedbackField, string[]> = {
  text: [
    'text', 'feedback', 'feedback text', 'comment', 'comments', 'body', 'description', 'details', 'message',
    'content', 'review', 'review text', 'response', 'answer', 'note', 'notes', 'note text', 'verbatim',
    'customer feedback', 'request', 'idea', 'suggestion', 'what could we improve', 'reason', 'problem',
    'first message', 'conversation body', 'ticket description', 'case description', 'post details', 'quote'
  ],
  title: [
    'title', 'subject', 'summary', 'headline', 'topic', 'ticket name', 'ticket subject', 'idea title',
    'suggestion title', 'post title', 'review title', 'issue title', 'name of request'
  ],
  receivedAt: [
    'created', 'created at', 'created date', 'created on', 'creation date', 'date created', 'date', 'date time',
    'submitted', 'submitted at', 'submit date', 'submission date', 'date submitted', 'timestamp', 'time',
    'received', 'received at', 'date received', 'opened date', 'date time opened', 'response date',
    'response timestamp', 'create date', 'posted', 'posted at', 'reported at', 'review date', 'feedback date'
  ],
  customerName: [
    'name', 'customer', 'customer name', 'full name', 'contact', 'contact name', 'requester', 'requester name',
    'user', 'user name', 'username', 'author', 'author name', 'respondent', 'submitted by', 'person', 'client',
    'client name', 'reviewer', 'reviewer name', 'associated contact'
  ],
  customerEmail: [
    'email', 'email address', 'e mail', 'mail', 'customer email', 'contact email', 'requester email', 'user email',
    'author email', 'respondent email', 'reviewer email', 'work email'
  ],
  company: [
    'company', 'company name', 'organization', 'organisation', 'organization name', 'org', 'account',
    'account name', 'customer company', 'business', 'associated company', 'employer', 'firm'
  ],
  plan: [
    'plan', 'plan name', 'tier', 'subscription', 'subscription plan', 'segment', 'pricing plan', 'edition',
    'account plan', 'company plan', 'customer tier', 'customer segment', 'package'
  ],
  revenue: [
    'mrr', 'arr', 'revenue', 'monthly revenue', 'annual revenue', 'monthly spend', 'spend', 'account value',
    'deal value', 'contract value', 'acv', 'company mrr', 'account mrr', 'company monthly spend', 'amount'
  ],
  rating: [
    'rating', 'score', 'stars', 'star rating', 'nps', 'nps score', 'csat', 'csat score', 'satisfaction',
    'satisfaction rating', 'likelihood to recommend', 'how likely are you to recommend us', 'recommend', 'rate'
  ],
  source: ['source', 'channel', 'via', 'origin', 'medium', 'feedback source', 'source channel'],
  externalId: [
    'id', 'identifier', 'external id', 'ticket id', 'ticket number', 'case number', 'case id', 'issue key', 'key',
    'record id', 'response id', 'respondent id', 'conversation id', 'post id', 'note id', 'review id',
    'feedback id', 'reference', 'ref', '#'
  ],
  importedTags: ['tags', 'tag', 'labels', 'label', 'categories', 'category', 'keywords', 'topics', 'conversation tags'],
  url: [
    'url', 'link', 'permalink', 'web link', 'review link', 'ticket url', 'conversation url', 'post url',
    'display url', 'portal url', 'href', 'web url'
  ],
  voterCount: ['votes', 'vote count', 'voters', 'upvotes', 'supporters', 'supporter count', 'number of votes', 'vote total']
}

/**
 * The same fields in German, French, Spanish, Portuguese, Dutch and Italian (normalised: no accents, no
 * punctuation), scored exactly like the English names. Words that mean different fields in different languages
 * are settled by the values: French "Note" holds numbers (a rating), English "Note" holds sentences (the text).
 */
const otherLanguages: Record<FeedbackField, string[]> = {
  text: [
    'kommentar', 'kommentare', 'ruckmeldung', 'nachricht', 'beschreibung', 'inhalt', 'anmerkung', 'anmerkungen', 'freitext', 'antwort', 'anliegen', 'bewertungstext',
    'commentaire', 'commentaires', 'avis', 'texte', 'contenu', 'retour', 'remarque', 'remarques', 'reponse', 'verbatim client',
    'comentario', 'comentarios', 'opinion', 'mensaje', 'descripcion', 'texto', 'contenido', 'respuesta', 'sugerencia', 'resena',
    'mensagem', 'descricao', 'conteudo', 'resposta', 'opiniao', 'sugestao',
    'opmerking', 'opmerkingen', 'commentaar', 'bericht', 'beschrijving', 'tekst', 'inhoud', 'antwoord', 'reactie', 'toelichting',
    'commento', 'commenti', 'messaggio', 'descrizione', 'testo', 'contenuto', 'risposta', 'suggerimento', 'recensione'
  ],
  title: [
    'titel', 'betreff', 'zusammenfassung', 'uberschrift', 'titre', 'objet', 'sujet', 'resume', 'titulo', 'asunto', 'resumen',
    'assunto', 'resumo', 'onderwerp', 'samenvatting', 'titolo', 'oggetto', 'riepilogo', 'sommario'
  ],
  receivedAt: [
    'datum', 'erstellt', 'erstellt am', 'erstellungsdatum', 'eingangsdatum', 'eingegangen am', 'zeitstempel', 'datum uhrzeit', 'angelegt am',
    'date de creation', 'cree le', 'date de reception', 'recu le', 'horodatage', 'date et heure', 'date heure',
    'fecha', 'fecha de creacion', 'creado', 'creado el', 'fecha de envio', 'marca de tiempo', 'fecha y hora', 'recibido',
    'data', 'data de criacao', 'criado em', 'data de envio', 'data e hora', 'recebido em',
    'aangemaakt', 'aangemaakt op', 'aanmaakdatum', 'tijdstempel', 'datum tijd', 'ontvangen op',
    'data di creazione', 'creato il', 'data invio', 'data e ora', 'ricevuto il'
  ],
  customerName: [
    'kunde', 'kundenname', 'name des kunden', 'vollstandiger name', 'ansprechpartner', 'kontakt', 'benutzer', 'nutzer', 'verfasser', 'autor', 'anfragender',
    'nom', 'nom du client', 'nom complet', 'utilisateur', 'auteur', 'demandeur',
    'cliente', 'nombre', 'nombre del cliente', 'nombre completo', 'contacto', 'usuario', 'solicitante',
    'nome', 'nome do cliente', 'nome completo', 'contato', 'usuario',
    'klant', 'naam', 'klantnaam', 'volledige naam', 'contactpersoon', 'gebruiker', 'auteur', 'aanvrager',
    'nome cliente', 'contatto', 'utente', 'autore', 'richiedente'
  ],
  customerEmail: [
    'e mail adresse', 'email adresse', 'mail adresse', 'courriel', 'adresse e mail', 'adresse email', 'adresse courriel',
    'correo', 'correo electronico', 'e mail del cliente', 'correio eletronico', 'endereco de e mail', 'e mailadres', 'emailadres',
    'posta elettronica', 'indirizzo email', 'indirizzo e mail'
  ],
  company: [
    'firma', 'unternehmen', 'firmenname', 'organisation', 'kundenfirma', 'entreprise', 'societe', 'nom de l entreprise', 'raison sociale',
    'empresa', 'compania', 'organizacion', 'nombre de la empresa', 'companhia', 'organizacao', 'nome da empresa',
    'bedrijf', 'bedrijfsnaam', 'organisatie', 'onderneming', 'azienda', 'societa', 'ditta', 'organizzazione', 'nome azienda', 'organizations'
  ],
  plan: [
    'tarif', 'abo', 'abonnement', 'paket', 'stufe', 'forfait', 'formule', 'offre', 'suscripcion', 'tarifa', 'paquete', 'nivel',
    'plano', 'assinatura', 'pacote', 'pakket', 'niveau', 'piano', 'abbonamento', 'pacchetto', 'livello'
  ],
  revenue: [
    'umsatz', 'jahresumsatz', 'monatsumsatz', 'vertragswert', 'betrag', 'chiffre d affaires', 'revenu', 'revenus', 'revenu mensuel', 'revenu annuel', 'montant',
    'ingresos', 'facturacion', 'ingresos mensuales', 'ingresos anuales', 'importe', 'valor del contrato',
    'receita', 'faturamento', 'receita mensal', 'receita anual', 'valor do contrato',
    'omzet', 'jaaromzet', 'maandomzet', 'bedrag', 'contractwaarde', 'fatturato', 'ricavi', 'entrate', 'importo', 'valore contratto'
  ],
  rating: [
    'bewertung', 'note', 'punkte', 'punktzahl', 'zufriedenheit', 'sterne', 'wertung', 'evaluation', 'satisfaction client', 'etoiles', 'notation',
    'valoracion', 'calificacion', 'puntuacion', 'satisfaccion', 'estrellas', 'nota', 'avaliacao', 'classificacao', 'pontuacao', 'satisfacao', 'estrelas',
    'beoordeling', 'cijfer', 'waardering', 'tevredenheid', 'sterren', 'valutazione', 'voto', 'punteggio', 'soddisfazione', 'stelle'
  ],
  source: ['quelle', 'kanal', 'herkunft', 'canal', 'origine', 'fuente', 'origen', 'fonte', 'origem', 'bron', 'kanaal', 'herkomst', 'canale'],
  externalId: [
    'nummer', 'ticketnummer', 'ticket nr', 'referenz', 'kennung', 'vorgangsnummer', 'identifiant', 'numero', 'reference', 'numero de ticket',
    'identificador', 'referencia', 'numero de ticket', 'numero do ticket', 'kenmerk', 'referentie', 'identificativo', 'riferimento', 'numero ticket'
  ],
  importedTags: [
    'schlagworte', 'schlagworter', 'stichworte', 'kategorie', 'kategorien', 'etiketten', 'etiquettes', 'mots cles', 'categorie', 'categories',
    'etiquetas', 'palabras clave', 'categoria', 'categorias', 'palavras chave', 'marcadores', 'trefwoorden', 'etichette', 'parole chiave'
  ],
  url: ['verknupfung', 'lien', 'adresse web', 'enlace', 'vinculo', 'endereco', 'koppeling', 'collegamento'],
  voterCount: [
    'stimmen', 'anzahl stimmen', 'unterstutzer', 'nombre de votes', 'voix', 'votos', 'numero de votos', 'stemmen', 'aantal stemmen', 'voti', 'numero di voti'
  ]
}
for (const field of Object.keys(otherLanguages) as FeedbackField[]) synonyms[field].push(...otherLanguages[field])

interface ColumnProfile {
  filled: number
  email: number
  url: number
  date: number
  number: number
  /** Epoch seconds or milliseconds: numbers that are dates. */
  epoch: number
  distinct: number
  averageLength: number
  withSpaces: number
  values: string[]
}

const emailPattern = /^[^\s@<>(),;]+@[^\s@<>(),;]+\.[a-z]{2,}$/i
const urlPattern = /^(https?:\/\/|www\.)\S+$/i

/** What people write for "no value": it says nothing about the column's type. */
const placeholder = /^(n\/?a|n\.a\.|na|none|null|nil|-+|—|–|\?+|k\.?\s?a\.?|unknown|tbd|keine angabe|non renseigne|s\/?d|nd)$/i

function profile(values: string[]): ColumnProfile {
  const filled = values.map((v) => v.trim()).filter((v) => v && !placeholder.test(v))
  const n = filled.length || 1
  const share = (test: (v: string) => boolean) => filled.filter(test).length / n
  return {
    filled: filled.length,
    email: share((v) => emailPattern.test(v)),
    url: share((v) => urlPattern.test(v)),
    // Plain digits are ids and counts more often than compact dates or epochs: they do not vote for "date".
    date: share((v) => !/^\d+$/.test(v) && parseDate(v).ok),
    number: share((v) => parseAmount(v).ok),
    epoch: share((v) => /^\d{10}(\d{3})?(\.\d+)?$/.test(v)),
    distinct: new Set(filled).size / n,
    averageLength: filled.reduce((sum, v) => sum + v.length, 0) / n,
    withSpaces: share((v) => /\s/.test(v)),
    values: filled
  }
}

/** How well the values fit a field, multiplying the header's score: 1 fits, lower fits badly. */
function valueFit(field: FeedbackField, p: ColumnProfile): number {
  if (p.filled === 0) return 0.7
  switch (field) {
    case 'customerEmail':
      return p.email >= 0.6 ? 1 : 0.3
    case 'url':
      return p.url >= 0.6 ? 1 : 0.3
    case 'receivedAt':
      // Plain numbers are durations, counts and ids ("Time to first response (seconds)"), unless they are epochs.
      return p.date >= 0.6 || p.epoch >= 0.9 ? 1 : p.number >= 0.6 ? 0 : 0.3
    case 'company':
    case 'customerName':
    case 'plan':
      // Sentences are answers, not names (SurveyMonkey: "What would make your company switch?").
      if (p.averageLength > 60 && p.withSpaces >= 0.6) return 0.3
      return p.date >= 0.8 || p.email >= 0.8 || (p.number >= 0.9 && field !== 'plan') ? 0.4 : 1
    case 'rating':
      // Words of a known scale are ratings too: Zendesk's "Good" / "Bad", "Very satisfied"…
      return p.number >= 0.8 || (p.filled > 0 && defaultRatingValueMap(p.values) !== undefined) ? 1 : 0.3
    case 'revenue':
    case 'voterCount':
      return p.number >= 0.8 ? 1 : 0.3
    case 'externalId':
      // Repeated ids would make rows overwrite each other: never an id then.
      return p.distinct >= 0.99 || p.filled < 5 ? 1 : 0
    case 'text':
      return p.number >= 0.8 || p.date >= 0.8 || p.email >= 0.8 ? 0.2 : 1
    default:
      return p.date >= 0.8 || p.email >= 0.8 || p.number >= 0.9 ? 0.4 : 1
  }
}

/** How well a header names a field: exact synonym 1; synonym words inside the header 0.8 (0.9 as its last word). */
export function headerScore(field: FeedbackField, header: string): number {
  const name = normaliseHeader(header)
  const words = name.split(' ')
  if (field === 'receivedAt' && durationHeader.test(name)) return 0
  if (isQuestion(header) && field !== 'text' && field !== 'rating') {
    // A question mentions fields it is not: "How likely is your company to renew?" is not the company column.
    if (field === 'company') return asksForCompany(header) ? 0.9 : 0
    if (field === 'customerEmail') return /\b(e ?mail|email address)\b/.test(name) ? 0.9 : 0
    if (field === 'plan') return /\b(plan|tier|subscription)\b\s*$/.test(name.replace(/\b(are you on|do you use|is your team on)\b/g, '').trim()) || /\bwhich plan\b/.test(name) ? 0.85 : 0
    if (field === 'customerName') return /\b(your name|full name|first name|last name)\s*$/.test(name) ? 0.9 : 0
    return 0
  }
  let best = 0
  for (const synonym of synonyms[field]) {
    if (name === synonym) return 1
    const synonymWords = synonym.split(' ')
    if (synonymWords.every((w) => words.includes(w))) {
      const last = words[words.length - 1] === synonymWords[synonymWords.length - 1]
      // A longer synonym is the more specific reading: "company name" over "customer" in "Customer company name".
      // The words side by side, as a phrase, read more surely than scattered: "company name" in "Customer company name".
      const phrase = ` ${name} `.includes(` ${synonym} `) ? 0.02 : 0
      best = Math.max(best, Math.min(0.95, (last ? 0.9 : 0.8) + 0.03 * (synonymWords.length - 1) + phrase))
      continue
    }
    const shared = synonymWords.filter((w) => words.some((x) => x === w || (w.length > 4 && similarity(w, x) >= 0.8))).length
    const jaccard = shared / (synonymWords.length + words.length - shared)
    if (jaccard >= 0.5) best = Math.max(best, 0.5 + 0.3 * jaccard)
    const whole = similarity(name, synonym)
    if (whole >= 0.8) best = Math.max(best, 0.85 * whole)
  }
  return best
}

/** Headers that name a duration or a count, never a date: "First response time (seconds)", "Time to close (s)". */
const durationHeader = /\b(seconds?|secs?|minutes?|mins?|hours?|hrs?|ms|millis|duration|time to|response time|resolution time|handling time|wait time|reply time|count|number of|anzahl|dauer|duree|duracion|durata)\b|\b(in|en) (s|min|h)\b|\((s|ms|min|h)\)/

const questionStart = /^(what|which|how|why|where|when|who|do|does|did|are|is|would|could|should|can|please|rate|tell|describe|in a few words|wie|was|welche[rs]?|warum|quel(le)?s?|comment|pourquoi|que|cual|como|por que|qual|quanto|cosa|come|perche|hoe|wat|welke|waarom)\b/i

/** A survey question rather than a column name: it ends in "?", or it is a long sentence that starts like a question. */
export function isQuestion(header: string): boolean {
  const name = header.replace(/ - (Open-Ended )?Response$/i, '').trim()
  return name.endsWith('?') || (name.split(/\s+/).length >= 5 && questionStart.test(normaliseHeader(name)))
}

/** A question that asks for the company ("What is your company name?", "Which company do you work for?"), not one about it. */
export function asksForCompany(question: string): boolean {
  const q = normaliseHeader(question.replace(/ - (Open-Ended )?Response$/i, ''))
  return (
    /\b(company|organi[sz]ation|employer|business|firm|workplace|firma|unternehmen|entreprise|societe|empresa|bedrijf|azienda)( s)?( name)?$/.test(q) ||
    /\b(what|which) (company|organi[sz]ation|employer)\b.*\b(work|are you) (for|at|with|from)$/.test(q) ||
    /\bname of (your|the) (company|organi[sz]ation|employer|business)\b/.test(q) ||
    /\bwhere do you work$/.test(q)
  )
}

/** 1 - Levenshtein distance / longer length. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1
  const longer = Math.max(a.length, b.length)
  if (longer === 0) return 1
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost)
    }
    previous = current
  }
  return 1 - (previous[b.length] as number) / longer
}

const ACCEPT = 0.5

/**
 * Proposes a mapping from header names (synonyms, then fuzzy matches) and the values under them (emails,
 * links, dates, numbers, long text), each field with its confidence. One column feeds one field, except
 * first + last name (joined) and repeated tag columns ("Labels", "Labels (2)").
 */
export function autoMap(headers: string[], sampleRows: string[][]): Mapping {
  const profiles = headers.map((_, i) => profile(sampleRows.map((row) => row[i] ?? '')))
  const candidates: Array<{ field: FeedbackField; column: number; score: number }> = []
  headers.forEach((header, column) => {
    const p = profiles[column] as ColumnProfile
    for (const field of Object.keys(synonyms) as FeedbackField[]) {
      const byHeader = headerScore(field, header)
      const fit = valueFit(field, p)
      let score = byHeader * fit
      if (byHeader < ACCEPT) score = Math.max(score, valueOnlyScore(field, p))
      if (score >= ACCEPT) candidates.push({ field, column, score: Math.min(1, score) })
    }
  })
  const longest = longestTextColumn(profiles)
  if (longest !== undefined) candidates.push({ field: 'text', column: longest, score: 0.6 })
  candidates.sort((a, b) => b.score - a.score || a.column - b.column)

  const chosen = new Map<FeedbackField, { column: number; score: number }>()
  const used = new Set<number>()
  for (const c of candidates) {
    if (chosen.has(c.field) || used.has(c.column)) continue
    chosen.set(c.field, { column: c.column, score: c.score })
    used.add(c.column)
  }

  const mapping: Mapping = {}
  const round = (score: number) => Math.round(score * 100) / 100
  for (const [field, { column, score }] of chosen) {
    const header = headers[column] as string
    const p = profiles[column] as ColumnProfile
    const base = { columns: [header], confidence: round(score) }
    switch (field) {
      case 'receivedAt': {
        const order = decideDayMonthOrder(p.values)
        const timeZone = timeZoneFromHeader(header)
        mapping.receivedAt = {
          ...base,
          ...(order === 'day-first' || order === 'month-first' ? { dayMonthOrder: order } : {}),
          ...(timeZone ? { timeZone } : {})
        }
        break
      }
      case 'revenue':
        mapping.revenue = { ...base, ...revenueOptions(header, p.values) }
        break
      case 'importedTags':
        mapping.importedTags = { ...base, columns: withRepeats(header, headers) }
        break
      default:
        mapping[field] = base
    }
  }

  const names = firstAndLastName(headers)
  const fullName = mapping.customerName?.columns[0]
  if (names && (!fullName || names.includes(fullName) || (mapping.customerName?.confidence ?? 0) < 1)) {
    for (const field of Object.keys(mapping) as FeedbackField[]) {
      if (mapping[field]?.columns.some((c) => names.includes(c))) delete mapping[field]
    }
    mapping.customerName = { columns: names, confidence: 0.9 }
  }
  if (!mapping.text && mapping.title) {
    mapping.text = mapping.title
    delete mapping.title
  }
  return mapping
}

function valueOnlyScore(field: FeedbackField, p: ColumnProfile): number {
  if (p.filled === 0) return 0
  if (field === 'customerEmail' && p.email >= 0.8) return 0.65
  if (field === 'url' && p.url >= 0.8) return 0.6
  if (field === 'receivedAt' && p.date >= 0.8) return 0.6
  return 0
}

/** The column of sentences: long values with spaces, not dates, numbers, emails or links. */
function longestTextColumn(profiles: ColumnProfile[]): number | undefined {
  let best: number | undefined
  profiles.forEach((p, i) => {
    const prose = p.averageLength >= 25 && p.withSpaces >= 0.6 && p.url < 0.5 && p.email < 0.5 && p.date < 0.5
    if (prose && (best === undefined || p.averageLength > (profiles[best] as ColumnProfile).averageLength)) best = i
  })
  return best
}

function revenueOptions(header: string, values: string[]) {
  const { kind, currency } = guessRevenue(header, values)
  return { kind, ...(currency ? { currency } : {}) }
}

/** "Labels" and the repeats the header de-duplication numbered: "Labels (2)", "Labels (3)". */
export function withRepeats(header: string, headers: string[]): string[] {
  const escaped = header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const repeat = new RegExp(`^${escaped} \\(\\d+\\)$`)
  return headers.filter((h) => h === header || repeat.test(h))
}

function firstAndLastName(headers: string[]): string[] | undefined {
  const find = (names: string[]) => headers.find((h) => names.includes(normaliseHeader(h)))
  const first = find(['first name', 'firstname', 'given name', 'forename'])
  const last = find(['last name', 'lastname', 'surname', 'family name'])
  return first && last ? [first, last] : undefined
}
