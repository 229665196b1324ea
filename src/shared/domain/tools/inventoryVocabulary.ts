/**
 * The words inventory spreadsheets use, in English, German, French, Spanish and
 * Dutch: column names per field, and cell values per value a field can take.
 * Every entry is written in its folded form (see `foldText`): lower case,
 * accents and ß folded, punctuation as single spaces.
 */

export const inventoryLanguages = ['en', 'de', 'fr', 'es', 'nl'] as const
export type InventoryLanguage = (typeof inventoryLanguages)[number]

type Words = Partial<Record<InventoryLanguage, string[]>>

/** Lower case, accents and ß folded, anything but letters and digits as one space: "Kündigungsfrist (Tage)" → "kundigungsfrist tage". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export const columnWords = {
  name: {
    en: ['name', 'tool', 'tool name', 'application', 'app', 'app name', 'product', 'software', 'service', 'application name', 'saas application'],
    de: ['werkzeug', 'tool', 'anwendung', 'software', 'produkt', 'dienst', 'name', 'applikation', 'programm'],
    fr: ['outil', 'logiciel', 'application', 'nom', 'nom de l outil', 'nom de l application', 'produit', 'service'],
    es: ['herramienta', 'aplicacion', 'nombre', 'producto', 'servicio', 'software', 'nombre de la herramienta'],
    nl: ['gereedschap', 'applicatie', 'naam', 'toepassing', 'tool', 'product', 'dienst', 'software']
  },
  vendor: {
    en: ['vendor', 'supplier', 'company', 'provider', 'publisher', 'manufacturer', 'vendor name'],
    de: ['anbieter', 'hersteller', 'lieferant', 'firma'],
    fr: ['fournisseur', 'editeur', 'prestataire', 'societe'],
    es: ['proveedor', 'fabricante', 'empresa'],
    nl: ['leverancier', 'aanbieder', 'fabrikant', 'bedrijf']
  },
  category: {
    en: ['category', 'type', 'function', 'area'],
    de: ['kategorie', 'bereich', 'typ', 'art'],
    fr: ['categorie', 'type', 'domaine'],
    es: ['categoria', 'tipo', 'area'],
    nl: ['categorie', 'soort', 'type']
  },
  description: {
    en: ['description', 'purpose', 'used for', 'use case'],
    de: ['beschreibung', 'zweck', 'verwendung', 'einsatzzweck'],
    fr: ['description', 'objet', 'usage', 'utilisation'],
    es: ['descripcion', 'proposito', 'uso'],
    nl: ['beschrijving', 'doel', 'gebruik']
  },
  website: {
    en: ['website', 'url', 'link', 'homepage'],
    de: ['webseite', 'internetseite', 'url', 'link'],
    fr: ['site web', 'site', 'site internet', 'lien'],
    es: ['sitio web', 'pagina web', 'enlace', 'web'],
    nl: ['website', 'webpagina', 'link']
  },
  owner: {
    en: ['owner', 'admin', 'administrator', 'tool owner', 'it owner', 'technical owner', 'app owner', 'responsible'],
    de: ['verantwortlich', 'verantwortliche', 'verantwortlicher', 'eigentumer', 'besitzer', 'ansprechpartner', 'administrator', 'tool owner', 'owner'],
    fr: ['responsable', 'proprietaire', 'administrateur', 'referent'],
    es: ['responsable', 'propietario', 'administrador', 'dueno'],
    nl: ['eigenaar', 'verantwoordelijke', 'beheerder', 'contactpersoon']
  },
  businessOwner: {
    en: ['business owner', 'budget owner', 'sponsor', 'budget holder'],
    de: ['budgetverantwortlich', 'budgetverantwortliche', 'budgetverantwortlicher', 'kostenstellenverantwortlicher', 'fachlich verantwortlich'],
    fr: ['responsable budget', 'responsable du budget', 'responsable metier'],
    es: ['responsable de presupuesto', 'responsable del presupuesto', 'responsable de negocio'],
    nl: ['budgethouder', 'budgeteigenaar', 'business eigenaar']
  },
  teams: {
    en: ['teams', 'team', 'departments', 'department', 'used by'],
    de: ['team', 'teams', 'abteilung', 'abteilungen', 'genutzt von'],
    fr: ['equipe', 'equipes', 'service', 'departement', 'utilise par'],
    es: ['equipo', 'equipos', 'departamento', 'usado por'],
    nl: ['team', 'teams', 'afdeling', 'afdelingen', 'gebruikt door']
  },
  status: {
    en: ['status', 'state', 'lifecycle', 'lifecycle status'],
    de: ['status', 'zustand'],
    fr: ['statut', 'etat'],
    es: ['estado', 'estatus'],
    nl: ['status', 'toestand']
  },
  statusReason: {
    en: ['status reason', 'reason'],
    de: ['grund', 'begrundung'],
    fr: ['raison', 'motif'],
    es: ['motivo', 'razon'],
    nl: ['reden']
  },
  seatsPurchased: {
    en: ['seats', 'seats purchased', 'licenses', 'licences', 'licenses purchased', 'licences purchased', 'seat count', 'purchased seats', 'purchased licenses', 'total seats', 'license count'],
    de: ['lizenzen', 'lizenzen gekauft', 'gekaufte lizenzen', 'anzahl lizenzen', 'lizenzen gesamt', 'platze', 'arbeitsplatze'],
    fr: ['licences', 'licences achetees', 'nombre de licences', 'sieges', 'postes'],
    es: ['licencias', 'licencias compradas', 'numero de licencias', 'puestos', 'asientos'],
    nl: ['licenties', 'licenties gekocht', 'gekochte licenties', 'aantal licenties', 'plaatsen']
  },
  seatsUsed: {
    en: ['seats used', 'active users', 'used seats', 'users', 'active seats', 'licenses used', 'licences used', 'seats in use'],
    de: ['lizenzen genutzt', 'genutzte lizenzen', 'lizenzen in nutzung', 'aktive nutzer', 'nutzer', 'benutzer', 'aktive benutzer'],
    fr: ['licences utilisees', 'utilisateurs actifs', 'utilisateurs', 'sieges utilises'],
    es: ['licencias usadas', 'licencias utilizadas', 'licencias en uso', 'usuarios activos', 'usuarios'],
    nl: ['licenties gebruikt', 'gebruikte licenties', 'actieve gebruikers', 'gebruikers']
  },
  seatsVerifiedAt: {
    en: ['seats verified', 'verified', 'last verified', 'seats verified at', 'usage checked'],
    de: ['gepruft am', 'zuletzt gepruft', 'nutzung gepruft'],
    fr: ['verifie le', 'derniere verification'],
    es: ['verificado', 'ultima verificacion'],
    nl: ['gecontroleerd op', 'laatst gecontroleerd']
  },
  pricing: {
    en: ['pricing', 'pricing model', 'price type', 'license model', 'licence model', 'license type', 'licence type', 'pricing type'],
    de: ['preismodell', 'abrechnungsmodell', 'lizenzmodell', 'lizenzart', 'lizenztyp'],
    fr: ['modele de prix', 'tarification', 'modele de licence', 'type de licence'],
    es: ['modelo de precio', 'modelo de precios', 'modelo de licencia', 'tipo de licencia'],
    nl: ['prijsmodel', 'licentiemodel', 'licentietype']
  },
  amount: {
    en: ['cost', 'price', 'amount', 'fee', 'contract value', 'price per seat', 'cost per period', 'list price'],
    de: ['kosten', 'preis', 'betrag', 'gebuhr', 'preis pro lizenz', 'kosten pro lizenz'],
    fr: ['cout', 'prix', 'montant', 'tarif', 'prix par licence'],
    es: ['costo', 'coste', 'precio', 'importe', 'tarifa', 'precio por licencia'],
    nl: ['kosten', 'prijs', 'bedrag', 'tarief', 'prijs per licentie']
  },
  annualCost: {
    en: ['annual cost', 'yearly cost', 'cost per year', 'annual spend', 'annual price', 'annual fee', 'annual amount', 'annual contract value', 'acv', 'cost per annum'],
    de: ['jahreskosten', 'kosten pro jahr', 'jahrliche kosten', 'jahrlicher preis', 'jahresbetrag', 'jahresgebuhr', 'kosten jahrlich'],
    fr: ['cout annuel', 'couts annuels', 'prix annuel', 'montant annuel', 'cout par an'],
    es: ['costo anual', 'coste anual', 'importe anual', 'precio anual', 'costo por ano'],
    nl: ['jaarlijkse kosten', 'jaarkosten', 'kosten per jaar', 'jaarprijs', 'jaarbedrag']
  },
  currency: {
    en: ['currency', 'ccy'],
    de: ['wahrung'],
    fr: ['devise', 'monnaie'],
    es: ['moneda', 'divisa'],
    nl: ['valuta', 'munt']
  },
  billingCycle: {
    en: ['billing', 'billing cycle', 'billing period', 'billing frequency', 'term', 'frequency', 'billed', 'payment terms', 'plan term'],
    de: ['abrechnung', 'abrechnungszeitraum', 'abrechnungsintervall', 'abrechnungszyklus', 'zahlungsweise', 'zahlungsintervall', 'zahlungsrhythmus'],
    fr: ['facturation', 'periodicite', 'cycle de facturation', 'frequence de facturation', 'periodicite de facturation'],
    es: ['facturacion', 'ciclo de facturacion', 'periodicidad', 'frecuencia de facturacion', 'frecuencia'],
    nl: ['facturering', 'facturatie', 'factuurperiode', 'facturatiecyclus', 'betalingstermijn']
  },
  cycleMonths: {
    en: ['term months', 'contract months', 'term length', 'contract length', 'term in months'],
    de: ['laufzeit', 'laufzeit monate', 'vertragslaufzeit', 'vertragslaufzeit monate', 'laufzeit in monaten'],
    fr: ['duree', 'duree mois', 'duree du contrat', 'duree en mois'],
    es: ['duracion', 'duracion meses', 'duracion del contrato', 'duracion en meses'],
    nl: ['looptijd', 'looptijd maanden', 'contractduur']
  },
  contractStart: {
    en: ['contract start', 'start date', 'start', 'signed', 'contract start date'],
    de: ['vertragsbeginn', 'beginn', 'startdatum', 'vertragsstart', 'laufzeitbeginn'],
    fr: ['debut du contrat', 'date de debut', 'debut', 'debut de contrat'],
    es: ['inicio del contrato', 'fecha de inicio', 'inicio', 'inicio de contrato'],
    nl: ['startdatum', 'ingangsdatum', 'begindatum', 'contractstart']
  },
  contractEnd: {
    en: ['contract end', 'end date', 'renewal date', 'renews', 'expiry', 'expires', 'end', 'contract end date', 'expiration date', 'renewal'],
    de: ['vertragsende', 'enddatum', 'ende', 'laufzeitende', 'verlangerungsdatum', 'ablaufdatum', 'gultig bis', 'verlangerung am'],
    fr: ['fin du contrat', 'date de fin', 'fin', 'echeance', 'date d echeance', 'date de renouvellement', 'fin de contrat'],
    es: ['fin del contrato', 'fecha de fin', 'fecha de finalizacion', 'vencimiento', 'fecha de vencimiento', 'fecha de renovacion', 'fin de contrato'],
    nl: ['einddatum', 'einde contract', 'vervaldatum', 'verlengingsdatum', 'contracteinde']
  },
  autoRenew: {
    en: ['auto renew', 'autorenew', 'auto renewal', 'renews automatically', 'auto renews', 'automatic renewal'],
    de: ['automatische verlangerung', 'auto verlangerung', 'autoverlangerung', 'verlangert automatisch', 'verlangert sich automatisch', 'automatisch verlangern'],
    fr: ['renouvellement automatique', 'reconduction tacite', 'tacite reconduction', 'reconduction automatique'],
    es: ['renovacion automatica', 'auto renovacion', 'se renueva automaticamente'],
    nl: ['automatische verlenging', 'stilzwijgende verlenging', 'auto verlenging']
  },
  noticeDays: {
    en: ['notice', 'notice days', 'notice period', 'notice period days', 'cancellation notice', 'notice period in days', 'days notice'],
    de: ['kundigungsfrist', 'kundigungsfrist tage', 'kundigungsfrist in tagen', 'frist'],
    fr: ['preavis', 'delai de preavis', 'preavis jours', 'preavis en jours', 'delai de resiliation'],
    es: ['preaviso', 'plazo de preaviso', 'dias de preaviso', 'preaviso dias', 'preaviso en dias'],
    nl: ['opzegtermijn', 'opzegtermijn dagen', 'opzegtermijn in dagen']
  },
  sso: {
    en: ['sso', 'single sign on', 'saml'],
    de: ['sso', 'einmalanmeldung'],
    fr: ['sso', 'authentification unique'],
    es: ['sso', 'inicio de sesion unico'],
    nl: ['sso', 'eenmalige aanmelding']
  },
  dataClassification: {
    en: ['data classification', 'classification', 'data class', 'data sensitivity'],
    de: ['datenklassifizierung', 'schutzbedarf', 'klassifizierung', 'vertraulichkeit'],
    fr: ['classification des donnees', 'classification', 'sensibilite des donnees'],
    es: ['clasificacion de datos', 'clasificacion'],
    nl: ['dataclassificatie', 'classificatie']
  },
  notes: {
    en: ['notes', 'comments', 'remarks', 'note', 'comment'],
    de: ['notizen', 'bemerkungen', 'anmerkungen', 'kommentar', 'kommentare', 'hinweise', 'bemerkung'],
    fr: ['notes', 'remarques', 'commentaires', 'commentaire', 'observations'],
    es: ['notas', 'comentarios', 'observaciones', 'nota'],
    nl: ['opmerkingen', 'notities', 'opmerking']
  }
} satisfies Record<string, Words>

export type InventoryField = keyof typeof columnWords

/** The words for a day, a month and a year, to read "90 Tage", "3 months", "2 Jahre im Voraus". */
export const unitWords = {
  day: ['d', 'day', 'days', 'tag', 'tage', 'tagen', 'jour', 'jours', 'j', 'dia', 'dias', 'dag', 'dagen'],
  week: ['week', 'weeks', 'wk', 'woche', 'wochen', 'semaine', 'semaines', 'semana', 'semanas', 'weken'],
  month: ['month', 'months', 'mo', 'mos', 'monat', 'monate', 'monaten', 'monats', 'mois', 'mes', 'meses', 'maand', 'maanden', 'm'],
  year: ['year', 'years', 'yr', 'yrs', 'y', 'jahr', 'jahre', 'jahren', 'jahres', 'an', 'ans', 'annee', 'annees', 'ano', 'anos', 'jaar', 'jaren']
}

/** Cell values, folded, per value the product knows. */
export const statusWords = {
  active: [
    'active', 'in use', 'live', 'production', 'current', 'approved', 'renewed', 'up for renewal', 'renewal pending', 'in production', 'ok',
    'aktiv', 'in nutzung', 'im einsatz', 'produktiv', 'genehmigt', 'verlangert',
    'actif', 'active', 'en service', 'en production', 'en cours', 'utilise', 'approuve', 'renouvele',
    'activo', 'activa', 'en uso', 'vigente', 'en produccion', 'aprobado', 'renovado',
    'actief', 'in gebruik', 'goedgekeurd', 'verlengd'
  ],
  trial: [
    'trial', 'free trial', 'pilot', 'poc', 'proof of concept', 'testing', 'in trial',
    'testphase', 'test', 'testversion', 'probephase', 'in erprobung', 'pilotphase',
    'essai', 'periode d essai', 'version d essai', 'pilote', 'en essai', 'en test',
    'prueba', 'periodo de prueba', 'piloto', 'en prueba', 'version de prueba',
    'proefperiode', 'proef', 'in proef', 'proefversie'
  ],
  evaluating: [
    'evaluating', 'evaluation', 'under review', 'in review', 'under evaluation', 'considering', 'proposed', 'requested', 'pending approval', 'planned', 'shortlisted',
    'in evaluierung', 'evaluierung', 'in prufung', 'prufung', 'geplant', 'angefragt', 'beantragt', 'wird gepruft', 'evaluation',
    'en evaluation', 'en cours d evaluation', 'a l etude', 'en cours d examen', 'envisage', 'propose', 'demande', 'a evaluer',
    'evaluando', 'en evaluacion', 'en revision', 'propuesto', 'solicitado', 'en estudio', 'planificado',
    'in evaluatie', 'evaluatie', 'in beoordeling', 'beoordeling', 'aangevraagd', 'gepland', 'voorgesteld'
  ],
  deprecated: [
    'deprecated', 'pending cancellation', 'cancellation pending', 'to be cancelled', 'to be canceled', 'sunset', 'sunsetting', 'phasing out', 'phase out', 'retiring', 'being retired', 'legacy', 'notice given', 'offboarding',
    'auslaufend', 'wird abgelost', 'wird gekundigt', 'kundigung ausstehend', 'kundigung geplant', 'veraltet', 'abgekundigt', 'auslaufmodell',
    'en cours de resiliation', 'resiliation en cours', 'a resilier', 'obsolete', 'en retrait', 'en fin de vie', 'resiliation prevue',
    'en desuso', 'obsoleto', 'pendiente de cancelacion', 'cancelacion pendiente', 'por cancelar', 'en retirada',
    'uitfaserend', 'verouderd', 'opzegging lopend', 'wordt opgezegd', 'uit te faseren'
  ],
  cancelled: [
    'cancelled', 'canceled', 'terminated', 'ended', 'expired', 'retired', 'inactive', 'churned', 'discontinued', 'closed', 'not renewed',
    'gekundigt', 'beendet', 'abgelaufen', 'inaktiv', 'eingestellt', 'abgeschaltet', 'storniert', 'nicht verlangert',
    'resilie', 'resiliee', 'annule', 'annulee', 'termine', 'terminee', 'expire', 'expiree', 'inactif', 'inactive', 'arrete', 'non renouvele',
    'cancelado', 'cancelada', 'rescindido', 'vencido', 'inactivo', 'inactiva', 'finalizado', 'dado de baja', 'no renovado',
    'opgezegd', 'beeindigd', 'geannuleerd', 'verlopen', 'inactief', 'stopgezet', 'niet verlengd'
  ]
} as const

/** Billing cycles with a fixed length; multi-year terms are read from their number ("2-year prepaid"). */
export const cycleWords = {
  monthly: ['monthly', 'month', 'per month', 'mo', 'monthly subscription', 'month to month', 'monatlich', 'monat', 'pro monat', 'mensuel', 'mensuelle', 'par mois', 'mois', 'mensual', 'por mes', 'mes', 'mensualmente', 'maandelijks', 'per maand', 'maand'],
  quarterly: ['quarterly', 'quarter', 'per quarter', 'vierteljahrlich', 'quartalsweise', 'quartal', 'pro quartal', 'quartalsweise', 'trimestriel', 'trimestrielle', 'par trimestre', 'trimestral', 'por trimestre', 'trimestralmente', 'per kwartaal', 'kwartaal', 'driemaandelijks', 'kwartaallijks'],
  annual: ['annual', 'annually', 'yearly', 'year', 'per year', 'per annum', 'annual prepaid', 'annual subscription', 'jahrlich', 'jahr', 'pro jahr', 'jahrlich im voraus', 'annuel', 'annuelle', 'par an', 'an', 'annuellement', 'anual', 'por ano', 'ano', 'anualmente', 'jaarlijks', 'per jaar', 'jaar'],
  free: ['free', 'free tier', 'free plan', 'freemium', 'no cost', 'free of charge', 'kostenlos', 'gratis', 'kostenfrei', 'gebuhrenfrei', 'gratuit', 'gratuite', 'sans frais', 'sin costo', 'sin coste', 'gratuito', 'gratuita', 'kosteloos'],
  'multi-year': ['multi year', 'multiyear', 'mehrjahrig', 'pluriannuel', 'plurianual', 'meerjarig']
} as const

/** Multi-year words that carry their length: "biennial" is 24 months. */
export const termWords: Record<string, number> = {
  'semi annual': 6, semiannual: 6, 'half yearly': 6, halbjahrlich: 6, 'pro halbjahr': 6, semestriel: 6, semestrielle: 6, semestral: 6, halfjaarlijks: 6,
  biennial: 24, 'two year': 24, 'two years': 24, zweijahrlich: 24, bisannuel: 24, bienal: 24, tweejaarlijks: 24,
  triennial: 36, 'three year': 36, 'three years': 36, dreijahrlich: 36, triennal: 36, trienal: 36, driejaarlijks: 36
}

export const pricingWords = {
  'per-seat': ['per seat', 'seat', 'per user', 'user', 'per license', 'per licence', 'per member', 'per seat per month', 'per agent', 'pro nutzer', 'pro lizenz', 'pro benutzer', 'pro platz', 'pro user', 'je nutzer', 'je lizenz', 'par utilisateur', 'par licence', 'par siege', 'par poste', 'por usuario', 'por licencia', 'por asiento', 'por puesto', 'per gebruiker', 'per licentie', 'per plaats'],
  flat: ['flat', 'fixed', 'flat fee', 'flat rate', 'subscription', 'enterprise', 'site license', 'pauschal', 'pauschale', 'festpreis', 'fest', 'forfait', 'forfaitaire', 'fixe', 'prix fixe', 'tarifa plana', 'fijo', 'precio fijo', 'vast', 'vaste prijs', 'vast bedrag']
} as const

export const yesNoWords = {
  yes: ['yes', 'y', 'true', '1', 'on', 'x', 'auto', 'automatic', 'automatically', 'enabled', 'ja', 'j', 'wahr', 'aktiviert', 'automatisch', 'oui', 'o', 'vrai', 'active', 'si', 's', 'verdadero', 'activado', 'activada', 'automatica', 'waar', 'ingeschakeld'],
  no: ['no', 'n', 'false', '0', 'off', 'manual', 'none', 'disabled', 'nein', 'falsch', 'deaktiviert', 'manuell', 'keine', 'non', 'faux', 'manuel', 'manuelle', 'aucun', 'falso', 'desactivado', 'ninguno', 'nee', 'onwaar', 'uitgeschakeld', 'handmatig', 'geen']
} as const
