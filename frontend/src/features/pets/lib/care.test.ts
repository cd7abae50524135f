import { describe, expect, it } from 'vitest';
import { aPet } from '@/testing/pets';
import { refusalMessage, refusalOf } from '@/features/pets/lib/care';

describe('refusalOf mirrors DESIGN §2', () => {
  it('accepts food from a hungry, awake octopus', () => {
    expect(
      refusalOf(aPet({ needs: { satiety: 40 } }), { type: 'FEED', item: 'SHRIMP' }),
    ).toBeNull();
  });

  it('refuses food from a full octopus from 95 satiety on', () => {
    expect(refusalOf(aPet({ needs: { satiety: 95 } }), { type: 'FEED', item: 'CLAM' })).toBe(
      'NOT_HUNGRY',
    );
    expect(
      refusalOf(aPet({ needs: { satiety: 94.9 } }), { type: 'FEED', item: 'CLAM' }),
    ).toBeNull();
  });

  it('keeps crab from hatchlings, but not from juveniles', () => {
    expect(refusalOf(aPet({ stage: 'HATCHLING' }), { type: 'FEED', item: 'CRAB' })).toBe(
      'TOO_YOUNG',
    );
    expect(refusalOf(aPet({ stage: 'HATCHLING' }), { type: 'FEED', item: 'SHRIMP' })).toBeNull();
    expect(refusalOf(aPet({ stage: 'JUVENILE' }), { type: 'FEED', item: 'CRAB' })).toBeNull();
  });

  it('lets an egg do nothing but be cleaned, and says it is an egg before anything else', () => {
    const egg = aPet({ stage: 'EGG', needs: { satiety: 99 } });
    expect(refusalOf(egg, { type: 'FEED', item: 'SHRIMP' })).toBe('EGG');
    expect(refusalOf(egg, { type: 'PLAY', item: 'BALL' })).toBe('EGG');
    expect(refusalOf(egg, { type: 'STROKE' })).toBe('EGG');
    expect(refusalOf(egg, { type: 'TRAIN', item: 'SPIN' })).toBe('TOO_YOUNG');
    expect(refusalOf(egg, { type: 'CLEAN' })).toBeNull();
  });

  it('refuses play below 10 energy and training below 15', () => {
    const tired = aPet({ needs: { energy: 9.5 } });
    expect(refusalOf(tired, { type: 'PLAY', item: 'BALL' })).toBe('TOO_TIRED');
    const drowsy = aPet({ needs: { energy: 12 } });
    expect(refusalOf(drowsy, { type: 'PLAY', item: 'BALL' })).toBeNull();
    expect(refusalOf(drowsy, { type: 'TRAIN', item: 'SPIN' })).toBe('TOO_TIRED');
  });

  it('lets a sleeper be cleaned and woken, and nothing else', () => {
    const asleep = aPet({ asleep: true, mood: 'ASLEEP', needs: { energy: 50 } });
    expect(refusalOf(asleep, { type: 'FEED', item: 'SHRIMP' })).toBe('ASLEEP');
    expect(refusalOf(asleep, { type: 'STROKE' })).toBe('ASLEEP');
    expect(refusalOf(asleep, { type: 'SLEEP' })).toBe('ALREADY_ASLEEP');
    expect(refusalOf(asleep, { type: 'CLEAN' })).toBeNull();
    expect(refusalOf(asleep, { type: 'WAKE' })).toBeNull();
    expect(refusalOf(aPet({ asleep: true, needs: { energy: 0 } }), { type: 'WAKE' })).toBe(
      'TOO_TIRED',
    );
  });

  it('will not put a rested octopus to bed', () => {
    expect(refusalOf(aPet({ needs: { energy: 80 } }), { type: 'SLEEP' })).toBe('NOT_TIRED');
    expect(refusalOf(aPet({ needs: { energy: 79 } }), { type: 'SLEEP' })).toBeNull();
    expect(refusalOf(aPet(), { type: 'WAKE' })).toBe('ALREADY_AWAKE');
  });

  it('trains juveniles and up, but not a trick they know', () => {
    expect(refusalOf(aPet({ stage: 'HATCHLING' }), { type: 'TRAIN', item: 'SPIN' })).toBe(
      'TOO_YOUNG',
    );
    expect(refusalOf(aPet({ tricks: ['SPIN'] }), { type: 'TRAIN', item: 'SPIN' })).toBe(
      'ALREADY_LEARNED',
    );
    expect(refusalOf(aPet({ tricks: ['SPIN'] }), { type: 'TRAIN', item: 'WAVE' })).toBeNull();
  });

  it('heals only the sick', () => {
    expect(refusalOf(aPet(), { type: 'HEAL' })).toBe('NOT_SICK');
    expect(refusalOf(aPet({ sick: true }), { type: 'HEAL' })).toBeNull();
  });

  it('freezes everything on vacation except ending it, and refuses a vacation while unwell', () => {
    const away = aPet({ status: 'ON_VACATION' });
    expect(refusalOf(away, { type: 'CLEAN' })).toBe('ON_VACATION');
    expect(refusalOf(away, { type: 'START_VACATION' })).toBe('ALREADY_ON_VACATION');
    expect(refusalOf(away, { type: 'END_VACATION' })).toBeNull();
    expect(refusalOf(aPet(), { type: 'END_VACATION' })).toBe('NOT_ON_VACATION');
    expect(refusalOf(aPet({ sick: true }), { type: 'START_VACATION' })).toBe(
      'TOO_SICK_FOR_VACATION',
    );
    expect(refusalOf(aPet({ needs: { health: 29 } }), { type: 'START_VACATION' })).toBe(
      'TOO_SICK_FOR_VACATION',
    );
    expect(refusalOf(aPet({ needs: { health: 30 } }), { type: 'START_VACATION' })).toBeNull();
  });

  it('does nothing for an octopus that has gone to the sea', () => {
    expect(refusalOf(aPet({ status: 'ESCAPED' }), { type: 'CLEAN' })).toBe('GONE');
    expect(refusalOf(aPet({ status: 'RELEASED' }), { type: 'END_VACATION' })).toBe('GONE');
  });

  it('words refusals the way the server does', () => {
    expect(refusalMessage('NOT_HUNGRY', 'Inky')).toBe('Inky is not hungry right now.');
    expect(refusalMessage('TOO_SICK_FOR_VACATION', 'Bob')).toBe(
      'Bob is too unwell to be left alone. Heal it first.',
    );
  });
});
