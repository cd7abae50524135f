import type { components } from '@/lib/api/schema';

/**
 * The API's schemas, generated from the server's OpenAPI document (`openapi.json`, kept up to date
 * by the server's OpenApiIT) by openapi-typescript into `schema.d.ts`. Never write API types by
 * hand: use `Schemas['PetResponse']` and friends.
 */
export type Schemas = components['schemas'];
