import type { Schemas } from '@/lib/api/schemas';

export type Mood = Schemas['PetResponse']['mood'];
export type SkinPattern = Schemas['Skin']['pattern'];
export type Stage = Schemas['PetResponse']['stage'];
export type Species = Schemas['PetResponse']['species'];

interface MoodLook {
  /** The colour DESIGN §2 gives the mood; the API sends the same, this is the fallback. */
  color: string;
  pattern: SkinPattern;
  /** How the skin looks, in words (for the drawing's accessible name). */
  words: string;
  /** How the octopus feels, for people. */
  feeling: string;
}

/** DESIGN §2, "Mood and skin": each mood's colour and pattern. */
export const MOOD_LOOKS: Record<Mood, MoodLook> = {
  ASLEEP: {
    color: '#e8ddd3',
    pattern: 'DREAM_FLASHES',
    words: 'pale, with slow dream flashes',
    feeling: 'Asleep',
  },
  SICK: { color: '#f4f1ec', pattern: 'BLOTCHY', words: 'blotchy white', feeling: 'Sick' },
  SCARED: {
    color: '#3a3347',
    pattern: 'FLASHING',
    words: 'flashing dark, inking',
    feeling: 'Scared',
  },
  STARVING: { color: '#f3ebe2', pattern: 'SOLID', words: 'very pale', feeling: 'Starving' },
  TIRED: { color: '#5c1a24', pattern: 'SOLID', words: 'dark maroon', feeling: 'Tired' },
  FILTHY: {
    color: '#6b7563',
    pattern: 'SOLID',
    words: 'murky green-grey',
    feeling: 'Filthy water',
  },
  HUNGRY: { color: '#e3cfa8', pattern: 'SOLID', words: 'pale sand', feeling: 'Hungry' },
  BORED: { color: '#8e8e8e', pattern: 'MOTTLED', words: 'mottled grey', feeling: 'Bored' },
  ECSTATIC: {
    color: '#ff6f61',
    pattern: 'RIPPLING',
    words: 'bright coral, rippling',
    feeling: 'Ecstatic',
  },
  HAPPY: { color: '#f28c28', pattern: 'SOLID', words: 'warm orange', feeling: 'Happy' },
  CONTENT: { color: '#c8553d', pattern: 'SOLID', words: 'sandy red', feeling: 'Content' },
};

export interface SkinLook {
  /** The body colour: the mood's skin, tinted a little by the octopus's own colour. */
  body: string;
  /** The octopus's own colour (chosen at the hatchery), for its spots, rings or stripes. */
  accent: string;
  pattern: SkinPattern;
  /** The lights are off while it sleeps. */
  lightsOff: boolean;
  /** A scared octopus squirts ink. */
  inking: boolean;
  words: string;
  feeling: string;
}

/** How much of its own colour shows through the mood's skin. */
const OWN_COLOUR_SHARE = 0.18;

/**
 * The look of an octopus from what the API says: its mood, the skin the server derived from it
 * (preferred, so server and UI never disagree) and the colour chosen at the hatchery.
 */
export function skinLook(
  mood: Mood,
  skin: { color: string; pattern: SkinPattern } | undefined,
  ownColor: string | undefined,
): SkinLook {
  const look = MOOD_LOOKS[mood];
  const moodColor = skin?.color ?? look.color;
  const accent = ownColor ?? moodColor;
  return {
    body: ownColor ? mix(moodColor, ownColor, OWN_COLOUR_SHARE) : moodColor,
    accent,
    pattern: skin?.pattern ?? look.pattern,
    lightsOff: mood === 'ASLEEP',
    inking: mood === 'SCARED',
    words: look.words,
    feeling: look.feeling,
  };
}

/** Mixes two `#rrggbb` colours in sRGB: `share` of `b` into `a`. */
export function mix(a: string, b: string, share: number): string {
  const ca = parseHex(a);
  const cb = parseHex(b);
  if (ca === undefined || cb === undefined) return a;
  const channel = (i: 0 | 1 | 2) => Math.round(ca[i] * (1 - share) + cb[i] * share);
  return `#${[channel(0), channel(1), channel(2)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function parseHex(color: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return undefined;
  return [
    parseInt(match[1] ?? '0', 16),
    parseInt(match[2] ?? '0', 16),
    parseInt(match[3] ?? '0', 16),
  ];
}
