import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useJournal, type JournalEntry } from '@/features/journal/api/get-journal';
import './journal.css';

const ICONS: Record<string, string> = {
  CareGiven: '🫶',
  PetHatched: '🥚',
  StageReached: '🌱',
  TrickLearned: '🎓',
  PetFellSick: '🤒',
  PetEscaped: '🌊',
  PetReleased: '🌊',
  PetWaved: '👋',
  SnackGiven: '🍤',
  AchievementUnlocked: '🏆',
};

/** A pet's journal: searchable, newest first, more pages as you scroll. */
export function Journal({ petId, petName }: { petId: string; petName: string }) {
  const [query, setQuery] = useState('');
  const q = useDebouncedValue(query.trim(), 300);
  const journal = useJournal(petId, q);
  const searchId = useId();
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = journal;

  useEffect(() => {
    const target = sentinel.current;
    if (target === null || !hasNextPage || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((seen) => {
      if (seen.some((entry) => entry.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
    });
    observer.observe(target);
    return () => {
      observer.disconnect();
    };
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const entries = journal.data?.pages.flatMap((page) => page.entries) ?? [];
  const total = journal.data?.pages[0]?.totalEntries ?? 0;

  return (
    <div className="journal">
      <form
        className="journal__search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <label htmlFor={searchId} className="visually-hidden">
          Search {petName}’s journal
        </label>
        <input
          id={searchId}
          type="search"
          className="input"
          placeholder={`Search ${petName}’s journal…`}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
          }}
        />
      </form>

      {journal.isPending ? (
        <LoadingState>Leafing through the journal…</LoadingState>
      ) : journal.isError ? (
        <ErrorState
          error={journal.error}
          onRetry={() => void journal.refetch()}
          what="The journal"
        />
      ) : entries.length === 0 ? (
        <EmptyState icon={q ? '🔎' : '📖'} title={q ? `Nothing about “${q}”` : 'No entries yet'}>
          {q
            ? 'Try another word, or clear the search.'
            : `Everything you and ${petName} do together will be written here.`}
        </EmptyState>
      ) : (
        <>
          <p className="journal__count">
            {q ? `${String(total)} entries about “${q}”` : `${String(total)} entries`}
          </p>
          <ol className="journal__list" aria-label={`${petName}’s journal`}>
            {groupByDay(entries).map(([day, items]) => (
              <li key={day} className="journal__day">
                <h3 className="journal__day-title">{day}</h3>
                <ol className="journal__entries">
                  {items.map((entry) => (
                    <li key={entry.id} className="journal__entry" data-type={entry.type}>
                      <span className="journal__icon" aria-hidden="true">
                        {iconFor(entry)}
                      </span>
                      <p className="journal__text">{entry.text}</p>
                      <time className="journal__time" dateTime={entry.occurredAt}>
                        {timeOf(entry.occurredAt)}
                      </time>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
          <div ref={sentinel} className="journal__more">
            {hasNextPage ? (
              <Button
                variant="quiet"
                disabled={isFetchingNextPage}
                onClick={() => void fetchNextPage()}
              >
                {isFetchingNextPage ? 'Loading older entries…' : 'Load older entries'}
              </Button>
            ) : (
              <p className="journal__end">The first page of the story. 🥚</p>
            )}
          </div>
        </>
      )}
    </div>
  );
}

// Care entries share one event type; their words tell which care it was.
const CARE_ICONS: [RegExp, string][] = [
  [/\bate\b/, '🦐'],
  [/\bplayed\b/, '🎾'],
  [/\bclean/, '🫧'],
  [/\bsleep|\bfell asleep/, '🌙'],
  [/\bwoke\b/, '☀️'],
  [/\bstartled|\binked\b/, '💨'],
  [/\bstroke/, '🤲'],
  [/\blearned|\btrick|\btrain/, '🎓'],
  [/\bheal|\bbetter\b/, '💊'],
  [/\bvacation/, '🏝️'],
];

function iconFor(entry: JournalEntry): string {
  if (entry.type === 'CareGiven') {
    return CARE_ICONS.find(([pattern]) => pattern.test(entry.text))?.[1] ?? ICONS.CareGiven ?? '🫶';
  }
  return ICONS[entry.type] ?? '✨';
}

function groupByDay(entries: JournalEntry[]): [string, JournalEntry[]][] {
  const days = new Map<string, JournalEntry[]>();
  for (const entry of entries) {
    const day = dayOf(entry.occurredAt);
    const list = days.get(day) ?? [];
    list.push(entry);
    days.set(day, list);
  }
  return [...days.entries()];
}

function dayOf(iso: string): string {
  const date = new Date(iso);
  const today = new Date();
  const yesterday = new Date(today);
  yesterday.setDate(today.getDate() - 1);
  if (date.toDateString() === today.toDateString()) return 'Today';
  if (date.toDateString() === yesterday.toDateString()) return 'Yesterday';
  return date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
}

function timeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
