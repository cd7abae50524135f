import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api-client';

/** Spring Boot Actuator's statuses; an application may add its own. */
export type HealthStatus = 'UP' | 'DOWN' | 'OUT_OF_SERVICE' | 'UNKNOWN' | (string & {});

export interface Health {
  status: HealthStatus;
  components: Record<string, { status: HealthStatus }>;
}

/**
 * The API's public status summary (an actuator health group on the public port; the actuator itself
 * answers on the management port, which browsers never reach).
 */
export async function getHealth(): Promise<Health> {
  try {
    return toHealth(await api.get<unknown>('/health'));
  } catch (error) {
    // Actuator answers 503 when a component is down, with the same body: that is data, not failure.
    if (error instanceof ApiError && error.status === 503 && isHealthBody(error.body)) {
      return toHealth(error.body);
    }
    throw error;
  }
}

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: ['system', 'health'],
    queryFn: getHealth,
    refetchInterval: 30_000,
  });

export const useHealth = () => useQuery(healthQueryOptions());

interface HealthBody {
  status: string;
  components?: Record<string, unknown>;
}

function isHealthBody(body: unknown): body is HealthBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    'status' in body &&
    typeof body.status === 'string' &&
    (!('components' in body) || (typeof body.components === 'object' && body.components !== null))
  );
}

function toHealth(body: unknown): Health {
  if (!isHealthBody(body)) {
    throw new Error('The health endpoint answered with something that is not a health report.');
  }
  const components: Health['components'] = {};
  for (const [name, component] of Object.entries(body.components ?? {})) {
    if (isHealthBody(component)) components[name] = { status: component.status };
  }
  return { status: body.status, components };
}
