import type { Schemas } from '@/lib/api/schemas';

type Pet = Schemas['PetResponse'];

/** A hatchling as the pet API returns it, with the given changes (needs merge). */
export function aPet(
  changes: Partial<Omit<Pet, 'needs'>> & { needs?: Partial<Pet['needs']> } = {},
): Pet {
  const { needs, ...rest } = changes;
  return {
    id: '7d1f1a52-1111-4c53-9a51-6c3c1d5e0a01',
    name: 'Inky',
    color: '#c8553d',
    species: 'COMMON',
    stage: 'JUVENILE',
    status: 'ACTIVE',
    asleep: false,
    sick: false,
    needs: { satiety: 60, joy: 60, energy: 60, cleanliness: 60, health: 90, ...needs },
    trust: 30,
    ink: 100,
    mood: 'CONTENT',
    skin: { color: '#c8553d', pattern: 'SOLID' },
    tricks: [],
    personality: 'UNFORMED',
    ageSeconds: 200_000,
    public: false,
    updatedAt: '2026-11-28T00:00:00Z',
    ...rest,
  };
}
