import sharp from 'sharp'

import type { Random } from './random'
import { createRandom, hashSeed } from './random'

/**
 * Artist photos made from nothing: a flat illustration of a person in studio headphones in front of
 * a microphone, on a soft gradient. Colours, hair and pose vary with the seed. Pure and
 * deterministic: the same name and seed always give the same image.
 */

export type PhotoOptions = {
  /** Whose portrait this is; it varies the picture together with the seed. */
  name: string
  seed: number
  /** 4:5 like the catalog cards; defaults to 960 × 1200, the size of the largest variant. */
  width?: number
  height?: number
}

const skinTones = ['#f6d7c3', '#eec1a2', '#d8a07c', '#b97a56', '#8d5a3b', '#6a4029']
const hairColours = ['#2b1d16', '#4a2e1f', '#7a4a2a', '#b5793f', '#d9b26f', '#8e8e8e', '#1c1c28']
const hairStyles = ['short', 'long', 'bun', 'curly', 'buzz', 'bob'] as const
type HairStyle = (typeof hairStyles)[number]

const hsl = (hue: number, saturation: number, lightness: number) =>
  `hsl(${Math.round(hue) % 360}, ${Math.round(saturation)}%, ${Math.round(lightness)}%)`

/** Hair is drawn in two parts: what falls behind the head and what frames the face. */
const hair = (style: HairStyle, colour: string): { back: string; front: string } => {
  // The head is an ellipse centred at (480, 520), 304 wide and 372 high: its crown is at y = 334.
  switch (style) {
    case 'long':
      return {
        back: `<path d="M296 500 C280 250 680 250 664 500 L700 900 C610 950 350 950 260 900 Z" fill="${colour}"/>`,
        front: `<path d="M318 540 C290 240 670 240 642 540 C630 440 570 390 500 380 C440 420 370 440 318 540 Z" fill="${colour}"/>`,
      }
    case 'bun':
      return {
        back: `<circle cx="480" cy="300" r="80" fill="${colour}"/>`,
        front: `<path d="M322 500 C300 250 660 250 638 500 C600 420 360 420 322 500 Z" fill="${colour}"/>`,
      }
    case 'curly': {
      const curls = [
        [330, 470],
        [345, 405],
        [385, 355],
        [440, 325],
        [500, 318],
        [560, 335],
        [605, 375],
        [630, 435],
        [636, 500],
        [324, 530],
      ]
        .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="50" fill="${colour}"/>`)
        .join('')
      return { back: '', front: curls }
    }
    case 'buzz':
      return {
        back: '',
        front: `<path d="M326 470 C315 290 645 290 634 470 C590 410 370 410 326 470 Z" fill="${colour}" opacity="0.8"/>`,
      }
    case 'bob':
      return {
        back: `<path d="M300 500 C280 260 680 260 660 500 L672 700 C610 735 350 735 288 700 Z" fill="${colour}"/>`,
        front: `<path d="M314 560 C280 230 680 230 646 560 C640 450 600 420 480 430 C380 425 330 450 314 560 Z" fill="${colour}"/>`,
      }
    default:
      return {
        back: '',
        front: `<path d="M320 505 C300 250 662 250 640 505 C620 430 570 400 505 396 C430 392 360 425 320 505 Z" fill="${colour}"/>`,
      }
  }
}

/** Soft glowing circles in the background, like out-of-focus studio lights. */
const lights = (random: Random, hue: number): string =>
  Array.from({ length: 5 }, (_, i) => {
    const x = random.between(60, 900)
    const y = random.between(60, 700)
    const r = random.between(70, 190)
    return `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${r.toFixed(0)}" fill="url(#light${i % 2})" opacity="${random.between(0.35, 0.7).toFixed(2)}"/>`
  }).join('') +
  `<defs>
    <radialGradient id="light0"><stop offset="0" stop-color="${hsl(hue + 30, 90, 85)}" stop-opacity="0.9"/><stop offset="1" stop-color="${hsl(hue + 30, 90, 85)}" stop-opacity="0"/></radialGradient>
    <radialGradient id="light1"><stop offset="0" stop-color="#ffffff" stop-opacity="0.7"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient>
  </defs>`

export const portraitSvg = ({ name, seed, width = 960, height = 1200 }: PhotoOptions): string => {
  const random = createRandom(seed ^ hashSeed(name))
  const hue = random.between(0, 360)
  const hueShift = random.between(35, 90)
  const skin = random.pick(skinTones)
  const hairColour = random.pick(hairColours)
  const style = random.pick(hairStyles)
  const clothing = hsl(hue + 180 + random.between(-30, 30), random.between(35, 65), 32)
  const headphones = random.pick(['#1f2330', '#f2f2f2', hsl(hue + 150, 70, 45)])
  const micSide = random.chance(0.5) ? 1 : -1
  const tilt = random.between(-4, 4)
  const { back, front } = hair(style, hairColour)
  const micX = 480 + micSide * 200

  // Drawn on a 960 × 1200 canvas and scaled by the viewBox to the size asked for.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 960 1200">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${hsl(hue, 70, 62)}"/>
      <stop offset="1" stop-color="${hsl(hue + hueShift, 65, 38)}"/>
    </linearGradient>
    <linearGradient id="shade" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0.55" stop-color="#000" stop-opacity="0"/>
      <stop offset="1" stop-color="#000" stop-opacity="0.18"/>
    </linearGradient>
  </defs>
  <rect width="960" height="1200" fill="url(#bg)"/>
  ${lights(random, hue)}
  <g transform="rotate(${tilt.toFixed(1)} 480 900)">
    ${back}
    <path d="M130 1200 C140 960 290 840 480 840 C670 840 820 960 830 1200 Z" fill="${clothing}"/>
    <rect x="425" y="640" width="110" height="200" rx="40" fill="${skin}"/>
    <path d="M425 760 C450 800 510 800 535 760 L535 840 L425 840 Z" fill="#000" opacity="0.12"/>
    <path d="M405 842 L480 930 L555 842 Z" fill="${skin}"/>
    <ellipse cx="480" cy="520" rx="152" ry="186" fill="${skin}"/>
    <ellipse cx="480" cy="520" rx="152" ry="186" fill="url(#shade)"/>
    ${front}
    <path d="M312 520 C300 250 660 250 648 520" fill="none" stroke="${headphones}" stroke-width="26" stroke-linecap="round"/>
    <rect x="282" y="455" width="66" height="140" rx="30" fill="${headphones}"/>
    <rect x="612" y="455" width="66" height="140" rx="30" fill="${headphones}"/>
  </g>
  <g transform="translate(${micX} 800) rotate(${micSide * -18})">
    <rect x="-12" y="120" width="24" height="420" fill="#2a2d36"/>
    <rect x="-55" y="-110" width="110" height="240" rx="55" fill="#3a3f4b"/>
    <rect x="-55" y="-110" width="110" height="240" rx="55" fill="url(#shade)"/>
    ${[-60, -25, 10, 45, 80].map((y) => `<line x1="-48" y1="${y}" x2="48" y2="${y}" stroke="#5d6474" stroke-width="6"/>`).join('')}
    <rect x="-68" y="100" width="136" height="34" rx="12" fill="#23262e"/>
  </g>
</svg>`
}

/** A JPEG portrait (see portraitSvg), rendered with sharp. */
export const generatePhoto = async (options: PhotoOptions): Promise<Buffer> =>
  sharp(Buffer.from(portraitSvg(options)))
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 84, mozjpeg: true })
    .toBuffer()
