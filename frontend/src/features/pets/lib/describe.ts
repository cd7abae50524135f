import { skinLook } from '@/components/octopus/skin';
import { words, type Pet } from '@/features/pets/lib/care';

/** The speaking name of the drawing: who, what, and how it looks. */
export function describeOctopus(pet: Pet): string {
  const look = skinLook(pet.mood, pet.skin, pet.color);
  if (pet.stage === 'EGG') return `${pet.name}, still an egg, wobbling now and then`;
  return `${pet.name}, a ${words(pet.stage)} ${words(pet.species)} octopus, ${look.feeling.toLowerCase()}: skin ${look.words}`;
}
