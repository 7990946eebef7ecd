/**
 * The publication's fixed texts (title page, headings, labels) in the six languages of the room:
 * English, Swedish, Norwegian Bokmål, Danish, Finnish and Icelandic. People's texts (entries, next
 * steps, names, rooms) are printed as written; only what the publication itself says is translated.
 * "The Capital Code", "Capital Room" and "Nordic Safe Cities" are names and stay as they are.
 *
 * Plurals follow the language's rules (Intl.PluralRules): each counted noun is [one, other].
 */
import type { EntryType } from '../../shared/schema/codeEntry.ts'
import type { NextStepStatus } from '../../shared/schema/nextStep.ts'

export const PUBLICATION_LANGUAGES = ['en', 'sv', 'nb', 'da', 'fi', 'is'] as const
export type PublicationLanguage = (typeof PUBLICATION_LANGUAGES)[number]

type Counted = readonly [one: string, other: string]

interface IntroCounts {
  rooms: string
  roomList: string
  challenges: string
  solutions: string
  policies: string
  principles: string
  steps: string
}

export interface PublicationTexts {
  lang: PublicationLanguage
  subtitle: string
  network: string
  drawnFrom: string
  contents: string
  introduction: string
  sections: Record<EntryType, string>
  nextStepsByCity: string
  rooms: string
  notAssigned: string
  status: Record<NextStepStatus, string>
  cities: string
  votes: string
  noCity: string
  noSteps: string
  columns: { step: string; status: string; due: string; signedOff: string; room: string }
  latest: string
  dueOn: (date: string) => string
  signedOffBy: (name: string) => string
  roomIn: (title: string, city: string, date: string) => string
  none: string
  /** Counted nouns as they stand in the introduction's sentence (case and number of the language). */
  introNouns: {
    rooms: Counted
    challenges: Counted
    solutions: Counted
    policies: Counted
    principles: Counted
    steps: Counted
  }
  /** Counted nouns in the rooms list ("3 entries, 2 next steps"). */
  listNouns: { entries: Counted; steps: Counted }
  intro: readonly [string, (c: IntroCounts) => string, string]
}

const en: PublicationTexts = {
  lang: 'en',
  subtitle:
    'Key challenges, solutions, policy recommendations and guiding principles of the Nordic Safe Cities network',
  network: 'NORDIC SAFE CITIES',
  drawnFrom: 'DRAWN FROM',
  contents: 'Contents',
  introduction: 'Introduction',
  sections: {
    challenge: 'Key challenges',
    solution: 'Solutions',
    policy: 'Policy recommendations',
    principle: 'Guiding principles',
  },
  nextStepsByCity: 'Next steps by city',
  rooms: 'Rooms',
  notAssigned: 'Not yet assigned to a city',
  status: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' },
  cities: 'Cities',
  votes: 'Votes',
  noCity: 'no city named',
  noSteps: 'No next steps recorded.',
  columns: { step: 'Next step', status: 'Status', due: 'Due', signedOff: 'Signed off', room: 'Room' },
  latest: 'Latest',
  dueOn: (date) => `due ${date}`,
  signedOffBy: (name) => `signed off by ${name}`,
  roomIn: (title, city, date) => `${title} in ${city} (${date})`,
  none: 'none',
  introNouns: {
    rooms: ['Capital Room', 'Capital Rooms'],
    challenges: ['key challenge', 'key challenges'],
    solutions: ['solution', 'solutions'],
    policies: ['policy recommendation', 'policy recommendations'],
    principles: ['guiding principle', 'guiding principles'],
    steps: ['next step', 'next steps'],
  },
  listNouns: { entries: ['entry', 'entries'], steps: ['next step', 'next steps'] },
  intro: [
    'Twice a year the capitals of the Nordic Safe Cities network meet for a day in a Capital Room to work together on preventing extremism: city officials, police leadership, experts and the secretariat bring cases, share ideas, cluster them and vote.',
    (c) =>
      `This edition draws on ${c.rooms}: ${c.roomList}. It holds ${c.challenges}, ${c.solutions}, ${c.policies} and ${c.principles}, each distilled from a room's board and approved by the secretariat, and ${c.steps} the cities took home, in a chapter per city.`,
    'Entries are grouped by theme, the most-voted first. Each names the cities whose people contributed to it, the dots it received and the room it comes from.',
  ],
}

const sv: PublicationTexts = {
  lang: 'sv',
  subtitle:
    'Viktiga utmaningar, lösningar, policyrekommendationer och vägledande principer från nätverket Nordic Safe Cities',
  network: 'NORDIC SAFE CITIES',
  drawnFrom: 'UNDERLAG FRÅN',
  contents: 'Innehåll',
  introduction: 'Inledning',
  sections: {
    challenge: 'Viktiga utmaningar',
    solution: 'Lösningar',
    policy: 'Policyrekommendationer',
    principle: 'Vägledande principer',
  },
  nextStepsByCity: 'Nästa steg per stad',
  rooms: 'Möten',
  notAssigned: 'Ännu inte tilldelat någon stad',
  status: { planned: 'Planerat', 'in-progress': 'Pågår', done: 'Klart', dropped: 'Avbrutet' },
  cities: 'Städer',
  votes: 'Röster',
  noCity: 'ingen stad angiven',
  noSteps: 'Inga nästa steg registrerade.',
  columns: { step: 'Nästa steg', status: 'Status', due: 'Klart senast', signedOff: 'Godkänt av', room: 'Möte' },
  latest: 'Senaste',
  dueOn: (date) => `klart senast ${date}`,
  signedOffBy: (name) => `godkänt av ${name}`,
  roomIn: (title, city, date) => `${title} i ${city} (${date})`,
  none: 'inga',
  introNouns: {
    rooms: ['Capital Room', 'Capital Rooms'],
    challenges: ['viktig utmaning', 'viktiga utmaningar'],
    solutions: ['lösning', 'lösningar'],
    policies: ['policyrekommendation', 'policyrekommendationer'],
    principles: ['vägledande princip', 'vägledande principer'],
    steps: ['nästa steg', 'nästa steg'],
  },
  listNouns: { entries: ['post', 'poster'], steps: ['nästa steg', 'nästa steg'] },
  intro: [
    'Två gånger om året möts huvudstäderna i nätverket Nordic Safe Cities under en dag i ett Capital Room för att tillsammans arbeta med att förebygga extremism: tjänstepersoner från städerna, polisledning, experter och sekretariatet tar med sig fall, delar idéer, grupperar dem och röstar.',
    (c) =>
      `Denna utgåva bygger på ${c.rooms}: ${c.roomList}. Den innehåller ${c.challenges}, ${c.solutions}, ${c.policies} och ${c.principles}, var och en destillerad från ett mötes tavla och godkänd av sekretariatet, samt ${c.steps} som städerna tog med sig hem, i ett kapitel per stad.`,
    'Posterna är grupperade efter tema, de med flest röster först. Varje post anger de städer vars företrädare bidrog till den, de röster den fick och det möte den kommer från.',
  ],
}

const nb: PublicationTexts = {
  lang: 'nb',
  subtitle:
    'Sentrale utfordringer, løsninger, politiske anbefalinger og veiledende prinsipper fra nettverket Nordic Safe Cities',
  network: 'NORDIC SAFE CITIES',
  drawnFrom: 'BYGGER PÅ',
  contents: 'Innhold',
  introduction: 'Innledning',
  sections: {
    challenge: 'Sentrale utfordringer',
    solution: 'Løsninger',
    policy: 'Politiske anbefalinger',
    principle: 'Veiledende prinsipper',
  },
  nextStepsByCity: 'Neste steg per by',
  rooms: 'Møter',
  notAssigned: 'Ennå ikke tildelt en by',
  status: { planned: 'Planlagt', 'in-progress': 'Pågår', done: 'Ferdig', dropped: 'Droppet' },
  cities: 'Byer',
  votes: 'Stemmer',
  noCity: 'ingen by oppgitt',
  noSteps: 'Ingen neste steg registrert.',
  columns: { step: 'Neste steg', status: 'Status', due: 'Frist', signedOff: 'Godkjent av', room: 'Møte' },
  latest: 'Siste',
  dueOn: (date) => `frist ${date}`,
  signedOffBy: (name) => `godkjent av ${name}`,
  roomIn: (title, city, date) => `${title} i ${city} (${date})`,
  none: 'ingen',
  introNouns: {
    rooms: ['Capital Room', 'Capital Rooms'],
    challenges: ['sentral utfordring', 'sentrale utfordringer'],
    solutions: ['løsning', 'løsninger'],
    policies: ['politisk anbefaling', 'politiske anbefalinger'],
    principles: ['veiledende prinsipp', 'veiledende prinsipper'],
    steps: ['neste steg', 'neste steg'],
  },
  listNouns: { entries: ['oppføring', 'oppføringer'], steps: ['neste steg', 'neste steg'] },
  intro: [
    'To ganger i året møtes hovedstedene i nettverket Nordic Safe Cities en dag i et Capital Room for å arbeide sammen om å forebygge ekstremisme: ansatte i byene, politiledelse, eksperter og sekretariatet tar med seg saker, deler ideer, grupperer dem og stemmer.',
    (c) =>
      `Denne utgaven bygger på ${c.rooms}: ${c.roomList}. Den inneholder ${c.challenges}, ${c.solutions}, ${c.policies} og ${c.principles}, hver destillert fra et møtes tavle og godkjent av sekretariatet, og ${c.steps} som byene tok med seg hjem, i et kapittel per by.`,
    'Oppføringene er gruppert etter tema, de med flest stemmer først. Hver oppføring nevner byene som bidro til den, stemmene den fikk og møtet den kommer fra.',
  ],
}

const da: PublicationTexts = {
  lang: 'da',
  subtitle:
    'Centrale udfordringer, løsninger, politiske anbefalinger og vejledende principper fra netværket Nordic Safe Cities',
  network: 'NORDIC SAFE CITIES',
  drawnFrom: 'BYGGER PÅ',
  contents: 'Indhold',
  introduction: 'Indledning',
  sections: {
    challenge: 'Centrale udfordringer',
    solution: 'Løsninger',
    policy: 'Politiske anbefalinger',
    principle: 'Vejledende principper',
  },
  nextStepsByCity: 'Næste skridt pr. by',
  rooms: 'Møder',
  notAssigned: 'Endnu ikke tildelt en by',
  status: { planned: 'Planlagt', 'in-progress': 'I gang', done: 'Færdig', dropped: 'Opgivet' },
  cities: 'Byer',
  votes: 'Stemmer',
  noCity: 'ingen by angivet',
  noSteps: 'Ingen næste skridt registreret.',
  columns: { step: 'Næste skridt', status: 'Status', due: 'Frist', signedOff: 'Godkendt af', room: 'Møde' },
  latest: 'Seneste',
  dueOn: (date) => `frist ${date}`,
  signedOffBy: (name) => `godkendt af ${name}`,
  roomIn: (title, city, date) => `${title} i ${city} (${date})`,
  none: 'ingen',
  introNouns: {
    rooms: ['Capital Room', 'Capital Rooms'],
    challenges: ['central udfordring', 'centrale udfordringer'],
    solutions: ['løsning', 'løsninger'],
    policies: ['politisk anbefaling', 'politiske anbefalinger'],
    principles: ['vejledende princip', 'vejledende principper'],
    steps: ['næste skridt', 'næste skridt'],
  },
  listNouns: { entries: ['punkt', 'punkter'], steps: ['næste skridt', 'næste skridt'] },
  intro: [
    'To gange om året mødes hovedstæderne i netværket Nordic Safe Cities en dag i et Capital Room for at arbejde sammen om at forebygge ekstremisme: medarbejdere fra byerne, politiledelse, eksperter og sekretariatet medbringer sager, deler idéer, grupperer dem og stemmer.',
    (c) =>
      `Denne udgave bygger på ${c.rooms}: ${c.roomList}. Den indeholder ${c.challenges}, ${c.solutions}, ${c.policies} og ${c.principles}, hver udledt af et mødes tavle og godkendt af sekretariatet, samt ${c.steps}, som byerne tog med hjem, i et kapitel pr. by.`,
    'Punkterne er grupperet efter tema med de mest stemte først. Hvert punkt nævner de byer, hvis folk bidrog til det, de stemmer, det fik, og det møde, det stammer fra.',
  ],
}

const fi: PublicationTexts = {
  lang: 'fi',
  subtitle:
    'Nordic Safe Cities -verkoston keskeiset haasteet, ratkaisut, toimintapoliittiset suositukset ja ohjaavat periaatteet',
  network: 'NORDIC SAFE CITIES',
  drawnFrom: 'LÄHTEET',
  contents: 'Sisällys',
  introduction: 'Johdanto',
  sections: {
    challenge: 'Keskeiset haasteet',
    solution: 'Ratkaisut',
    policy: 'Toimintapoliittiset suositukset',
    principle: 'Ohjaavat periaatteet',
  },
  nextStepsByCity: 'Seuraavat askeleet kaupungeittain',
  rooms: 'Tapaamiset',
  notAssigned: 'Ei vielä osoitettu kaupungille',
  status: { planned: 'Suunniteltu', 'in-progress': 'Käynnissä', done: 'Valmis', dropped: 'Luovuttu' },
  cities: 'Kaupungit',
  votes: 'Äänet',
  noCity: 'ei nimettyä kaupunkia',
  noSteps: 'Ei kirjattuja seuraavia askeleita.',
  columns: { step: 'Seuraava askel', status: 'Tila', due: 'Määräaika', signedOff: 'Hyväksyjä', room: 'Tapaaminen' },
  latest: 'Viimeisin',
  dueOn: (date) => `määräaika ${date}`,
  signedOffBy: (name) => `hyväksynyt ${name}`,
  roomIn: (title, city, date) => `${title}, ${city} (${date})`,
  none: 'ei yhtään',
  introNouns: {
    rooms: ['Capital Roomiin', 'Capital Roomiin'],
    challenges: ['keskeisen haasteen', 'keskeistä haastetta'],
    solutions: ['ratkaisun', 'ratkaisua'],
    policies: ['toimintapoliittisen suosituksen', 'toimintapoliittista suositusta'],
    principles: ['ohjaavan periaatteen', 'ohjaavaa periaatetta'],
    steps: ['seuraavan askeleen', 'seuraavaa askelta'],
  },
  listNouns: { entries: ['kohta', 'kohtaa'], steps: ['seuraava askel', 'seuraavaa askelta'] },
  intro: [
    'Kahdesti vuodessa Nordic Safe Cities -verkoston pääkaupungit kokoontuvat päiväksi Capital Roomiin työskentelemään yhdessä ääriajattelun ehkäisemiseksi: kaupunkien virkamiehet, poliisijohto, asiantuntijat ja sihteeristö tuovat tapauksia, jakavat ideoita, ryhmittelevät ne ja äänestävät.',
    (c) =>
      `Tämä painos perustuu ${c.rooms}: ${c.roomList}. Se sisältää ${c.challenges}, ${c.solutions}, ${c.policies} ja ${c.principles}, jotka kukin on tiivistetty tapaamisen taululta ja jotka sihteeristö on hyväksynyt, sekä ${c.steps}, jotka kaupungit veivät kotiin, kaupunkikohtaisina lukuina.`,
    'Kohdat on ryhmitelty teemoittain, eniten ääniä saaneet ensin. Kussakin mainitaan kaupungit, joiden edustajat osallistuivat siihen, sen saamat äänet ja tapaaminen, josta se on peräisin.',
  ],
}

const is: PublicationTexts = {
  lang: 'is',
  subtitle: 'Helstu áskoranir, lausnir, stefnutillögur og leiðarljós Nordic Safe Cities-netsins',
  network: 'NORDIC SAFE CITIES',
  drawnFrom: 'BYGGT Á',
  contents: 'Efnisyfirlit',
  introduction: 'Inngangur',
  sections: { challenge: 'Helstu áskoranir', solution: 'Lausnir', policy: 'Stefnutillögur', principle: 'Leiðarljós' },
  nextStepsByCity: 'Næstu skref eftir borgum',
  rooms: 'Fundir',
  notAssigned: 'Ekki enn úthlutað borg',
  status: { planned: 'Fyrirhugað', 'in-progress': 'Í vinnslu', done: 'Lokið', dropped: 'Hætt við' },
  cities: 'Borgir',
  votes: 'Atkvæði',
  noCity: 'engin borg tilgreind',
  noSteps: 'Engin næstu skref skráð.',
  columns: { step: 'Næsta skref', status: 'Staða', due: 'Frestur', signedOff: 'Samþykkt af', room: 'Fundur' },
  latest: 'Nýjast',
  dueOn: (date) => `frestur ${date}`,
  signedOffBy: (name) => `samþykkt af ${name}`,
  roomIn: (title, city, date) => `${title} í ${city} (${date})`,
  none: 'engum',
  introNouns: {
    rooms: ['Capital Room', 'Capital Rooms'],
    challenges: ['lykiláskorun', 'lykiláskoranir'],
    solutions: ['lausn', 'lausnir'],
    policies: ['stefnutillögu', 'stefnutillögur'],
    principles: ['leiðarljós', 'leiðarljós'],
    steps: ['næsta skref', 'næstu skref'],
  },
  listNouns: { entries: ['færsla', 'færslur'], steps: ['næsta skref', 'næstu skref'] },
  intro: [
    'Tvisvar á ári hittast höfuðborgir Nordic Safe Cities-netsins í einn dag í Capital Room til að vinna saman gegn öfgahyggju: starfsfólk borganna, yfirstjórn lögreglu, sérfræðingar og skrifstofan koma með mál, deila hugmyndum, flokka þær og greiða atkvæði.',
    (c) =>
      `Þessi útgáfa byggir á ${c.rooms}: ${c.roomList}. Hún inniheldur ${c.challenges}, ${c.solutions}, ${c.policies} og ${c.principles}, sem hvert um sig er unnið upp úr töflu fundar og samþykkt af skrifstofunni, ásamt ${c.steps} sem borgirnar tóku með sér heim, í kafla fyrir hverja borg.`,
    'Færslurnar eru flokkaðar eftir þema, þær með flest atkvæði fyrst. Hver færsla nefnir borgirnar sem lögðu til hennar, atkvæðin sem hún fékk og fundinn sem hún kemur frá.',
  ],
}

const TEXTS: Record<PublicationLanguage, PublicationTexts> = { en, sv, nb, da, fi, is }

/**
 * The language for a `lang` parameter: its primary subtag when it is one of ours (`sv-FI` → `sv`;
 * Norwegian `no` and `nn` → `nb`), otherwise English.
 */
export function publicationLanguage(lang: string | undefined): PublicationLanguage {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0]
  const code = primary === 'no' || primary === 'nn' ? 'nb' : primary
  return (PUBLICATION_LANGUAGES as readonly string[]).includes(code) ? (code as PublicationLanguage) : 'en'
}

export function publicationTexts(lang: PublicationLanguage = 'en'): PublicationTexts {
  return TEXTS[lang]
}

/** "3 entries", "1 entry": the count and the noun in the language's plural category. */
export function counted(lang: PublicationLanguage, n: number, [one, other]: Counted): string {
  return `${n} ${new Intl.PluralRules(lang).select(n) === 'one' ? one : other}`
}
