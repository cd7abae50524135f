import type { Schemas } from '@/lib/api/schemas';

export type Pet = Schemas['PetResponse'];
export type Food = Schemas['Fed']['food'];
export type Toy = Schemas['Played']['toy'];
export type Trick = Pet['tricks'][number];
export type Stage = Pet['stage'];
export type ActionType = Schemas['ActionRequest']['type'];

/** The API's limit on a pet's bio (`UpdateRequest.bio`, maxLength). */
export const BIO_MAX_LENGTH = 280;

export const FOODS: readonly Food[] = ['SHRIMP', 'CLAM', 'CRAB'];
export const TOYS: readonly Toy[] = ['BALL', 'JAR_PUZZLE', 'MIRROR', 'BUBBLES'];
export const TRICKS: readonly Trick[] = ['WAVE', 'SPIN', 'JAR_OPEN', 'COLOR_SHOW', 'CAMOUFLAGE'];

/** A care action as the pet API takes it. */
export type CareAction =
  | { type: 'FEED'; item: Food }
  | { type: 'PLAY'; item: Toy }
  | { type: 'TRAIN'; item: Trick }
  | { type: 'CLEAN' | 'SLEEP' | 'WAKE' | 'STROKE' | 'HEAL' }
  | { type: 'START_VACATION' | 'END_VACATION' };

/** The stable codes of DESIGN §2's refusals (the `code` of the API's 409 problem). */
export type Refusal =
  | 'NOT_HUNGRY'
  | 'ASLEEP'
  | 'EGG'
  | 'TOO_TIRED'
  | 'NOT_TIRED'
  | 'ALREADY_ASLEEP'
  | 'ALREADY_AWAKE'
  | 'TOO_YOUNG'
  | 'NOT_SICK'
  | 'ALREADY_LEARNED'
  | 'ON_VACATION'
  | 'ALREADY_ON_VACATION'
  | 'NOT_ON_VACATION'
  | 'TOO_SICK_FOR_VACATION'
  | 'GONE';

// The thresholds of DESIGN §2's action table (the server's CareActions).
const NOT_HUNGRY_FROM_SATIETY = 95;
const PLAY_ENERGY_COST = 10;
const TRAIN_ENERGY_COST = 15;
const NOT_TIRED_FROM_ENERGY = 80;
const VACATION_FROM_HEALTH = 30;
const STAGE_ORDER: readonly Stage[] = ['EGG', 'HATCHLING', 'JUVENILE', 'ADULT', 'ELDER'];

/**
 * Why the octopus would refuse `action` right now, or `null` when it would accept it: the rules of
 * DESIGN §2, in the server's order, so the UI can disable a button and say why before anyone clicks.
 * The server stays the authority (the pet may have changed since it was fetched); its 409 is shown
 * when the two disagree.
 */
export function refusalOf(pet: Pet, action: CareAction): Refusal | null {
  if (pet.status !== 'ACTIVE' && pet.status !== 'ON_VACATION') return 'GONE';
  const onVacation = pet.status === 'ON_VACATION';
  const { satiety, energy, health } = pet.needs;
  const egg = pet.stage === 'EGG';
  switch (action.type) {
    case 'START_VACATION':
      if (onVacation) return 'ALREADY_ON_VACATION';
      return pet.sick || health < VACATION_FROM_HEALTH ? 'TOO_SICK_FOR_VACATION' : null;
    case 'END_VACATION':
      return onVacation ? null : 'NOT_ON_VACATION';
    default:
      if (onVacation) return 'ON_VACATION';
  }
  switch (action.type) {
    case 'FEED':
      if (egg) return 'EGG';
      if (pet.asleep) return 'ASLEEP';
      if (action.item === 'CRAB' && pet.stage === 'HATCHLING') return 'TOO_YOUNG';
      return satiety >= NOT_HUNGRY_FROM_SATIETY ? 'NOT_HUNGRY' : null;
    case 'PLAY':
      if (egg) return 'EGG';
      if (pet.asleep) return 'ASLEEP';
      return energy < PLAY_ENERGY_COST ? 'TOO_TIRED' : null;
    case 'CLEAN':
      return null;
    case 'SLEEP':
      if (egg) return 'EGG';
      if (pet.asleep) return 'ALREADY_ASLEEP';
      return energy >= NOT_TIRED_FROM_ENERGY ? 'NOT_TIRED' : null;
    case 'WAKE':
      if (egg) return 'EGG';
      if (!pet.asleep) return 'ALREADY_AWAKE';
      return energy <= 0 ? 'TOO_TIRED' : null;
    case 'STROKE':
      if (egg) return 'EGG';
      return pet.asleep ? 'ASLEEP' : null;
    case 'TRAIN':
      if (STAGE_ORDER.indexOf(pet.stage) < STAGE_ORDER.indexOf('JUVENILE')) return 'TOO_YOUNG';
      if (pet.asleep) return 'ASLEEP';
      if (energy < TRAIN_ENERGY_COST) return 'TOO_TIRED';
      return pet.tricks.includes(action.item) ? 'ALREADY_LEARNED' : null;
    case 'HEAL':
      return pet.sick ? null : 'NOT_SICK';
  }
}

/** What the owner reads when the octopus refuses (the server's RefusalMessages, word for word). */
export function refusalMessage(refusal: Refusal, name: string): string {
  switch (refusal) {
    case 'NOT_HUNGRY':
      return `${name} is not hungry right now.`;
    case 'ASLEEP':
      return `${name} is asleep. Let it rest, or wake it first.`;
    case 'EGG':
      return `${name} is still an egg.`;
    case 'TOO_TIRED':
      return `${name} is too tired for that.`;
    case 'NOT_TIRED':
      return `${name} is not tired yet.`;
    case 'ALREADY_ASLEEP':
      return `${name} is already asleep.`;
    case 'ALREADY_AWAKE':
      return `${name} is already awake.`;
    case 'TOO_YOUNG':
      return `${name} is too young for that.`;
    case 'NOT_SICK':
      return `${name} is not sick.`;
    case 'ALREADY_LEARNED':
      return `${name} already knows that trick.`;
    case 'ON_VACATION':
      return `${name} is on vacation. End the vacation first.`;
    case 'ALREADY_ON_VACATION':
      return `${name} is already on vacation.`;
    case 'NOT_ON_VACATION':
      return `${name} is not on vacation.`;
    case 'TOO_SICK_FOR_VACATION':
      return `${name} is too unwell to be left alone. Heal it first.`;
    case 'GONE':
      return `${name} has gone to the sea.`;
  }
}

/** `JAR_PUZZLE` → `jar puzzle`. */
export function words(code: string): string {
  return code.toLowerCase().replaceAll('_', ' ');
}
