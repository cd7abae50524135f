import { describe, expect, it } from 'vitest';
import { outcomeMessages } from '@/features/pets/lib/outcomes';

describe('outcomeMessages', () => {
  it('celebrates a learned trick in the words of the brief', () => {
    expect(outcomeMessages('Inky', [{ kind: 'LearnedTrick', trick: 'SPIN' }])).toEqual([
      { tone: 'success', title: 'Inky learned SPIN!' },
    ]);
  });

  it('tells each happening of one action, in order', () => {
    const messages = outcomeMessages('Inky', [
      { kind: 'TrainingSucceeded', trick: 'JAR_OPEN', successes: 2, needed: 3 },
      { kind: 'FellAsleepExhausted' },
    ]);
    expect(messages.map((m) => m.title)).toEqual([
      'Good try! Inky did JAR OPEN (2 of 3).',
      'Inky was so tired it fell asleep.',
    ]);
  });

  it('marks a startle as bad news and a hatching as good news', () => {
    expect(outcomeMessages('Inky', [{ kind: 'StartledAndInked' }])[0]?.tone).toBe('error');
    expect(outcomeMessages('Inky', [{ kind: 'StageReached', stage: 'HATCHLING' }])[0]).toEqual({
      tone: 'success',
      title: 'Inky hatched!',
    });
    expect(outcomeMessages('Inky', [{ kind: 'StageReached', stage: 'ADULT' }])[0]?.title).toBe(
      'Inky is now an adult!',
    );
  });

  it('notices boring food', () => {
    expect(
      outcomeMessages('Inky', [{ kind: 'Fed', food: 'CLAM', sameFoodAgain: true }])[0],
    ).toEqual({
      tone: 'info',
      title: 'Inky ate the clam, but it’s getting a bit boring.',
    });
  });
});
