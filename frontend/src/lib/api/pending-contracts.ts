/**
 * PENDING CONTRACTS — hand-written types for endpoints that other branches are building in
 * parallel and that are not yet in `openapi.json` (see /work/notes/brief.md, "Shared contracts").
 *
 * This is the ONLY hand-written API type file. Once the server's OpenAPI document describes these
 * endpoints, delete this file, regenerate the types (`npm run generate:api`) and switch each import
 * below to the generated `Schemas['…']` type; the compiler will point at every use.
 *
 * Waiting for: `GET /api/v1/stream` (SSE, branch `live`), `GET /api/v1/reef/*` and the pet's `bio`
 * (branch `search`), `GET /api/v1/pets/{id}/journal?q=` (branch `search`).
 */
import type { Schemas } from '@/lib/api/schemas';

type Species = Schemas['PetResponse']['species'];
type Stage = Schemas['PetResponse']['stage'];
type Mood = Schemas['PetResponse']['mood'];
type Skin = Schemas['PetResponse']['skin'];
type Trick = Schemas['PetResponse']['tricks'][number];

/** `GET /api/v1/reef/search` item. */
export interface ReefPet {
  id: string;
  name: string;
  species: Species;
  stage: Stage;
  personality?: string | null;
  tricks: Trick[];
  ownerName: string;
  bio?: string | null;
  waves: number;
  hatchedAt?: string | null;
  color: string;
  /** Only `<em>` marks matches; rendered through a sanitiser that keeps nothing else. */
  highlights?: { name?: string; bio?: string };
}

export type ReefFacet = Record<string, number>;

/** `GET /api/v1/reef/search?q=&species=&stage=&personality=&sort=&page=&size=` */
export interface ReefSearchPage {
  items: ReefPet[];
  page: number;
  size: number;
  total: number;
  facets: { species?: ReefFacet; stage?: ReefFacet; personality?: ReefFacet };
}

export type ReefSort = 'relevance' | 'age' | 'waves';

/** `GET /api/v1/reef/suggest?prefix=` */
export interface ReefSuggestions {
  suggestions: { id: string; name: string; species: Species; stage: Stage }[];
}

/** `GET /api/v1/reef/pets/{id}`: a public profile. */
export interface ReefProfile extends Omit<ReefPet, 'highlights'> {
  mood: Mood;
  skin: Skin;
}

/** `POST /api/v1/reef/pets/{id}/wave` */
export interface WaveResult {
  waves: number;
}

/** `PATCH /api/v1/pets/{id}` gains `bio` (≤ 280 characters). */
export const BIO_MAX_LENGTH = 280;
export interface PetBioPatch {
  bio: string;
}
/** The pet API's answer gains `bio` once the search branch lands. */
export interface PetBio {
  bio?: string | null;
}

/** `GET /api/v1/stream`: event names the UI reacts to (`event:` lines). */
export type StreamEventName =
  | 'pet.care-given'
  | 'pet.hatched'
  | 'pet.stage-reached'
  | 'pet.trick-learned'
  | 'pet.fell-sick'
  | 'pet.escaped'
  | 'pet.released'
  | 'pet.profile-changed'
  | 'notification.posted'
  | 'achievement.unlocked'
  | 'reef.pet-waved'
  | 'resync';

/** `data:` of `notification.posted`. */
export interface NotificationPostedEvent {
  eventId: string;
  notificationId: string;
  userId: string;
  petId?: string | null;
  kind: string;
  title: string;
  body: string;
  occurredAt: string;
}

/** `data:` of `reef.pet-waved`. */
export interface PetWavedEvent {
  eventId: string;
  petId: string;
  ownerId: string;
  petName: string;
  visitorId: string;
  visitorName: string;
  occurredAt: string;
}
