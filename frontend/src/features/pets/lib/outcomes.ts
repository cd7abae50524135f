import type { Schemas } from '@/lib/api/schemas';
import type { ToastTone } from '@/components/ui/toast-store';
import { words } from '@/features/pets/lib/care';

type Happening = Schemas['Applied']['happenings'][number];

export interface OutcomeMessage {
  tone: ToastTone;
  title: string;
}

const trickName = (trick: string) => trick.replaceAll('_', ' ');

/** What an applied action did, in words, one message per happening (the server's structured outcome). */
export function outcomeMessages(name: string, happenings: readonly Happening[]): OutcomeMessage[] {
  return happenings.map((happening) => outcomeMessage(name, happening));
}

export function outcomeMessage(name: string, h: Happening): OutcomeMessage {
  const ok = (title: string): OutcomeMessage => ({ tone: 'success', title });
  const info = (title: string): OutcomeMessage => ({ tone: 'info', title });
  switch (h.kind) {
    case 'Fed':
      return h.sameFoodAgain
        ? info(`${name} ate the ${words(h.food)}, but it’s getting a bit boring.`)
        : ok(`${name} gobbled up the ${words(h.food)}!`);
    case 'Played':
      return h.sameToyAgain
        ? info(`${name} played with the ${words(h.toy)} again. Less thrilling the second time.`)
        : ok(`${name} loved the ${words(h.toy)}!`);
    case 'Cleaned':
      return ok(`Sparkling water! ${name}’s tank is clean.`);
    case 'WentToSleep':
      return info(`Lights off. Sweet dreams, ${name}.`);
    case 'WokeUp':
      return h.groggy ? info(`${name} woke up groggy.`) : ok(`Good morning, ${name}!`);
    case 'Stroked':
      return ok(`${name} curls an arm around your finger.`);
    case 'StartledAndInked':
      return { tone: 'error', title: `${name} got startled and inked!` };
    case 'TrainingSucceeded':
      return ok(
        `Good try! ${name} did ${trickName(h.trick)} (${String(h.successes)} of ${String(h.needed)}).`,
      );
    case 'TrainingFailed':
      return info(`${name} didn’t get ${trickName(h.trick)} this time.`);
    case 'LearnedTrick':
      return ok(`${name} learned ${trickName(h.trick)}!`);
    case 'Healed':
      return ok(`${name} feels better.`);
    case 'FellAsleepExhausted':
      return info(`${name} was so tired it fell asleep.`);
    case 'VacationStarted':
      return info(`${name} is on vacation. Time stands still in the tank.`);
    case 'VacationEnded':
      return ok(`Welcome back! ${name}’s vacation is over.`);
    case 'Released':
      return info(`${name} swam off to the sea. Farewell!`);
    case 'StageReached':
      return h.stage === 'HATCHLING'
        ? ok(`${name} hatched!`)
        : ok(
            `${name} is now ${h.stage === 'ADULT' || h.stage === 'ELDER' ? 'an' : 'a'} ${words(h.stage)}!`,
          );
    case 'PersonalityFormed':
      return ok(`${name} turned out ${words(h.personality)}.`);
    case 'FellSick':
      return { tone: 'error', title: `${name} fell sick.` };
    case 'Escaped':
      return { tone: 'error', title: `${name} escaped down the drain to the sea.` };
  }
}
