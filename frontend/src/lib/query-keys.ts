/**
 * Query keys shared by the features and the live event stream: the stream invalidates by these
 * prefixes without knowing any feature, and features never need each other's keys.
 */
export const queryKeys = {
  me: ['me'] as const,
  pets: ['pets'] as const,
  pet: (petId: string) => ['pets', petId] as const,
  journal: (petId: string) => ['journal', petId] as const,
  journalPrefix: ['journal'] as const,
  notifications: ['notifications'] as const,
  reef: ['reef'] as const,
  leaderboards: ['leaderboards'] as const,
  achievements: ['achievements'] as const,
};
