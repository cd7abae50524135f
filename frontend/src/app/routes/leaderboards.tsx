import { Leaderboards } from '@/features/leaderboards/components/leaderboards';

export function LeaderboardsRoute() {
  return (
    <>
      <title>Leaderboards · Pytopus</title>
      <h1 className="page-title">Leaderboards</h1>
      <p className="page-lede">The oldest, cleverest, best-loved and most-waved-at octopuses.</p>
      <Leaderboards />
    </>
  );
}
