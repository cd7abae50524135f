import type { Species } from '@/components/octopus/skin';

export const SPECIES: readonly { id: Species; name: string; blurb: string }[] = [
  {
    id: 'COMMON',
    name: 'Common octopus',
    blurb: 'Clever, curious and easy-going. The classic first octopus.',
  },
  {
    id: 'GIANT_PACIFIC',
    name: 'Giant Pacific',
    blurb: 'Grows slowly and majestically: every stage lasts half as long again.',
  },
  {
    id: 'DUMBO',
    name: 'Dumbo',
    blurb: 'A deep-sea cutie with ear-like fins. Tires 20% more slowly.',
  },
  {
    id: 'BLUE_RINGED',
    name: 'Blue-ringed',
    blurb: 'Small, glowing and wary: trust grows half as fast, and means more.',
  },
  {
    id: 'MIMIC',
    name: 'Mimic',
    blurb: 'A master of disguise that learns tricks 50% faster.',
  },
];

export const COLOURS: readonly { value: string; name: string }[] = [
  { value: '#c8553d', name: 'Sandy red' },
  { value: '#ff6f61', name: 'Coral' },
  { value: '#f28c28', name: 'Tangerine' },
  { value: '#e9c46a', name: 'Sunlit sand' },
  { value: '#2a9d8f', name: 'Lagoon' },
  { value: '#6c63ff', name: 'Twilight' },
  { value: '#d46fb1', name: 'Anemone pink' },
  { value: '#8d6e63', name: 'Driftwood' },
];

/** The server's rule for names (PetNames): 1–24 letters, digits, spaces, - and ', not only blanks. */
export function nameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'Give your octopus a name.';
  if (trimmed.length > 24) return 'At most 24 characters.';
  if (!/^[\p{L}\p{N} '-]+$/u.test(trimmed)) return 'Letters, digits, spaces, - and ’ only.';
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return 'At least one letter or digit.';
  return undefined;
}
