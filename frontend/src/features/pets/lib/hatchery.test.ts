import { describe, expect, it } from 'vitest';
import { nameProblem, SPECIES } from '@/features/pets/lib/hatchery';

describe('the hatchery', () => {
  it('accepts the names the server accepts', () => {
    expect(nameProblem('Inky')).toBeUndefined();
    expect(nameProblem("Sir Inks-a-lot O'Brine")).toBeUndefined();
    expect(nameProblem('Ölpaca 2')).toBeUndefined();
  });

  it('refuses empty, long, symbol-only and odd names, saying why', () => {
    expect(nameProblem('   ')).toBe('Give your octopus a name.');
    expect(nameProblem('x'.repeat(25))).toBe('At most 24 characters.');
    expect(nameProblem('Inky!')).toBe('Letters, digits, spaces, - and ’ only.');
    expect(nameProblem("- '")).toBe('At least one letter or digit.');
  });

  it('describes every species', () => {
    expect(SPECIES.map((s) => s.id)).toEqual([
      'COMMON',
      'GIANT_PACIFIC',
      'DUMBO',
      'BLUE_RINGED',
      'MIMIC',
    ]);
    for (const species of SPECIES) expect(species.blurb.length).toBeGreaterThan(20);
  });
});
