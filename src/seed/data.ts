import type { ProjectType } from '@/domain/catalog'
import { projectTypes } from '@/domain/catalog'
import type { User, Voiceover } from '@/payload-types'

/** Demo data: who and what the seed creates. Pure data, no Payload import. */

export type SeedAccount = Pick<User, 'email' | 'name' | 'role'> &
  Partial<Pick<User, 'locale' | 'billing'>> & {
    /** Known on purpose: these accounts exist only in development databases. */
    password: string
  }

export const seedAccounts = {
  admin: {
    email: 'admin@14voices.local',
    password: 'admin-14voices',
    name: 'Agency Admin',
    role: 'admin',
    locale: 'en',
  },
  customer: {
    email: 'customer@14voices.local',
    password: 'customer-14voices',
    name: 'Mila van Dijk',
    role: 'customer',
    locale: 'nl',
    billing: {
      company: 'Studio Noord B.V.',
      customerType: 'business',
      // Check digit 2: Σ dᵢ·(9…2) over 12345678 = 156, 156 mod 11 = 2.
      vatId: 'NL123456782B01',
      address: 'Keizersgracht 100\n1015 AA Amsterdam',
      country: 'NL',
    },
  },
  sanne: {
    email: 'sanne@14voices.local',
    password: 'artist-14voices',
    name: 'Sanne de Vries',
    role: 'voiceover',
    locale: 'nl',
  },
  thomas: {
    email: 'thomas@14voices.local',
    password: 'artist-14voices',
    name: 'Thomas Peeters',
    role: 'voiceover',
    locale: 'nl',
  },
} satisfies Record<string, SeedAccount>

export type SeedAccountKey = keyof typeof seedAccounts

type Demo = Pick<NonNullable<Voiceover['demos']>[number], 'title' | 'category'>

export type SeedArtist = Pick<
  Voiceover,
  'name' | 'slug' | 'active' | 'tagline' | 'bio' | 'gender' | 'ageRange' | 'accents' | 'styles'
> & {
  languages: NonNullable<Voiceover['languages']>
  /** The commercial fee in euro cents; the other project types are priced relative to it. */
  commercialRate: number
  turnaroundDays: number
  rushAvailable: boolean
  /** The artist's login account, for the two demo artists who can sign in. */
  account?: SeedAccountKey
  /** Speaking pitch of the synthesized demos, in Hz. */
  pitchHz: number
  demos: Demo[]
}

/** What other project types cost relative to a commercial, before rounding to whole euros. */
const rateShares: Record<ProjectType, number> = {
  commercial: 1,
  narration: 0.8,
  e_learning: 0.7,
  corporate: 0.85,
  ivr: 0.45,
  animation: 0.9,
  audiobook: 1.8,
  documentary: 0.95,
}

/** Base fees per project type in integer euro cents, rounded to €5. */
export const ratesFrom = (commercialCents: number): Record<ProjectType, number> =>
  Object.fromEntries(
    projectTypes.map((t) => [
      t.value,
      Math.round((commercialCents * rateShares[t.value]) / 500) * 500,
    ]),
  ) as Record<ProjectType, number>

export const seedArtists: SeedArtist[] = [
  {
    name: 'Sanne de Vries',
    slug: 'sanne-de-vries',
    account: 'sanne',
    active: true,
    tagline: 'Warm, natural Dutch voice that sounds like a friend, not an advert.',
    bio: 'Sanne has voiced radio and TV campaigns for Dutch retailers, banks and charities for more than ten years. She records from her own treated studio in Utrecht and is known for a relaxed, smiling read that still lands the brand name. Also available for English-language work with a light Dutch accent.',
    languages: [
      { language: 'nl', native: true },
      { language: 'en', native: false },
    ],
    gender: 'female',
    ageRange: 'adult',
    accents: ['standard-dutch'],
    styles: ['warm', 'friendly', 'conversational'],
    commercialRate: 25000,
    turnaroundDays: 2,
    rushAvailable: true,
    pitchHz: 205,
    demos: [
      { title: 'Supermarket radio spot', category: 'commercial' },
      { title: 'Onboarding course for new staff', category: 'e_learning' },
      { title: 'Museum audio tour', category: 'narration' },
    ],
  },
  {
    name: 'Thomas Peeters',
    slug: 'thomas-peeters',
    account: 'thomas',
    active: true,
    tagline: 'Deep Flemish baritone for documentaries, trailers and brands with gravitas.',
    bio: 'Antwerp-born Thomas started in theatre before moving behind the microphone. His low, unhurried delivery is heard on Flemish documentaries, car launches and festival trailers. He reads French fluently and records in Flemish, Dutch and French.',
    languages: [
      { language: 'nl-BE', native: true },
      { language: 'fr', native: false },
      { language: 'en', native: false },
    ],
    gender: 'male',
    ageRange: 'adult',
    accents: ['flemish-antwerp'],
    styles: ['deep', 'authoritative', 'storyteller'],
    commercialRate: 30000,
    turnaroundDays: 3,
    rushAvailable: true,
    pitchHz: 98,
    demos: [
      { title: 'Nature documentary opening', category: 'narration' },
      { title: 'Car launch trailer', category: 'commercial' },
    ],
  },
  {
    name: 'Emma Janssens',
    slug: 'emma-janssens',
    active: true,
    tagline: 'Bright, upbeat Flemish voice for youth brands and explainers.',
    bio: 'Emma is the voice of several Flemish app launches and a popular children’s learning platform. She brings energy without shouting and adapts quickly to direction during live sessions.',
    languages: [
      { language: 'nl-BE', native: true },
      { language: 'en', native: false },
    ],
    gender: 'female',
    ageRange: 'young_adult',
    accents: ['flemish-neutral'],
    styles: ['energetic', 'playful', 'friendly'],
    commercialRate: 20000,
    turnaroundDays: 2,
    rushAvailable: true,
    pitchHz: 218,
    demos: [
      { title: 'App launch explainer', category: 'commercial' },
      { title: 'Cartoon sidekick', category: 'character' },
    ],
  },
  {
    name: 'Daan Bakker',
    slug: 'daan-bakker',
    active: true,
    tagline: 'Casual, credible Dutch voice for tech, sports and online video.',
    bio: 'Daan voices social campaigns and product videos for Dutch start-ups and sports brands. His natural, slightly street-smart tone works best for scripts that should not sound read.',
    languages: [{ language: 'nl', native: true }],
    gender: 'male',
    ageRange: 'young_adult',
    accents: ['amsterdam'],
    styles: ['energetic', 'conversational'],
    commercialRate: 18000,
    turnaroundDays: 2,
    rushAvailable: false,
    pitchHz: 122,
    demos: [
      { title: 'Sports drink online ad', category: 'commercial' },
      { title: 'Product walkthrough', category: 'corporate' },
    ],
  },
  {
    name: 'Margriet Hoekstra',
    slug: 'margriet-hoekstra',
    active: true,
    tagline: 'Calm, trustworthy storyteller for audiobooks and healthcare.',
    bio: 'Margriet has narrated more than forty Dutch audiobooks, from literary fiction to children’s stories. Hospitals and insurers book her for patient information because listeners relax when she speaks.',
    languages: [
      { language: 'nl', native: true },
      { language: 'en', native: false },
    ],
    gender: 'female',
    ageRange: 'mature',
    accents: ['standard-dutch', 'frisian-dutch'],
    styles: ['calm', 'storyteller', 'warm'],
    commercialRate: 22000,
    turnaroundDays: 4,
    rushAvailable: false,
    pitchHz: 182,
    demos: [
      { title: 'Audiobook excerpt', category: 'narration' },
      { title: 'Patient information video', category: 'e_learning' },
      { title: 'Insurance phone menu', category: 'ivr' },
    ],
  },
  {
    name: 'Oliver Bennett',
    slug: 'oliver-bennett',
    active: true,
    tagline: 'Rich British RP voice for luxury brands and serious narration.',
    bio: 'London-based Oliver has voiced whisky, watch and hotel campaigns across Europe, and narrates history documentaries for streaming services. Broadcast-quality home studio with Source-Connect.',
    languages: [{ language: 'en', native: true }],
    gender: 'male',
    ageRange: 'mature',
    accents: ['british-rp'],
    styles: ['deep', 'authoritative', 'storyteller'],
    commercialRate: 45000,
    turnaroundDays: 3,
    rushAvailable: true,
    pitchHz: 96,
    demos: [
      { title: 'Luxury watch commercial', category: 'commercial' },
      { title: 'History documentary', category: 'narration' },
    ],
  },
  {
    name: 'Grace Whitfield',
    slug: 'grace-whitfield',
    active: true,
    tagline: 'Friendly American voice for corporate video, e-learning and apps.',
    bio: 'Grace records clear, approachable American English for international companies based in the Netherlands. Her e-learning work covers compliance, software training and onboarding, delivered in consistent multi-hour sessions.',
    languages: [{ language: 'en', native: true }],
    gender: 'female',
    ageRange: 'adult',
    accents: ['general-american'],
    styles: ['friendly', 'corporate', 'conversational'],
    commercialRate: 28000,
    turnaroundDays: 3,
    rushAvailable: true,
    pitchHz: 196,
    demos: [
      { title: 'Software training module', category: 'e_learning' },
      { title: 'Company culture video', category: 'corporate' },
      { title: 'Support line greeting', category: 'ivr' },
    ],
  },
  {
    name: 'Liam O’Connor',
    slug: 'liam-oconnor',
    active: true,
    tagline: 'Playful Irish voice for games, animation and cheeky ads.',
    bio: 'Dublin-born Liam lives in Rotterdam and voices game characters, animated series and radio ads that need a wink. He can go from mischievous leprechaun to friendly shop assistant within one session.',
    languages: [{ language: 'en', native: true }],
    gender: 'male',
    ageRange: 'young_adult',
    accents: ['irish'],
    styles: ['playful', 'energetic', 'friendly'],
    commercialRate: 24000,
    turnaroundDays: 2,
    rushAvailable: true,
    pitchHz: 128,
    demos: [
      { title: 'Game character reel', category: 'character' },
      { title: 'Radio ad for a bakery', category: 'commercial' },
    ],
  },
  {
    name: 'Lena Hoffmann',
    slug: 'lena-hoffmann',
    active: true,
    tagline: 'Clear, composed German voice for corporate and e-learning.',
    bio: 'Lena is a trained speaker from Hamburg who records German corporate films, product tutorials and telephone systems for DACH markets. Precise pronunciation of technical and medical terms.',
    languages: [
      { language: 'de', native: true },
      { language: 'en', native: false },
    ],
    gender: 'female',
    ageRange: 'adult',
    accents: ['hochdeutsch'],
    styles: ['calm', 'corporate', 'authoritative'],
    commercialRate: 27000,
    turnaroundDays: 3,
    rushAvailable: false,
    pitchHz: 190,
    demos: [
      { title: 'Medical device tutorial', category: 'e_learning' },
      { title: 'Bank phone menu', category: 'ivr' },
    ],
  },
  {
    name: 'Jonas Becker',
    slug: 'jonas-becker',
    active: true,
    tagline: 'Warm German baritone for documentaries and trusted brands.',
    bio: 'Jonas has narrated German documentaries on engineering, travel and nature for twenty years. Brands choose him when they want to sound experienced and reassuring rather than loud.',
    languages: [{ language: 'de', native: true }],
    gender: 'male',
    ageRange: 'mature',
    accents: ['hochdeutsch', 'bavarian'],
    styles: ['deep', 'warm', 'storyteller'],
    commercialRate: 32000,
    turnaroundDays: 4,
    rushAvailable: false,
    pitchHz: 104,
    demos: [
      { title: 'Engineering documentary', category: 'narration' },
      { title: 'Family business anniversary', category: 'corporate' },
    ],
  },
  {
    name: 'Camille Laurent',
    slug: 'camille-laurent',
    active: true,
    tagline: 'Charming Parisian voice for fashion, beauty and lifestyle.',
    bio: 'Camille voices French campaigns for cosmetics, fashion and travel brands, and the occasional animated heroine. She records in French and English from her studio in Brussels.',
    languages: [
      { language: 'fr', native: true },
      { language: 'en', native: false },
    ],
    gender: 'female',
    ageRange: 'young_adult',
    accents: ['parisian-french'],
    styles: ['warm', 'playful'],
    commercialRate: 26000,
    turnaroundDays: 2,
    rushAvailable: true,
    pitchHz: 212,
    demos: [
      { title: 'Perfume commercial', category: 'commercial' },
      { title: 'Animated heroine', category: 'character' },
    ],
  },
  {
    name: 'Julien Dubois',
    slug: 'julien-dubois',
    active: true,
    tagline: 'Bilingual Belgian voice, French and Flemish, for corporate work.',
    bio: 'Julien grew up in Brussels speaking French at home and Dutch at school. Belgian companies book him for bilingual corporate films, safety instructions and phone systems recorded in one session.',
    languages: [
      { language: 'fr', native: true },
      { language: 'nl-BE', native: false },
    ],
    gender: 'male',
    ageRange: 'adult',
    accents: ['belgian-french'],
    styles: ['authoritative', 'corporate'],
    commercialRate: 23000,
    turnaroundDays: 3,
    rushAvailable: true,
    pitchHz: 115,
    demos: [
      { title: 'Safety instructions', category: 'e_learning' },
      { title: 'Corporate year in review', category: 'corporate' },
    ],
  },
  {
    name: 'Sofía Martínez',
    slug: 'sofia-martinez',
    active: true,
    tagline: 'Energetic Castilian Spanish for tourism and retail.',
    bio: 'Sofía records Spanish commercials and tourism films for European brands targeting Spain. Her lively but clear read also suits explainer videos and in-store announcements.',
    languages: [
      { language: 'es', native: true },
      { language: 'en', native: false },
    ],
    gender: 'female',
    ageRange: 'adult',
    accents: ['castilian'],
    styles: ['energetic', 'warm'],
    commercialRate: 21000,
    turnaroundDays: 3,
    rushAvailable: false,
    pitchHz: 200,
    demos: [
      { title: 'Holiday destination spot', category: 'commercial' },
      { title: 'Hotel welcome film', category: 'narration' },
    ],
  },
  {
    name: 'Alex Verhoeven',
    slug: 'alex-verhoeven',
    active: true,
    tagline: 'Versatile Dutch voice for animation, games and youthful brands.',
    bio: 'Alex switches easily between a relaxed everyday voice and a gallery of animated characters. Dutch dubbing studios, indie game developers and youth campaigns are regular clients.',
    languages: [
      { language: 'nl', native: true },
      { language: 'en', native: false },
    ],
    gender: 'non_binary',
    ageRange: 'young_adult',
    accents: ['standard-dutch'],
    styles: ['playful', 'conversational', 'friendly'],
    commercialRate: 19000,
    turnaroundDays: 2,
    rushAvailable: true,
    pitchHz: 155,
    demos: [
      { title: 'Animated series character', category: 'character' },
      { title: 'Youth campaign', category: 'commercial' },
      { title: 'Museum app guide', category: 'e_learning' },
    ],
  },
  {
    name: 'Pieter Claes',
    slug: 'pieter-claes',
    // Hidden from the catalog: shows that inactive profiles stay out of sight.
    active: false,
    tagline: 'Seasoned Flemish narrator (on sabbatical).',
    bio: 'Pieter is taking a year off from recording. His profile stays in the system so the agency can reactivate it when he returns.',
    languages: [{ language: 'nl-BE', native: true }],
    gender: 'male',
    ageRange: 'mature',
    accents: ['flemish-ghent'],
    styles: ['calm', 'storyteller'],
    commercialRate: 26000,
    turnaroundDays: 5,
    rushAvailable: false,
    pitchHz: 108,
    demos: [{ title: 'Documentary narration', category: 'narration' }],
  },
]
