/**
 * The cross-language vocabulary of municipal work against extremism: words of English, Swedish,
 * Norwegian (bokmål), Danish, Finnish and Icelandic mapped to shared concept ids, so that "skolen",
 * "koulu" and "skólinn" meet as `school`. Data only; how it is read is in `glossaryIndex.ts`, how to
 * extend it in the README ("Cluster suggestions").
 *
 * Each concept has
 * - `names`: what to call it in each language, used in explanations ("school · parents") and titles
 *   ("Skolan och föräldrar"); a plural or definite noun phrase that reads well on its own;
 * - `terms`: the words that mean it, per language. A term is matched against words folded to lower
 *   case without accents (å ä → a, ö ø → o, æ → a, ð → d, þ → th), so write it as spelled:
 *   - `skol` matches any word that starts with it (skola, skolan, skolor, skolkurator);
 *   - a term of 5 or more letters also matches inside a compound (`radikal` in "avradikalisering");
 *     a leading `*` lets a shorter term do that too (`*skol` in "grundskolan");
 *   - a leading `^` keeps a term at the start of a word only (`^anmäl`: not inside "orosanmälan");
 *   - a trailing `$` matches the whole word only (`politi$`: not "politiker", "politisk");
 *   - where terms overlap, the longest wins (`koulutu` "training" beats `koulu` "school").
 *
 * Review rules (checked by tests/unit/clusteringGlossary.test.ts): every concept has names and at least two
 * terms in all six languages; no term is listed under two concepts; terms are at least 3 letters (2 when whole-word, e.g. `vh$`).
 * Prefer the stem a word keeps through its inflections (Finnish `vanhem` for vanhempi, vanhemmat,
 * vanhemmille; Icelandic `nemend` for nemendur, nemendum) and add the irregular forms as terms of
 * their own. A word that means different things in different languages (Swedish "offer" is a victim,
 * English "offer" is not) is listed only in the exact form that is unambiguous.
 */

export const LANGUAGES = ['en', 'sv', 'nb', 'da', 'fi', 'is'] as const
export type Language = (typeof LANGUAGES)[number]

export interface Concept {
  id: string
  /**
   * A concept that runs through every theme of the field (radicalisation, young people, training,
   * support, cooperation, …): it counts less, so that it does not pull notes of different themes
   * together on a board too small for IDF to tell.
   */
  broad?: boolean
  names: Record<Language, string>
  terms: Record<Language, string[]>
}

// biome-ignore format: one line per language keeps the glossary reviewable
export const GLOSSARY: Concept[] = [

  // --- Schools and youth work -------------------------------------------------------------
  {
    id: 'school',
    names: { en: 'schools', sv: 'skolan', nb: 'skolen', da: 'skolen', fi: 'koulu', is: 'skólinn' },
    terms: {
      en: ['school', 'teacher', 'teach$', 'teaching', 'pupil', 'classroom', 'headteacher', 'principal', 'curriculum', 'student', 'lesson', 'bullying', 'bullied', 'bully$'],
      sv: ['*skol', 'lärare', 'lärar', 'elev', 'klassrum', 'rektor', 'undervisning', 'högstadi', 'gymnasi', 'lektion', 'mentorstid', 'kurator', 'elevhälsa', 'mobbning', 'mobbad'],
      nb: ['*skole', 'lærer', 'elev', 'klasserom', 'rektor', 'undervisning', 'videregående', 'ungdomsskole', 'skolehelse', 'helsesykepleier', 'mobbing'],
      da: ['*skole', 'lærer', 'elev', 'klasselokal', 'klasseværelse', 'undervisning', 'gymnasi', 'skoleleder', 'klasser$', 'klassen$', 'ungdomsuddannelse', 'mobning', 'mobbe'],
      fi: ['koulu', 'opettaj', 'oppila', 'luokkahuone', 'rehtori', 'opetus', 'opetukse', 'lukio', 'yläaste', 'oppitunti', 'kuraattori', 'koulukuraattori', 'opiskelij', 'kiusaami', 'kiusattu'],
      is: ['*skól', 'kennar', 'kennur', 'nemend', 'nemand', 'bekk', 'kennslu', 'kennsla', 'námskrá', 'skólastjór', 'námsráðgjaf', 'einelti'],
    },
  },
  {
    id: 'youthWork',
    names: { en: 'youth work', sv: 'fritidsverksamheten', nb: 'fritidstilbudene', da: 'fritidstilbuddene', fi: 'nuorisotyö', is: 'æskulýðsstarfið' },
    terms: {
      en: ['youth club', 'youthclub', 'youth work', 'youthwork', 'leisure', 'after-school', 'afterschool', 'outreach', 'detached', 'streetwork', 'youth centre', 'youth center', 'clubs$', 'club$'],
      sv: ['fritid', 'fritidsgård', 'ungdomsgård', 'fältassistent', 'fältarbet', 'fältare', 'uppsökande', 'ungdomsklubb', 'mötesplats', 'fritidsledare', 'lovaktivitet'],
      nb: ['fritid', 'fritidsklubb', 'ungdomsklubb', 'ungdomshus', 'feltarbeid', 'utekontakt', 'oppsøkende', 'ungdomsarbeid', 'miljøarbeider', 'fritidsleder'],
      da: ['fritid', 'fritidsklub', 'ungdomsklub', 'klubben', 'klubber', 'gadeplan', 'opsøgende', 'ungdomsarbejd', 'gadeplansmedarbejder', 'fritidsjob', 'værested'],
      fi: ['nuorisotyö', 'nuorisotalo', 'nuorisotila', 'etsivä', 'jalkautu', 'harrastu', 'harrastus', 'vapaa-aika', 'vapaa-aja', 'nuorisotoim', 'nuorisotyöntekij', 'nuorisopalvelu'],
      is: ['félagsmiðst', 'frístund', 'æskulýð', 'tómstund', 'útideild', 'unglingastarf', 'vettvangsstarf', 'íþróttastarf'],
    },
  },
  {
    id: 'youth',
    broad: true,
    names: { en: 'young people', sv: 'unga', nb: 'unge', da: 'unge', fi: 'nuoret', is: 'ungmenni' },
    terms: {
      en: ['young', 'youth', 'youths', 'teen', 'teenager', 'adolescen', 'juvenile', 'minors$'],
      sv: ['ung$', 'unga$', 'unge$', 'ungas$', 'ungdom', 'tonår', 'tonåring', 'ungdomar', 'minderårig'],
      nb: ['ung$', 'unge$', 'unges$', 'ungdom', 'tenåring', 'ungdommer', 'mindreårig'],
      da: ['ung$', 'unge$', 'unges$', 'ungdom', 'teenager', 'mindreårig'],
      fi: ['nuor', 'nuoriso', 'teini', 'alaikäi'],
      is: ['ungmenn', 'ungling', 'ungt$', 'ungir$', 'ungra$', 'ungu$', 'ungum$', 'unga$', 'æska', 'æsku', 'ólögráð'],
    },
  },
  {
    id: 'children',
    broad: true,
    names: { en: 'children', sv: 'barnen', nb: 'barna', da: 'børnene', fi: 'lapset', is: 'börnin' },
    terms: {
      en: ['child', 'children', 'kids$', 'kid$', 'boys$', 'girls$'],
      sv: ['barn$', 'barnen', 'barnet', 'barns$', 'barnens', 'pojk', 'flick'],
      nb: ['barn$', 'barna$', 'barnet', 'barns$', 'gutt', 'jente'],
      da: ['barn$', 'barnet', 'børn$', 'børnene', 'børns$', 'drenge', 'piger$'],
      fi: ['lapsi', 'lapse', 'lapsia', 'lapsill', 'lasten', 'lapsen', 'pojat', 'tytöt', 'tyttö'],
      is: ['barn$', 'barnið', 'barna$', 'börn$', 'börnin', 'börnum', 'drengi', 'stúlk'],
    },
  },
  {
    id: 'training',
    broad: true,
    names: { en: 'training', sv: 'utbildning', nb: 'opplæring', da: 'uddannelse', fi: 'koulutus', is: 'fræðsla' },
    terms: {
      en: ['training', 'train$', 'trained', 'course', 'workshop', 'competence', 'awareness', 'upskill', 'e-learning', 'educate', 'education', 'toolkit', 'guidance', 'handbook'],
      sv: ['utbildning', 'utbilda', 'fortbildning', 'kompetens', 'kurs', 'workshop', 'handbok', 'vägledning', 'metodstöd', 'föreläsning'],
      nb: ['opplæring', 'kurs', 'kompetanse', 'utdanning', 'veileder', 'workshop', 'etterutdanning', 'kursing', 'seminar'],
      da: ['uddannelse', 'uddanne', 'efteruddannelse', 'kursus', 'kurser', 'kompetence', 'opkvalificer', 'vejledning', 'workshop', 'oplæg'],
      fi: ['koulutu', 'koulutt', 'täydennyskoulutu', 'osaami', 'kurssi', 'työpaja', 'ohjeistu', 'opas$', 'oppaa', 'perehdyt', 'tietoisuu'],
      is: ['þjálf', 'fræðsl', 'fræða', 'námskeið', 'hæfni', 'menntun', 'vinnustof', 'leiðbeining', 'handbók'],
    },
  },

  // --- Online radicalisation ----------------------------------------------------------------
  {
    id: 'online',
    names: { en: 'social media', sv: 'sociala medier', nb: 'sosiale medier', da: 'sociale medier', fi: 'sosiaalinen media', is: 'samfélagsmiðlar' },
    terms: {
      en: ['online', 'internet', 'media$', 'medias$', 'web$', 'website', 'digital', 'tiktok', 'telegram', 'discord', 'youtube', 'instagram', 'snapchat', 'twitter', 'facebook', 'reddit', 'platform', 'algorithm', 'meme', 'forum', 'chat$', 'chats$', 'chatroom', 'gaming', 'gamer', 'videogame', 'influencer', 'app$', 'apps$', 'newsfeed', 'socmed'],
      sv: ['nätet', 'internet', 'medier', 'digital', 'spelforum', 'spel$', 'dataspel', 'gaming', 'chatt', 'plattform', 'algoritm', 'flöde', 'sajt', 'hemsida', 'nätforum', 'onlin', 'influerare', 'tiktok', 'telegram', 'discord', 'youtube', 'instagram', 'snapchat'],
      nb: ['nettet', 'nett$', 'internett', 'medier', 'digital', 'spill$', 'dataspill', 'gaming', 'chat', 'plattform', 'algoritm', 'nettside', 'nettforum', 'tiktok', 'telegram', 'discord', 'youtube', 'snapchat'],
      da: ['nettet', 'net$', 'internet', 'medier', 'digital', 'spil$', 'computerspil', 'gaming', 'chat', 'platform', 'algoritm', 'hjemmeside', 'online', 'tiktok', 'telegram', 'discord', 'youtube', 'snapchat'],
      fi: ['verkko', 'verkoss', 'verkon$', 'verkosta$', 'netti', 'netis', 'netissä', 'internet', 'media$', 'mediass', 'mediaan', 'somessa', 'somes', 'somen', 'digi', 'peli', 'pelaa', 'alustoil', 'alustat$', 'alustall', 'algoritm', 'keskustelupalsta', 'palsta', 'tiktok', 'telegram', 'discord', 'youtube', 'online'],
      is: ['netinu', 'netið', 'neti$', 'net$', 'internet', 'samfélagsmiðl', 'miðlum', 'stafræn', 'tölvuleik', 'leikjum', 'spjall', 'vefsíð', 'vefnum', 'algrím', 'tiktok', 'telegram', 'discord', 'youtube', 'online'],
    },
  },
  {
    id: 'radicalisation',
    broad: true,
    names: { en: 'radicalisation', sv: 'radikalisering', nb: 'radikalisering', da: 'radikalisering', fi: 'radikalisoituminen', is: 'róttækni' },
    terms: {
      en: ['radical', 'radicali', 'extremis', 'extreme', 'extremist', 'violent extrem', 'vex$', 'cve$', 'pve$', 'terror', 'recruit', 'grooming', 'lone actor', 'lone wolf'],
      sv: ['radikal', 'extrem', 'våldsbejakande', 'vbe$', 'terror', 'rekryter', 'värvning'],
      nb: ['radikal', 'ekstrem', 'voldelig ekstrem', 'terror', 'rekrutter', 'verving'],
      da: ['radikal', 'ekstrem', 'terror', 'rekrutter', 'hvervning'],
      fi: ['radikali', 'radikaal', 'ääriliik', 'ääriajatt', 'äärioike', 'ääriaja', 'äärija', 'ääri', 'ekstremi', 'terror', 'rekrytoi', 'värväy', 'väkivaltainen ekstrem'],
      is: ['róttæk', 'öfga', 'öfgahyggj', 'öfgam', 'hryðjuverk', 'nýlið', 'ekstrem'],
    },
  },
  {
    id: 'propaganda',
    names: { en: 'propaganda', sv: 'propagandan', nb: 'propagandaen', da: 'propagandaen', fi: 'propaganda', is: 'áróðurinn' },
    terms: {
      en: ['propaganda', 'narrative', 'counter-narrative', 'counternarrative', 'content', 'messaging', 'symbol', 'manifesto'],
      sv: ['propaganda', 'motberättelse', 'berättelse', 'budskap', 'innehåll', 'symbol', 'narrativ'],
      nb: ['propaganda', 'motfortelling', 'fortelling', 'budskap', 'innhold', 'symbol', 'narrativ'],
      da: ['propaganda', 'modfortælling', 'fortælling', 'budskab', 'indhold', 'symbol', 'narrativ'],
      fi: ['propagand', 'vastakerto', 'kertomu', 'narratiiv', 'viesti', 'sisältö', 'sisällö', 'symboli'],
      is: ['áróð', 'frásögn', 'frásagn', 'skilaboð', 'efni$', 'efnið', 'tákn'],
    },
  },
  {
    id: 'disinformation',
    names: { en: 'disinformation', sv: 'desinformation', nb: 'desinformasjon', da: 'desinformation', fi: 'disinformaatio', is: 'upplýsingaóreiða' },
    terms: {
      en: ['disinformation', 'misinformation', 'fake news', 'fake$', 'conspira', 'rumour', 'rumor', 'hoax', 'media literacy', 'source criticism', 'critical thinking', 'factcheck', 'fact-check'],
      sv: ['desinformation', 'konspiration', 'falska', 'falsk', 'rykte', 'ryktes', 'källkritik', 'kritiskt tänkande', 'faktagransk', 'medie- och informationskunnighet', 'mik$'],
      nb: ['desinformasjon', 'konspirasjon', 'falske', 'rykte', 'kildekritikk', 'kritisk tenkning', 'faktasjekk', 'konspirasjonsteori'],
      da: ['desinformation', 'misinformation', 'konspiration', 'falske', 'rygte', 'kildekritik', 'kritisk tænkning', 'faktatjek'],
      fi: ['disinformaat', 'informaatiovaikut', 'valeuutis', 'salaliit', 'huhu', 'lähdekriit', 'medialukutaid', 'kriittinen ajattel', 'faktantarkist', 'valheelli'],
      is: ['upplýsingaóreið', 'falsfrétt', 'samsæri', 'orðróm', 'falskar', 'gagnrýnin hugsun', 'miðlalæsi', 'rangfærsl'],
    },
  },
  {
    id: 'farRight',
    names: { en: 'far-right extremism', sv: 'högerextremism', nb: 'høyreekstremisme', da: 'højreekstremisme', fi: 'äärioikeisto', is: 'hægriöfgar' },
    terms: {
      en: ['far-right', 'farright', 'neo-nazi', 'neonazi', 'nazi', 'white supremac', 'accelerationis', 'incel', 'misogyn', 'manosphere', 'fascis'],
      sv: ['högerextrem', 'nazist', 'nazism', 'vit makt', 'incel', 'kvinnohat', 'accelerationis', 'nmr$', 'fascis'],
      nb: ['høyreekstrem', 'nazist', 'nynazist', 'incel', 'kvinnehat', 'akselerasjonis', 'fascis'],
      da: ['højreekstrem', 'nazist', 'nynazist', 'incel', 'kvindehad', 'accelerationis', 'fascis'],
      fi: ['äärioikeisto', 'uusnatsi', 'natsi', 'incel', 'naisviha', 'fasis', 'valkoinen ylivalta'],
      is: ['hægriöfg', 'nýnasist', 'nasist', 'incel', 'kvenhat', 'fasism', 'hægri öfg'],
    },
  },
  {
    id: 'jihadism',
    names: { en: 'violent Islamism', sv: 'våldsbejakande islamism', nb: 'voldelig islamisme', da: 'militant islamisme', fi: 'jihadismi', is: 'íslamísk öfgahyggja' },
    terms: {
      en: ['jihad', 'islamis', 'isis$', 'isil$', 'daesh', 'salafi', 'al-qaeda', 'alqaeda', 'caliphate'],
      sv: ['jihad', 'islamis', 'isis$', 'daesh', 'salafis', 'kalifat'],
      nb: ['jihad', 'islamis', 'isis$', 'daesh', 'salafis', 'kalifat'],
      da: ['jihad', 'islamis', 'isis$', 'daesh', 'salafis', 'kalifat'],
      fi: ['jihad', 'islamis', 'isis', 'isisi', 'daesh', 'salafi', 'kalifaat'],
      is: ['jihad', 'íslamis', 'isis$', 'daesh', 'salafi', 'kalífad'],
    },
  },

  // --- Parents and families -----------------------------------------------------------------
  {
    id: 'parents',
    names: { en: 'parents and families', sv: 'föräldrar och familjer', nb: 'foreldre og familier', da: 'forældre og familier', fi: 'vanhemmat ja perheet', is: 'foreldrar og fjölskyldur' },
    terms: {
      en: ['parent', 'parenting', 'mother', 'mothers', 'mum$', 'mums$', 'mom$', 'moms$', 'father', 'fathers', 'dad$', 'dads$', 'guardian', 'carers$', 'carer$', 'family', 'families', 'household', 'sibling', 'brother', 'sister', 'relatives', 'home visit', 'relative$', 'kin$'],
      sv: ['förälder', 'föräldr', 'mamma', 'mammor', 'pappa', 'pappor', 'vårdnadshavare', 'vh$', 'mödrar', 'fäder', 'föräldraskap', 'familj', 'syskon', 'anhörig', 'hushåll', 'hembesök', 'bror$', 'syster', 'släkt'],
      nb: ['foreldr', 'forelder', 'mamma', 'mødre', 'pappa', 'fedre', 'foresatt', 'foreldreskap', 'familie', 'søsken', 'pårørende', 'husstand', 'hjemmebesøk', 'bror$', 'søster', 'slekt'],
      da: ['forældr', 'mødre', 'fædre', 'mødrene', 'fædrene', 'forælder', 'forældreskab', 'familie', 'søskende', 'pårørende', 'husstand', 'hjemmebesøg', 'bror$', 'søster', 'slægt'],
      fi: ['vanhem', 'vanhemp', 'äiti', 'äide', 'äidi', 'isät$', 'isien$', 'isä$', 'isän$', 'isille', 'huoltaj', 'vanhemmuu', 'perhe', 'perhei', 'sisarus', 'omai', 'kotikäyn', 'veli$', 'veljet', 'sisko', 'suku', 'perheen', 'perhetyö'],
      is: ['foreldr', 'foreldri', 'móður', 'móðir', 'mæður', 'mæðr', 'feður', 'föður', 'faðir', 'forráðam', 'uppeldi', 'fjölskyld', 'systkin', 'aðstandend', 'heimili', 'heimilum', 'heimsókn', 'bróð', 'systir', 'ættingj'],
    },
  },
  {
    id: 'home',
    names: { en: 'the home', sv: 'hemmet', nb: 'hjemmet', da: 'hjemmet', fi: 'koti', is: 'heimilið' },
    terms: {
      en: ['home$', 'homes$', 'at home', 'dinner table', 'kitchen table', 'upbringing'],
      sv: ['hemma$', 'hemmet$', 'hemmen$', 'hemmiljö', 'hemifrån', 'köksbord', 'uppfostran'],
      nb: ['hjemme$', 'hjemmet$', 'hjemmene$', 'hjemmemiljø', 'kjøkkenbord', 'oppdragelse'],
      da: ['hjemme$', 'hjemmet$', 'hjemmene$', 'hjemmemiljø', 'køkkenbord', 'opdragelse'],
      fi: ['koti$', 'kotona', 'kotiin', 'kodin$', 'kodeissa', 'kodeille', 'kotiolo', 'kasvatu'],
      is: ['heima$', 'heimilinu', 'heimilið', 'eldhúsborð'],
    },
  },
  {
    id: 'support',
    broad: true,
    names: { en: 'support', sv: 'stöd', nb: 'støtte', da: 'støtte', fi: 'tuki', is: 'stuðningur' },
    terms: {
      en: ['support', 'helpline', 'hotline', 'advice', 'counselling', 'counseling', 'guidance line', 'peer support', 'help$', 'helping'],
      sv: ['stöd', 'stödja', 'stötta', 'rådgivning', 'stödlinje', 'hjälp', 'hjälplinje', 'råd$', 'stödsamtal', 'stödgrupp'],
      nb: ['støtte', 'rådgivning', 'hjelp', 'hjelpetelefon', 'råd$', 'veiledning', 'støttegruppe'],
      da: ['støtte', 'rådgivning', 'hjælp', 'hotline', 'råd$', 'rådgiver', 'støttegruppe'],
      fi: ['tuki', 'tuke', 'tukea', 'tuen$', 'tukipuhel', 'neuvonta', 'neuvoja', 'neuvoa', 'auttav', 'apu$', 'apua$', 'avun$', 'vertaistu', 'tukiryhm'],
      is: ['stuðning', 'stuðla', 'styðj', 'ráðgjöf', 'hjálp', 'aðstoð', 'hjálparsím', 'jafningjastuðn', 'ráð$'],
    },
  },

  // --- Police and social services, SSP cooperation -----------------------------------------
  {
    id: 'police',
    names: { en: 'the police', sv: 'polisen', nb: 'politiet', da: 'politiet', fi: 'poliisi', is: 'lögreglan' },
    terms: {
      en: ['police', 'policing', 'officer', 'officers', 'cop$', 'cops$', 'constable', 'law enforcement', 'investigator'],
      sv: ['polis', 'närpolis', 'kommunpolis', 'säpo', 'säkerhetspolis', 'polisen', 'utredare'],
      nb: ['politi$', 'politiet', 'politiets', 'politibetjent', 'politifolk', 'politidistrikt', 'pst$', 'forebyggende politi', 'politikontakt'],
      da: ['politi$', 'politiet', 'politiets', 'politibetjent', 'politifolk', 'politikreds', 'pet$', 'nærpoliti', 'lokalpoliti', 'forebyggelsesbetjent'],
      fi: ['poliis', 'ennalta estävä', 'supo', 'suojelupoliis', 'rikoskomisar', 'ankkuripoliis'],
      is: ['lögregl', 'lögreglumað', 'lögreglumen', 'ríkislögreglustjór', 'rannsóknarlögregl', 'löggan', 'löggu'],
    },
  },
  {
    id: 'socialServices',
    names: { en: 'social services', sv: 'socialtjänsten', nb: 'barnevernet og NAV', da: 'socialforvaltningen', fi: 'sosiaalitoimi', is: 'félagsþjónustan' },
    terms: {
      en: ['social services', 'social worker', 'social work', 'socialwork', 'child welfare', 'child protection', 'welfare', 'caseworker', 'case worker', 'social care', 'socserv', 'soc serv'],
      sv: ['socialtjänst', 'socialsekreterare', 'socialarbet', 'socialförvaltning', 'soc$', 'socen', 'socialen', 'socialsekr', 'barn- och familj', 'ifo$', 'barnavård', 'socialkontor', 'handläggare', 'soctj'],
      nb: ['barnevern', 'sosialtjeneste', 'nav$', 'navs$', 'sosialarbeider', 'sosialkontor', 'saksbehandler', 'sosialtjenest', 'bvt$', 'sosionom'],
      da: ['socialforvaltning', 'socialrådgiver', 'socialarbejd', 'sagsbehandler', 'socialafdeling', 'socialcent', 'børn og unge-forvaltning', 'familieafdeling', 'socialfaglig', 'myndighedsrådgiver', 'sociale myndighed'],
      fi: ['sosiaalitoim', 'sosiaalityö', 'sosiaalipalvelu', 'sosiaalihuolto', 'sosiaaliohjaaj', 'lastensuojelu', 'sosiaaliviranomai', 'sosiaalitoimist', 'sossu', 'lastensuojeluilmoit'],
      is: ['félagsþjónust', 'félagsráðgjaf', 'barnavernd', 'velferðarsvið', 'velferðarþjónust', 'barnaverndarnefnd', 'félagsmálayfirvöld'],
    },
  },
  {
    id: 'ssp',
    names: { en: 'SSP cooperation', sv: 'SSP-samverkan', nb: 'SLT-samarbeidet', da: 'SSP-samarbejdet', fi: 'Ankkuri-yhteistyö', is: 'samráð lögreglu, skóla og félagsþjónustu' },
    terms: {
      en: ['ssp$', 'sspf$', 'slt$', 'anchor team', 'anchor model', 'multi-agency', 'multiagency', 'interagency', 'inter-agency', 'joint team', 'one-stop'],
      sv: ['ssp', 'sspf', 'sociala insatsgrupper', 'insatsgrupp', 'samverkansgrupp', 'samverkansöverenskommelse', 'medborgarlöfte', 'lokal lägesbild', 'samverkansavtal'],
      nb: ['slt', 'ssp', 'politiråd', 'samordningsmodell', 'tverrfaglig', 'tverretatlig', 'samordning av lokale'],
      da: ['ssp', 'sspf', 'pspf', 'infohus', 'tværfaglig', 'tværsektoriel', 'kredsråd', 'lokalråd'],
      fi: ['ankkuri', 'ankkurityö', 'ankkuritiim', 'moniammatill', 'monialai', 'moniviranomai'],
      is: ['samráðsvettvang', 'þverfagleg', 'samráðshóp', 'samþætt', 'þverfagl', 'ssp'],
    },
  },
  {
    id: 'cooperation',
    broad: true,
    names: { en: 'cooperation', sv: 'samverkan', nb: 'samarbeid', da: 'samarbejde', fi: 'yhteistyö', is: 'samstarf' },
    terms: {
      en: ['cooperat', 'co-operat', 'collaborat', 'partnership', 'joint', 'together', 'coordinat', 'liaison', 'working across', 'silos', 'handover', 'referral', 'referrals', 'refer$'],
      sv: ['samverk', 'samarbet', 'samordn', 'tillsammans', 'gemensam', 'samråd', 'överlämning', 'stuprör', 'samordnare', 'kontaktperson', 'hänvis'],
      nb: ['samarbeid', 'samhandling', 'samordn', 'sammen$', 'felles', 'koordinator', 'kontaktperson', 'henvis', 'overlevering'],
      da: ['samarbejd', 'samarbej', 'koordin', 'sammen$', 'fælles', 'samordn', 'kontaktperson', 'henvis', 'overlevering', 'samspil'],
      fi: ['yhteistyö', 'yhdessä', 'yhteinen', 'yhteise', 'koordinoi', 'koordinaat', 'kumppanu', 'yhteyshenkilö', 'ohjaus$', 'ohjata', 'siilo'],
      is: ['samstarf', 'samvinn', 'samhæf', 'saman$', 'sameiginleg', 'tengilið', 'tengiliðir', 'samráð', 'vísa$'],
    },
  },
  {
    id: 'crime',
    names: { en: 'crime', sv: 'brottslighet', nb: 'kriminalitet', da: 'kriminalitet', fi: 'rikollisuus', is: 'afbrot' },
    terms: {
      en: ['crime', 'crimes', 'criminal', 'offence', 'offense', 'offender', 'gang$', 'gangs$', 'gang-', 'prosecut', 'convict', 'court'],
      sv: ['brott', 'kriminal', 'gäng', 'lagföring', 'åtal', 'domstol', 'gärningsperson', 'dömd'],
      nb: ['kriminal', 'lovbrudd', 'gjeng', 'straffesak', 'domstol', 'gjerningsperson', 'dømt', 'påtale'],
      da: ['kriminal', 'forbrydelse', 'lovovertrædelse', 'bande', 'straffesag', 'domstol', 'gerningsperson', 'dømt', 'retsforfølg'],
      fi: ['rikos', 'rikoks', 'rikolli', 'jengi', 'syyte', 'tuomioistuin', 'rikoksentekij', 'tuomittu'],
      is: ['afbrot', 'glæp', 'brot$', 'brota$', 'brotum', 'gengi', 'ákær', 'dómstól', 'gerandi', 'gerend'],
    },
  },
  {
    id: 'prison',
    names: { en: 'prison and probation', sv: 'kriminalvården', nb: 'kriminalomsorgen', da: 'kriminalforsorgen', fi: 'vankeinhoito', is: 'fangelsismál' },
    terms: {
      en: ['prison', 'jail', 'inmate', 'probation', 'parole', 'release from', 'released', 'custody', 'detention'],
      sv: ['fängelse', 'kriminalvård', 'frivård', 'intagen', 'villkorlig', 'frigiv', 'häkte', 'anstalt'],
      nb: ['fengsel', 'kriminalomsorg', 'innsatt', 'prøveløslat', 'løslat', 'varetekt', 'soning'],
      da: ['fængsel', 'kriminalforsorg', 'indsat', 'prøveløsla', 'løsladt', 'løsladelse', 'varetægt', 'afsoning'],
      fi: ['vankila', 'vanki', 'rikosseuraamu', 'ehdonalai', 'vapautu', 'vapautuv', 'tutkintavankeu', 'yhdyskuntaseuraamu'],
      is: ['fangels', 'fangi$', 'fanga', 'fangar', 'fangelsismálastofnun', 'reynslulaus', 'gæsluvarðhald', 'afplán'],
    },
  },

  // --- Exit and mentoring -------------------------------------------------------------------
  {
    id: 'exit',
    names: { en: 'exit programmes', sv: 'avhopparverksamhet', nb: 'exit-arbeid', da: 'exitprogrammer', fi: 'irtaantumistyö', is: 'útgönguleiðir' },
    terms: {
      en: ['exit', 'leaving', 'leave$', 'leaves$', 'relapse', 'defector', 'disengag', 'deradicali', 'de-radicali', 'formers$', 'former member', 'former extremist', 'way out', 'dropout', 'drop out', 'reintegrat', 'rehabilitat'],
      sv: ['avhopp', 'avhoppar', 'exit', 'återfall', 'lämna', 'avradikalisering', 'avradikali', 'lämnat', 'uppbrott', 'ta sig ur', 'återanpassning', 'före detta'],
      nb: ['exit', 'avhopp', 'tilbakefall', 'hoppe av', 'forlate', 'deradikali', 'avradikali', 'komme seg ut', 'ut av miljø', 'rehabiliter', 'tidligere medlem'],
      da: ['exit', 'exitprogram', 'tilbagefald', 'exitforløb', 'forlade', 'deradikali', 'afradikali', 'ud af miljø', 'udtræd', 'exitindsats', 'tidligere medlem', 'resocialiser'],
      fi: ['exit', 'irtaantu', 'retkahd', 'irrottautu', 'irtautu', 'ulospääs', 'irti$', 'jättä', 'deradikali', 'kuntoutu', 'entinen jäsen', 'entiset'],
      is: ['útgöng', 'exit', 'bakslag', 'yfirgef', 'losna', 'hætta$', 'hættu í', 'afróttæk', 'endurhæf', 'fyrrverandi', 'komast út', 'komast úr'],
    },
  },
  {
    id: 'mentor',
    names: { en: 'mentors', sv: 'mentorer', nb: 'mentorer', da: 'mentorer', fi: 'mentorit', is: 'leiðbeinendur' },
    terms: {
      en: ['mentor', 'coach', 'buddy', 'role model', 'rolemodel', 'trusted adult', 'key worker', 'keyworker', 'one-to-one'],
      sv: ['mentor', 'coach', 'förebild', 'stödperson', 'trygg vuxen', 'samtalsstöd', 'personlig'],
      nb: ['mentor', 'coach', 'forbilde', 'rollemodell', 'støtteperson', 'trygg voksen', 'personlig', 'kontaktlærer'],
      da: ['mentor', 'coach', 'forbillede', 'rollemodel', 'støtteperson', 'voksenven', 'tryg voksen', 'personlig', 'kontaktpædagog'],
      fi: ['mentor', 'roolimalli', 'valmenta', 'valmentaj', 'tukihenkil', 'esikuv', 'luotettava aikui', 'henkilökohtai', 'omaohjaaj', 'kummi'],
      is: ['mentor', 'leiðbeinand', 'leiðbeinend', 'fyrirmynd', 'stuðningsaðil', 'stuðningsfullt', 'persónuleg', 'trúnaðarmað', 'tengiliður'],
    },
  },
  {
    id: 'work',
    names: { en: 'jobs and housing', sv: 'jobb och bostad', nb: 'jobb og bolig', da: 'job og bolig', fi: 'työ ja asunto', is: 'vinna og húsnæði' },
    terms: {
      en: ['job$', 'jobs$', 'employment', 'employer', 'housing', 'flat$', 'apartment', 'debt', 'income', 'unemploy', 'internship', 'apprentice'],
      sv: ['jobb', 'arbete$', 'anställning', 'arbetsgivare', 'bostad', 'boende', 'lägenhet', 'skulder', 'praktik', 'arbetslös', 'sysselsättning', 'försörjning'],
      nb: ['jobb', 'arbeid$', 'ansettelse', 'arbeidsgiver', 'bolig', 'leilighet', 'gjeld', 'praksisplass', 'arbeidsløs', 'sysselsetting', 'inntekt'],
      da: ['job$', 'jobbet', 'arbejde$', 'ansættelse', 'arbejdsgiver', 'bolig', 'lejlighed', 'gæld', 'praktik', 'arbejdsløs', 'beskæftigelse', 'indtægt'],
      fi: ['työpaik', 'työllisty', 'työnanta', 'työtön', 'työttöm', 'asunto', 'asumi', 'velka', 'velat', 'harjoittelu', 'toimeentulo', 'työtä$'],
      is: ['vinnu', 'vinna$', 'starf$', 'atvinn', 'vinnuveitand', 'húsnæð', 'íbúð', 'skuld', 'starfsnám', 'atvinnulaus', 'tekjur'],
    },
  },

  // --- Hate crime and victims ---------------------------------------------------------------
  {
    id: 'hate',
    names: { en: 'hate crime', sv: 'hatbrott', nb: 'hatkriminalitet', da: 'hadforbrydelser', fi: 'viharikokset', is: 'hatursglæpir' },
    terms: {
      en: ['hate', 'hateful', 'hatred', 'racis', 'racial', 'antisemit', 'anti-semit', 'islamophob', 'homophob', 'transphob', 'xenophob', 'harass', 'slur', 'bigot', 'lgbt', 'queer'],
      sv: ['hat$', 'hatet', 'hatbrott', 'hatfull', 'hatisk', 'hets', 'rasis', 'antisemit', 'islamofob', 'homofob', 'transfob', 'främlingsfientl', 'trakasser', 'hbtq', 'diskriminer'],
      nb: ['hat$', 'hatet', 'hatkrim', 'hatprat', 'hatefull', 'hatytring', 'rasis', 'antisemit', 'islamofob', 'homofob', 'fremmedfiendtl', 'trakasser', 'lhbt', 'diskriminer', 'muslimhat', 'jødehat'],
      da: ['had$', 'hadet', 'hadforbryd', 'hadefuld', 'hadtale', 'racis', 'antisemit', 'islamofob', 'homofob', 'fremmedfjendtl', 'chikane', 'lgbt', 'diskriminer'],
      fi: ['viha', 'vihaa', 'vihan', 'vihapuhe', 'viharikos', 'rasis', 'antisemit', 'islamofob', 'homofob', 'muukalaisviha', 'häirin', 'syrji', 'seksuaalivähemm'],
      is: ['hatur', 'hatri$', 'haturs', 'hatursorðr', 'hatursglæp', 'kynþáttafordóm', 'kynþáttahat', 'gyðingahat', 'fordóm', 'áreit', 'mismunun', 'hinsegin', 'útlendingahat'],
    },
  },
  {
    id: 'victims',
    names: { en: 'victims', sv: 'brottsoffer', nb: 'de utsatte', da: 'ofrene', fi: 'uhrit', is: 'þolendur' },
    terms: {
      en: ['victim', 'survivor', 'targeted', 'affected', 'injured', 'witness'],
      sv: ['brottsoffer', 'offren', 'offret', 'offer$', 'utsatt', 'drabbad', 'brottsofferjour', 'vittne', 'målsägande'],
      nb: ['offer$', 'ofre$', 'ofrene', 'offeret', 'utsatt', 'rammede', 'berørte', 'vitne', 'fornærmet', 'støttesenter for kriminalitetsutsatte'],
      da: ['offer$', 'ofre$', 'ofrene', 'offeret', 'udsat', 'ramte', 'berørte', 'vidne', 'forurettede', 'offerrådgivning'],
      fi: ['uhri', 'uhre', 'uhrej', 'kohteeksi', 'joutun', 'asianomistaj', 'todistaj', 'rikosuhri', 'riku$'],
      is: ['þolend', 'þoland', 'fórnarlamb', 'brotaþol', 'vitni', 'fyrir barðinu', 'verða fyrir', 'urðu fyrir'],
    },
  },
  {
    id: 'reporting',
    names: { en: 'reporting', sv: 'anmälningar', nb: 'anmeldelser', da: 'anmeldelser', fi: 'ilmoittaminen', is: 'tilkynningar' },
    terms: {
      en: ['report', 'reported', 'reporting', 'recording', 'statistic', 'underreport', 'under-report', 'complaint', 'tip-off'],
      sv: ['^anmäl', 'registrera', 'statistik', 'anmälning', 'anmälningar', 'polisanmäl', 'rapporter', 'mörkertal', 'tips$', 'tipsa'],
      nb: ['^anmeld', 'registrer', 'statistikk', 'politianmeld', 'rapporter', 'mørketall', 'tips$', 'varsle', 'melde$'],
      da: ['^anmeld', 'registrering', 'statistik', 'politianmeld', 'rapporter', 'mørketal', 'tips$', 'indberet', 'melde$'],
      fi: ['ilmoit', 'tilastoi', 'tilasto', 'kirjaa', 'rikosilmoit', 'raportoi', 'piilorikollisuu', 'vinkki', 'kantelu'],
      is: ['tilkynn', 'tölfræði', 'skrásetn', 'kæra$', 'kæru', 'kærð', 'kæri$', 'skýrsl', 'tilkynningaskyld'],
    },
  },
  {
    id: 'violence',
    broad: true,
    names: { en: 'violence', sv: 'våld', nb: 'vold', da: 'vold', fi: 'väkivalta', is: 'ofbeldi' },
    terms: {
      en: ['violen', 'attack', 'assault', 'weapon', 'knife', 'bomb', 'shooting', 'threat', 'threats', 'threaten', 'intimidat'],
      sv: ['våld', 'attack', 'angrepp', 'misshandel', 'vapen', 'kniv', 'skjutning', 'sprängning', 'hot$', 'hoten', 'hotet', 'hotbild', 'hotade', 'hotfull', 'ofredande'],
      nb: ['vold', 'angrep', 'overfall', 'våpen', 'kniv', 'skyting', 'trussel', 'trusler', 'truet', 'truende', 'skremsel'],
      da: ['vold', 'angreb', 'overfald', 'våben', 'kniv', 'skyderi', 'trussel', 'trusler', 'truet', 'truende', 'intimider'],
      fi: ['väkival', 'hyökkäy', 'pahoinpitel', 'ase$', 'aseet', 'aseita', 'veitsi', 'ampumi', 'uhka', 'uhkai', 'uhkaa', 'uhkau', 'uhkaili', 'pelottel'],
      is: ['ofbeld', 'árás', 'líkamsárás', 'vopn', 'hníf', 'skotárás', 'sprengj', 'hótun', 'hótan', 'hótað', 'ógn'],
    },
  },

  // --- Polarisation and trust ---------------------------------------------------------------
  {
    id: 'polarisation',
    names: { en: 'polarisation and trust', sv: 'polarisering och tillit', nb: 'polarisering og tillit', da: 'polarisering og tillid', fi: 'polarisaatio ja luottamus', is: 'skautun og traust' },
    terms: {
      en: ['polaris', 'polariz', 'divided', 'division', 'divisive', 'us and them', 'us vs them', 'us-vs-them', 'tension', 'conflict', 'hostil', 'anger', 'angry', 'grievance', 'alienat', 'left behind', 'resentment', 'trust', 'distrust', 'mistrust', 'confidence in', 'credibility', 'legitimacy', 'suspicion', 'suspicious'],
      sv: ['polaris', 'splittr', 'vi och dom', 'vi mot dom', 'spänning', 'konflikt', 'motsättning', 'ilska', 'missnöje', 'klyftor', 'främlingskap', 'tillit', 'förtroende', 'misstro', 'misstänksam', 'legitimitet', 'trovärdig', 'lita på'],
      nb: ['polaris', 'splitt', 'oss og dem', 'vi og dem', 'spenning', 'konflikt', 'motsetning', 'sinne', 'misnøye', 'kløft', 'tillit', 'tiltro', 'mistillit', 'mistro', 'legitimitet', 'troverdig', 'stole på'],
      da: ['polaris', 'splittelse', 'os og dem', 'dem og os', 'spænding', 'konflikt', 'modsætning', 'vrede', 'utilfredshed', 'kløft', 'tillid', 'mistillid', 'mistro', 'legitimitet', 'troværdig', 'stole på', 'tiltro'],
      fi: ['polaris', 'kahtiajak', 'jakautu', 'vastakkainasettel', 'me ja ne', 'jännit', 'konflikt', 'tyytymättöm', 'vastakkai', 'kuilu', 'luottamu', 'luotta', 'luottamuks', 'epäluottamu', 'epäluulo', 'legitimiteet', 'uskottav', 'epäily'],
      is: ['skautun', 'sundrung', 'sundur', 'klofn', 'við og þau', 'spenna$', 'spennu', 'átök', 'reiði', 'óánægj', 'gjá$', 'traust', 'vantraust', 'tortryggn', 'trúverðug', 'lögmæti', 'treyst', 'tiltrú'],
    },
  },
  {
    id: 'democracy',
    names: { en: 'democracy', sv: 'demokratin', nb: 'demokratien', da: 'demokratiet', fi: 'demokratia', is: 'lýðræðið' },
    terms: {
      en: ['democra', 'citizen', 'civic', 'participation', 'human rights', 'freedom of', 'free speech', 'election', 'politician', 'elected'],
      sv: ['demokrat', 'medborgar', 'delaktighet', 'mänskliga rättigheter', 'yttrandefrihet', 'val$', 'politiker', 'förtroendevald', 'medborgardialog'],
      nb: ['demokrat', 'medborger', 'deltakelse', 'menneskerettighet', 'ytringsfrihet', 'valg$', 'politiker', 'folkevalgt', 'innbygger'],
      da: ['demokrat', 'medborger', 'borger', 'deltagelse', 'menneskerettighed', 'ytringsfrihed', 'valg$', 'politiker', 'folkevalgt'],
      fi: ['demokrat', 'kansalai', 'osallistu', 'ihmisoikeu', 'sananvapau', 'vaalit', 'poliitik', 'päättäj', 'luottamushenkil'],
      is: ['lýðræð', 'borgarar$', 'borgurum', 'borgaraleg', 'þátttak', 'mannréttind', 'tjáningarfrels', 'kosning', 'stjórnmálam', 'kjörnir fulltrú'],
    },
  },
  {
    id: 'belonging',
    names: { en: 'belonging and inclusion', sv: 'tillhörighet och inkludering', nb: 'tilhørighet og inkludering', da: 'fællesskab og inklusion', fi: 'yhteenkuuluvuus ja osallisuus', is: 'samkennd og þátttaka' },
    terms: {
      en: ['belonging', 'inclusion', 'include', 'exclusion', 'excluded', 'marginali', 'isolation', 'lonel', 'outsider', 'integration', 'cohesion', 'identity', 'meaning$', 'purpose'],
      sv: ['tillhörighet', 'inkluder', 'utanförskap', 'exkluder', 'marginaliser', 'isoler', 'ensam', 'integration', 'sammanhållning', 'identitet', 'meningsfull', 'gemenskap'],
      nb: ['tilhørighet', 'inkluder', 'utenforskap', 'ekskluder', 'marginaliser', 'isoler', 'ensom', 'integrering', 'samhold', 'identitet', 'meningsfull', 'fellesskap'],
      da: ['tilhørsforhold', 'inklusion', 'inkluder', 'udenforskab', 'eksklu', 'marginaliser', 'isoler', 'ensom', 'integration', 'sammenhængskraft', 'identitet', 'meningsfuld', 'fællesskab'],
      fi: ['yhteenkuuluvu', 'kuuluvu', 'osallisuu', 'syrjäyty', 'syrjäytyn', 'ulkopuoli', 'eristäy', 'yksinäi', 'kotoutu', 'integraat', 'identiteet', 'merkityksel', 'yhteisöllisyy'],
      is: ['samkennd', 'tilheyr', 'inngild', 'útskúf', 'jaðarsett', 'einangr', 'einmana', 'aðlögun', 'samheldn', 'sjálfsmynd', 'tilgang', 'félagsleg einangr'],
    },
  },
  {
    id: 'dialogue',
    broad: true,
    names: { en: 'dialogue', sv: 'dialog', nb: 'dialog', da: 'dialog', fi: 'dialogi', is: 'samtal' },
    terms: {
      en: ['dialogue', 'dialog', 'conversation', 'difficult conversations', 'talk to', 'talking', 'listen', 'debate', 'discussion'],
      sv: ['dialog', 'samtal', 'prata', 'lyssna', 'debatt', 'diskussion', 'svåra samtal', 'samtalsmetod'],
      nb: ['dialog', 'samtale', 'snakke', 'lytte', 'debatt', 'diskusjon', 'vanskelige samtaler'],
      da: ['dialog', 'samtale', 'snakke', 'lytte', 'debat', 'diskussion', 'svære samtale'],
      fi: ['dialog', 'keskustel', 'puhua', 'puhuminen', 'kuuntel', 'väittel', 'vaikeat keskustelut'],
      is: ['samtal', 'ræða$', 'ræða við', 'tala við', 'hlusta', 'umræð', 'rökræð'],
    },
  },
  {
    id: 'communication',
    names: { en: 'communication', sv: 'kommunikation', nb: 'kommunikasjon', da: 'kommunikation', fi: 'viestintä', is: 'upplýsingagjöf' },
    terms: {
      en: ['communicat', 'campaign', 'press$', 'press release', 'journalist', 'public message', 'crisis comm', 'spokes', 'newsletter'],
      sv: ['kommunikation', 'kommunicer', 'kampanj', 'press', 'journalist', 'kriskommunikation', 'talesperson', 'nyhetsbrev'],
      nb: ['kommunikasjon', 'kommuniser', 'kampanje', 'presse', 'journalist', 'krisekommunikasjon', 'talsperson', 'nyhetsbrev'],
      da: ['kommunikation', 'kommuniker', 'kampagne', 'presse', 'journalist', 'krisekommunikation', 'talsperson', 'nyhedsbrev'],
      fi: ['viestin', 'tiedotta', 'tiedote', 'kampanj', 'lehdist', 'toimittaj', 'kriisiviestin', 'uutiskirj'],
      is: ['samskipt', 'upplýsingagjöf', 'herferð', 'fjölmiðl', 'blaðamenn', 'blaðamað', 'kynning', 'fréttabréf'],
    },
  },

  // --- Local networks ------------------------------------------------------------------------
  {
    id: 'network',
    names: { en: 'local networks', sv: 'lokala nätverk', nb: 'lokale nettverk', da: 'lokale netværk', fi: 'paikalliset verkostot', is: 'tengslanet' },
    terms: {
      en: ['network', 'networking', 'local actors', 'stakeholder', 'round table', 'roundtable', 'forum for', 'local partners', 'contact list', 'who to call'],
      sv: ['nätverk', 'aktörer', 'lokala aktörer', 'rundabordssamtal', 'kontaktlista', 'intressent', 'nätverksmöte'],
      nb: ['nettverk', 'aktører', 'lokale aktører', 'kontaktliste', 'interessent', 'nettverksmøte'],
      da: ['netværk', 'aktører', 'lokale aktører', 'kontaktliste', 'interessent', 'netværksmøde'],
      fi: ['verkosto', 'toimijat', 'toimijoi', 'paikalliset toimijat', 'sidosryhm', 'yhteystiedot', 'verkostoitu', 'verkostotapaam'],
      is: ['tengslanet', 'tengslaneti', 'aðilar', 'aðila', 'hagaðil', 'samstarfsaðil', 'tengiliðalist', 'netverk'],
    },
  },
  {
    id: 'civilSociety',
    names: { en: 'civil society', sv: 'civilsamhället', nb: 'sivilsamfunnet', da: 'civilsamfundet', fi: 'järjestöt', is: 'félagasamtök' },
    terms: {
      en: ['civil society', 'ngo', 'ngos', 'association', 'volunteer', 'charity', 'grassroots', 'community org', 'sports club', 'diaspora', 'third sector', 'non-profit', 'nonprofit'],
      sv: ['civilsamhäll', 'förening', 'ideell', 'volontär', 'frivillig', 'idrottsföreningar', 'idrottsför', 'organisation', 'diaspora', 'studieförbund'],
      nb: ['sivilsamfunn', 'forening', 'frivillig', 'ideell', 'idrettslag', 'organisasjon', 'diaspora', 'lag og foreninger'],
      da: ['civilsamfund', 'forening', 'frivillig', 'ngo', 'idrætsforening', 'organisation', 'diaspora', 'foreningsliv'],
      fi: ['järjestö', 'yhdistys', 'yhdistyks', 'vapaaehtoi', 'kolmas sektori', 'kolmannen sektorin', 'urheiluseur', 'diaspor', 'kansalaisjärjest'],
      is: ['félagasamt', 'frjáls félagasamtök', 'sjálfboðaliða', 'sjálfboð', 'íþróttafélag', 'samtök', 'grasrót', 'hjálparsamt'],
    },
  },
  {
    id: 'faith',
    names: { en: 'faith communities', sv: 'trossamfunden', nb: 'trossamfunnene', da: 'trossamfundene', fi: 'uskonnolliset yhteisöt', is: 'trúfélög' },
    terms: {
      en: ['mosque', 'church', 'imam', 'priest', 'faith', 'religio', 'congregation', 'synagogue', 'rabbi$', 'rabbis$', 'interfaith'],
      sv: ['moské', 'kyrka', 'kyrkan', 'imam', 'präst', 'trossamfund', 'religi', 'församling', 'synagoga'],
      nb: ['moské', 'kirke', 'imam', 'prest', 'trossamfunn', 'religi', 'menighet', 'synagoge'],
      da: ['moské', 'kirke', 'imam', 'præst', 'trossamfund', 'religi', 'menighed', 'synagoge'],
      fi: ['moskei', 'kirkko', 'kirkon', 'imaami', 'pappi', 'papit', 'uskonnolli', 'uskonto', 'seurakun', 'synagog'],
      is: ['mosk', 'kirkj', 'ímam', 'prest', 'trúfélag', 'trúarleg', 'trúar', 'söfnuð', 'sýnagóg'],
    },
  },
  {
    id: 'neighbourhood',
    broad: true,
    names: { en: 'neighbourhoods', sv: 'bostadsområden', nb: 'nabolagene', da: 'boligområderne', fi: 'asuinalueet', is: 'hverfin' },
    terms: {
      en: ['neighbourhood', 'neighborhood', 'neighbour', 'district', 'suburb', 'estate', 'residents', 'local area', 'housing area', 'community', 'communities', 'street level'],
      sv: ['bostadsområde', 'stadsdel', 'förort', 'grannskap', 'granne', 'grannar', 'boende i', 'invånare', 'lokalsamhäll', 'område', 'utsatta områden', 'trygghetsvandring'],
      nb: ['nabolag', 'bydel', 'drabant', 'nabo', 'naboer', 'beboer', 'lokalsamfunn', 'boområde', 'område'],
      da: ['boligområde', 'nabolag', 'bydel', 'forstad', 'nabo', 'naboer', 'beboer', 'lokalsamfund', 'boligsocial', 'område', 'udsatte boligområder'],
      fi: ['asuinalue', 'lähiö', 'naapurus', 'naapuri', 'kaupunginos', 'asukka', 'asukas', 'alueell', 'alueen', 'yhteisö', 'paikallisyhteis'],
      is: ['hverfi', 'hverfum', 'íbúðahverf', 'nágrann', 'íbúar', 'nærsamfél', 'samfélag$', 'samfélagi$', 'samfélaginu', 'svæði'],
    },
  },

  // --- Risk assessment ------------------------------------------------------------------------
  {
    id: 'risk',
    names: { en: 'risk assessment', sv: 'riskbedömning', nb: 'risikovurdering', da: 'risikovurdering', fi: 'riskinarviointi', is: 'áhættumat' },
    terms: {
      en: ['risk', 'assess', 'assessment', 'screening', 'triage', 'threat assessment', 'protective factor', 'vulnerab', 'structured professional', 'erg22', 'trap-18', 'vera-2', 'tool$', 'tools$', 'checklist', 'indicator', 'case management', 'escalat'],
      sv: ['risk', 'bedömning', 'bedöma', 'riskbedöm', 'hotbedöm', 'skyddsfaktor', 'sårbar', 'indikator', 'checklista', 'verktyg', 'screening', 'ärendehantering', 'eskaler', 'skattning'],
      nb: ['risiko', 'vurdering', 'vurdere', 'risikovurder', 'trusselvurder', 'beskyttelsesfakt', 'sårbar', 'indikator', 'sjekkliste', 'verktøy', 'kartlegging', 'eskaler'],
      da: ['risiko', 'vurdering', 'vurdere', 'risikovurder', 'trusselsvurder', 'beskyttelsesfakt', 'sårbar', 'indikator', 'tjekliste', 'værktøj', 'screening', 'eskaler', 'udredning'],
      fi: ['riski', 'arvio', 'arvioi', 'riskinarvi', 'uhka-arvi', 'suojaava', 'suojaavat tekijät', 'haavoittuv', 'indikaattor', 'tarkistuslist', 'työkalu', 'seulonta', 'kartoitu', 'kartoit'],
      is: ['áhætt', 'áhættumat', 'mat$', 'matstæk', 'verndandi þætt', 'viðkvæm', 'vísbending', 'gátlist', 'verkfær', 'skimun', 'greining'],
    },
  },
  {
    id: 'concern',
    broad: true,
    names: { en: 'early signs of concern', sv: 'tidiga tecken på oro', nb: 'tidlige tegn på bekymring', da: 'tidlige bekymringstegn', fi: 'huolen varhaiset merkit', is: 'fyrstu viðvörunarmerki' },
    terms: {
      en: ['concern', 'worried', 'worry', 'warning sign', 'early sign', 'signs$', 'red flag', 'early warning', 'early intervention', 'gut feeling', 'notice', 'spotting', 'spot$', 'recognis', 'recogniz', 'detect', 'identif', 'safeguarding'],
      sv: ['oro$', 'orosanmäl', 'orosanmälan', 'orolig', 'varningstecken', 'varningssignal', 'tecken', 'signaler', 'upptäck', 'känna igen', 'tidiga insatser', 'tidig upptäckt', 'magkänsla'],
      nb: ['bekymring', 'bekymringsmelding', 'bekymret', 'varselsignal', 'faresignal', 'tegn$', 'tegnene', 'signaler', 'oppdage', 'kjenne igjen', 'tidlig innsats', 'magefølelse'],
      da: ['bekymring', 'bekymringshenvendelse', 'bekymret', 'advarselstegn', 'faresignal', 'tegn$', 'tegnene', 'signaler', 'opdage', 'genkende', 'tidlig indsats', 'mavefornemmelse'],
      fi: ['huoli', 'huole', 'huolta', 'huolestu', 'varoitusmerk', 'merkit', 'merkke', 'merkkej', 'signaal', 'tunnista', 'havait', 'varhai', 'varhainen puuttu'],
      is: ['áhyggj', 'viðvörunarmerk', 'merki$', 'merkin', 'merkjum', 'vísbendingar', 'bera kennsl', 'greina$', 'snemmtæk', 'snemma', 'tekið eftir'],
    },
  },
  {
    id: 'mentalHealth',
    names: { en: 'mental health', sv: 'psykisk hälsa', nb: 'psykisk helse', da: 'psykisk sundhed', fi: 'mielenterveys', is: 'geðheilbrigði' },
    terms: {
      en: ['mental', 'psychiatr', 'psycholog', 'depress', 'anxiety', 'trauma', 'autis', 'adhd', 'therapy', 'therapist', 'wellbeing', 'well-being', 'health care', 'healthcare'],
      sv: ['psykisk', 'psykiatri', 'psykolog', 'depression', 'ångest', 'trauma', 'autism', 'adhd', 'terapi', 'välmående', 'hälso', 'bup$', 'vården'],
      nb: ['psykisk', 'psykiatri', 'psykolog', 'depresjon', 'angst', 'traume', 'autisme', 'adhd', 'terapi', 'helse', 'bup$', 'fastlege'],
      da: ['psykisk', 'psykiatri', 'psykolog', 'depression', 'angst', 'traume', 'autisme', 'adhd', 'terapi', 'trivsel', 'sundhed', 'sundhedspleje'],
      fi: ['mielenterv', 'psykiatr', 'psykolog', 'masennu', 'ahdistu', 'trauma', 'autis', 'adhd', 'terapi', 'hyvinvoin', 'terveyden', 'terveydenhu'],
      is: ['geðheil', 'geðræn', 'geðlækn', 'sálfræð', 'þunglynd', 'kvíð', 'áfall', 'einhverf', 'adhd', 'meðferð', 'vellíð', 'heilbrigðis', 'heilsugæsl'],
    },
  },

  // --- Information sharing and its legal limits ------------------------------------------------
  {
    id: 'informationSharing',
    names: { en: 'information sharing', sv: 'informationsdelning', nb: 'informasjonsdeling', da: 'informationsudveksling', fi: 'tiedonvaihto', is: 'upplýsingamiðlun' },
    terms: {
      en: ['information', 'info$', 'share', 'sharing', 'shared$', 'exchange', 'data$', 'disclose', 'disclosure', 'case file', 'records$', 'database', 'register'],
      sv: ['information', 'info$', 'dela$', 'delning', 'informationsdelning', 'informationsutbyte', 'utbyte', 'uppgifter', 'lämna ut', 'utlämn', 'register', 'journal', 'databas', 'utbyta'],
      nb: ['informasjon', 'info$', 'dele$', 'deling', 'informasjonsdeling', 'utveksl', 'opplysning', 'utlever', 'register', 'journal', 'database'],
      da: ['information', 'info$', 'dele$', 'deling', 'udveksl', 'oplysning', 'videregiv', 'videregivelse', 'register', 'journal', 'database', 'informationsudveksling'],
      fi: ['tieto$', 'tietoa', 'tiedot', 'tietoj', 'tiedon', 'tiedonvaih', 'tiedonkul', 'tietojenvaih', 'jaka', 'jakami', 'vaihto', 'luovut', 'rekister', 'tietokan', 'info$'],
      is: ['upplýsing', 'upplýsingamiðl', 'miðla$', 'miðlun', 'deila', 'deilingu', 'skráning', 'gagnagrunn', 'gögn', 'gagna$', 'skrá$', 'info$'],
    },
  },
  {
    id: 'confidentiality',
    names: { en: 'confidentiality', sv: 'sekretessen', nb: 'taushetsplikten', da: 'tavshedspligten', fi: 'salassapito', is: 'trúnaðurinn' },
    terms: {
      en: ['confidential', 'secrecy', 'privacy', 'gdpr', 'data protection', 'consent', 'personal data', 'need-to-know', 'need to know', 'duty of care'],
      sv: ['sekretess', 'tystnadsplikt', 'gdpr', 'dataskydd', 'samtycke', 'personuppgift', 'integritet', 'sekretessbryt', 'osl$', 'offentlighets- och sekretess'],
      nb: ['taushetsplikt', 'taushet', 'gdpr', 'personvern', 'samtykke', 'personopplysning', 'opplysningsplikt', 'avvergingsplikt', 'konfidensiell'],
      da: ['tavshedspligt', 'tavshed', 'gdpr', 'databeskyttelse', 'samtykke', 'persondata', 'personoplysning', 'fortrolig', 'oplysningspligt'],
      fi: ['salassapi', 'salassa', 'salaise', 'vaitiolovelv', 'tietosuoj', 'gdpr', 'suostumu', 'henkilötie', 'yksityisyy', 'luottamukselli'],
      is: ['trúnað', 'þagnarskyld', 'þagnarskyldu', 'persónuvernd', 'gdpr', 'samþykk', 'persónuupplýsing', 'friðhelg', 'trúnaðarskyld'],
    },
  },
  {
    id: 'law',
    names: { en: 'the legal framework', sv: 'lagstiftningen', nb: 'regelverket', da: 'lovgivningen', fi: 'lainsäädäntö', is: 'lagaramminn' },
    terms: {
      en: ['law$', 'laws$', 'legal', 'legislation', 'lawyer', 'legally', 'statute', 'regulation', 'mandate', 'jurisdiction', 'grey zone', 'gray zone', 'grey area', 'loophole', 'compliance', 'lawful', 'unlawful', 'rules$', 'rulebook'],
      sv: ['lag$', 'lagen', 'lagar$', 'lagstift', 'juridi', 'jurist', 'lagrum', 'regelverk', 'mandat', 'gråzon', 'lagändring', 'lagstöd', 'förordning', 'laglig', 'olaglig', 'regler$', 'socialtjänstlag', 'paragraf'],
      nb: ['lov$', 'loven', 'lover$', 'lovverk', 'lovgivning', 'juridisk', 'jurist', 'regelverk', 'mandat', 'gråsone', 'lovendring', 'hjemmel', 'forskrift', 'lovlig', 'ulovlig', 'regler$', 'paragraf'],
      da: ['lov$', 'loven', 'lovgivning', 'juridisk', 'jurist', 'regelsæt', 'regler$', 'mandat', 'gråzone', 'lovændring', 'hjemmel', 'bekendtgørelse', 'lovlig', 'ulovlig', 'serviceloven', 'paragraf'],
      fi: ['laki', 'lain$', 'lakia', 'laissa', 'lainsäädän', 'juridi', 'juristi', 'lakimie', 'säädö', 'sääntel', 'valtuu', 'harmaa alue', 'lakimuutos', 'laillin', 'laiton', 'pykälä', 'säännö'],
      is: ['lög$', 'lögum', 'laga$', 'lagaleg', 'löggjöf', 'lögfræð', 'lagaramm', 'regluverk', 'reglugerð', 'heimild', 'grátt svæði', 'lagabreyt', 'löglegt', 'ólöglegt', 'reglur'],
    },
  },
  {
    id: 'evenings',
    names: { en: 'evenings and weekends', sv: 'kvällar och helger', nb: 'kvelder og helger', da: 'aftener og weekender', fi: 'illat ja viikonloput', is: 'kvöld og helgar' },
    terms: {
      en: ['evening', 'weekend', 'night$', 'nights$', 'late$', 'opening hours', 'holidays', 'summer'],
      sv: ['kväll', 'helg', 'natt$', 'nätter', 'öppettid', 'öppet$', 'sommarlov', 'lovet', 'loven$'],
      nb: ['kveld', 'helg', 'natt$', 'netter', 'åpningstid', 'åpent$', 'sommerferie', 'ferien'],
      da: ['aften', 'weekend', 'nat$', 'nætter', 'åbningstid', 'åbent$', 'sommerferie', 'ferien'],
      fi: ['ilta', 'illal', 'viikonlop', 'yöllä', 'öisin', 'aukiolo', 'auki$', 'kesäloma', 'loma-aika'],
      is: ['kvöld', 'helg', 'nótt', 'nóttin', 'opnunartím', 'opin$', 'opnar$', 'sumarfrí', 'sumar$'],
    },
  },
  {
    id: 'evaluation',
    names: { en: 'evaluation and knowledge', sv: 'uppföljning och kunskap', nb: 'evaluering og kunnskap', da: 'evaluering og viden', fi: 'arviointi ja tieto', is: 'mat og þekking' },
    terms: {
      en: ['evaluat', 'outcome', 'impact', 'evidence', 'research', 'what works', 'effectiveness', 'measure', 'knowledge', 'best practice', 'lessons learned', 'learning from'],
      sv: ['utvärder', 'effekt', 'forskning', 'evidens', 'kunskap', 'beprövad', 'mäta$', 'mätbar', 'goda exempel', 'lärande'],
      nb: ['evaluer', 'effekt', 'forskning', 'evidens', 'kunnskap', 'måle$', 'målbar', 'gode eksempler', 'erfaringsdeling'],
      da: ['evaluer', 'effekt', 'forskning', 'evidens', 'viden', 'måle$', 'målbar', 'gode eksempler', 'erfaringsudveksling'],
      fi: ['vaikuttavuu', 'vaikutuks', 'tutkimu', 'tutkimuks', 'näyttö', 'evaluoi', 'arviointitutkim', 'hyvät käytännöt', 'mitata', 'mittari', 'oppia$'],
      is: ['árang', 'rannsókn', 'þekking', 'þekkingu', 'gagnreynd', 'mælikvarð', 'mæla$', 'góð dæmi', 'reynsla', 'lærdóm'],
    },
  },
  {
    id: 'crisis',
    names: { en: 'crisis preparedness', sv: 'krisberedskap', nb: 'kriseberedskap', da: 'krisberedskab', fi: 'kriisivalmius', is: 'viðbúnaður' },
    terms: {
      en: ['crisis', 'crises', 'emergency', 'preparedness', 'contingency', 'aftermath', 'resilien'],
      sv: ['kris', 'krisen', 'krisberedskap', 'beredskap', 'kriser', 'motståndskraft'],
      nb: ['krise', 'kriseberedskap', 'beredskap', 'motstandskraft', 'etterkant'],
      da: ['krise', 'krisberedskab', 'beredskab', 'modstandskraft', 'efterspil'],
      fi: ['kriisi', 'kriisin', 'valmius', 'varautu', 'häiriötilan', 'resilienssi'],
      is: ['krís', 'neyðar', 'viðbúnað', 'viðbragð', 'almannavarn', 'áfallaþol'],
    },
  },

  // --- Returnees --------------------------------------------------------------------------------
  {
    id: 'returnees',
    names: { en: 'returnees', sv: 'återvändare', nb: 'hjemvendte', da: 'hjemvendte', fi: 'paluumuuttajat', is: 'heimkomnir vígamenn' },
    terms: {
      en: ['returnee', 'returning', 'return$', 'returned', 'repatriat', 'foreign fighter', 'foreign terrorist fighter', 'ftf$', 'ftfs$', 'travellers', 'travelled', 'homecoming'],
      sv: ['återvändare', 'återvänd', 'hemvänd', 'återkomm', 'utresande', 'utresta', 'repatrier', 'stridande', 'terroristresenär', 'hemtag', 'hemkomst', 'resenärer'],
      nb: ['hjemvendt', 'returner', 'fremmedkrig', 'utreis', 'repatrier', 'hjemkomst', 'tilbakevend', 'hjemhent'],
      da: ['hjemvendt', 'hjemvend', 'udrejs', 'udrejst', 'fremmedkrig', 'repatrier', 'hjemtag', 'syrienskriger', 'hjemkomst', 'tilbagevend'],
      fi: ['paluumuut', 'palaaj', 'palaav', 'palanne', 'palaamis', 'kotiutet', 'kotiutu', 'kotiutta', 'vierastaistelij', 'taistelij', 'matkustaneet', 'lähteneet'],
      is: ['heimkom', 'heimkominn', 'heimkomnir', 'snúa heim', 'sneru heim', 'snúið heim', 'erlendir vígam', 'vígam', 'vígamaður', 'heimflutn', 'koma heim'],
    },
  },
  {
    id: 'conflictZone',
    names: { en: 'conflict zones', sv: 'konfliktområden', nb: 'konfliktområder', da: 'konfliktzoner', fi: 'konfliktialueet', is: 'átakasvæði' },
    terms: {
      en: ['syria', 'iraq', 'al-hol', 'alhol', 'al hol', 'roj$', 'camp$', 'camps$', 'conflict zone', 'war zone', 'warzone', 'battlefield'],
      sv: ['syrien', 'irak', 'al-hol', 'läger', 'lägret', 'lägren', 'konfliktområde', 'krigsområde', 'konfliktzon'],
      nb: ['syria', 'irak', 'al-hol', 'leir', 'leiren', 'leirene', 'konfliktområde', 'krigssone', 'krigsområde'],
      da: ['syrien', 'irak', 'al-hol', 'lejr', 'lejren', 'lejrene', 'konfliktzone', 'konfliktområde', 'krigszone'],
      fi: ['syyri', 'irak', 'al-hol', 'leiri', 'leirillä', 'leiriltä', 'konfliktialue', 'sota-alue', 'sotaalue', 'taistelualue'],
      is: ['sýrland', 'írak', 'al-hol', 'búðir', 'búðum', 'búða$', 'flóttamannabúð', 'átakasvæð', 'stríðssvæð'],
    },
  },
]
