import { useId, useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useLeaderboard, type BoardSlug } from '@/features/leaderboards/api/get-leaderboard';
import './leaderboards.css';

const BOARDS: readonly {
  slug: BoardSlug;
  title: string;
  icon: string;
  unit: (n: number) => string;
}[] = [
  {
    slug: 'oldest',
    title: 'Oldest',
    icon: '🐢',
    unit: (h) => (h < 48 ? `${String(h)} h` : `${String(Math.floor(h / 24))} days`),
  },
  {
    slug: 'most-tricks',
    title: 'Most tricks',
    icon: '🎓',
    unit: (n) => `${String(n)} ${n === 1 ? 'trick' : 'tricks'}`,
  },
  {
    slug: 'longest-streak',
    title: 'Longest streak',
    icon: '🔥',
    unit: (n) => `${String(n)} ${n === 1 ? 'day' : 'days'}`,
  },
  {
    slug: 'most-waves',
    title: 'Most waves',
    icon: '👋',
    unit: (n) => `${String(n)} ${n === 1 ? 'wave' : 'waves'}`,
  },
];

const MEDALS = ['🥇', '🥈', '🥉'];

/** The four leaderboards, one tab each, with the signed-in user's best rank. */
export function Leaderboards() {
  const [board, setBoard] = useState<BoardSlug>('oldest');
  const baseId = useId();
  const current = BOARDS.find((b) => b.slug === board) ?? BOARDS[0];
  const data = useLeaderboard(board);

  return (
    <div className="boards">
      <div className="boards__tabs" role="tablist" aria-label="Leaderboards">
        {BOARDS.map((b) => (
          <button
            key={b.slug}
            id={`${baseId}-${b.slug}`}
            type="button"
            role="tab"
            aria-selected={board === b.slug}
            aria-controls={`${baseId}-panel`}
            className="boards__tab"
            onClick={() => {
              setBoard(b.slug);
            }}
          >
            <span aria-hidden="true">{b.icon}</span> {b.title}
          </button>
        ))}
      </div>
      <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={`${baseId}-${board}`}>
        {data.isPending ? (
          <LoadingState>Counting octopuses…</LoadingState>
        ) : data.isError ? (
          <ErrorState
            error={data.error}
            what="The leaderboard"
            onRetry={() => void data.refetch()}
          />
        ) : data.data.entries.length === 0 ? (
          <EmptyState icon="🏁" title="Nobody on this board yet">
            Keep caring for your octopus and it may be the first.
          </EmptyState>
        ) : (
          <>
            <p className="boards__mine">
              {data.data.myRank != null
                ? `Your best octopus is #${String(data.data.myRank)} here.`
                : 'None of your octopuses is on this board yet.'}
            </p>
            <ol className="boards__list">
              {data.data.entries.map((entry) => (
                <li
                  key={entry.petId}
                  className={`boards__row${entry.rank <= 3 ? ' boards__row--top' : ''}`}
                >
                  <span className="boards__rank" aria-label={`Rank ${String(entry.rank)}`}>
                    {MEDALS[entry.rank - 1] ?? `#${String(entry.rank)}`}
                  </span>
                  <span className="boards__who">
                    <span className="boards__pet">{entry.petName}</span>
                    <span className="boards__owner">{entry.ownerDisplayName}</span>
                  </span>
                  <span className="boards__score">{current?.unit(entry.score)}</span>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
