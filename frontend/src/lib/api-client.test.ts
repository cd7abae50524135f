import { afterEach, describe, expect, it } from 'vitest';
import { api, ApiError } from '@/lib/api-client';
import { jsonResponse, stubFetch } from '@/testing/test-utils';

function sentRequest(fetchMock: ReturnType<typeof stubFetch>) {
  const [input, init] = fetchMock.mock.calls[0] ?? [];
  return { url: input, init, headers: new Headers(init?.headers) };
}

describe('api client', () => {
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('echoes the XSRF-TOKEN cookie as the X-XSRF-TOKEN header on a POST', async () => {
    document.cookie = 'theme=dark; path=/';
    document.cookie = 'XSRF-TOKEN=4f2a%2Bb%3D%3D; path=/';
    const fetchMock = stubFetch();
    fetchMock.mockResolvedValue(jsonResponse({ id: 7 }, { status: 201 }));

    const created = await api.post<{ id: number }>('/api/v1/pets', { name: 'Inky' });

    const { url, init, headers } = sentRequest(fetchMock);
    expect(created).toEqual({ id: 7 });
    expect(url).toBe('/api/v1/pets');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"name":"Inky"}');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.get('X-XSRF-TOKEN')).toBe('4f2a+b==');
  });

  it('sends no CSRF header on a GET', async () => {
    document.cookie = 'XSRF-TOKEN=abc; path=/';
    const fetchMock = stubFetch();
    fetchMock.mockResolvedValue(jsonResponse({ status: 'UP' }));

    await api.get('/actuator/health');

    const { init, headers } = sentRequest(fetchMock);
    expect(init?.credentials).toBe('same-origin');
    expect(headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('sends a POST without the header when there is no XSRF-TOKEN cookie', async () => {
    const fetchMock = stubFetch();
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));

    await expect(api.post('/api/v1/session/logout')).resolves.toBeUndefined();

    expect(sentRequest(fetchMock).headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('turns a problem document into an ApiError with its fields', async () => {
    stubFetch().mockResolvedValue(
      jsonResponse(
        {
          type: 'https://pytopus.io/problems/action-refused',
          title: 'Action refused',
          status: 409,
          detail: 'Inky is not hungry.',
          instance: '/api/v1/pets/7/actions',
          code: 'NOT_HUNGRY',
        },
        { status: 409, contentType: 'application/problem+json' },
      ),
    );

    const error = await api.post('/api/v1/pets/7/actions', { type: 'FEED' }).catch(identity);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      type: 'https://pytopus.io/problems/action-refused',
      title: 'Action refused',
      status: 409,
      detail: 'Inky is not hungry.',
      instance: '/api/v1/pets/7/actions',
      code: 'NOT_HUNGRY',
      message: 'Inky is not hungry.',
    });
  });

  it('fills a sparse problem document with RFC 9457 defaults', async () => {
    stubFetch().mockResolvedValue(
      jsonResponse({ status: 404 }, { status: 404, contentType: 'application/problem+json' }),
    );

    const error = await api.get('/api/v1/pets/404').catch(identity);

    expect(error).toMatchObject({ type: 'about:blank', title: 'HTTP 404', status: 404 });
  });

  it('keeps the body of an error that is not a problem document', async () => {
    const body = { status: 'DOWN', components: { db: { status: 'DOWN' } } };
    stubFetch().mockResolvedValue(
      new Response(JSON.stringify(body), {
        status: 503,
        statusText: 'Service Unavailable',
        headers: { 'Content-Type': 'application/vnd.spring-boot.actuator.v3+json' },
      }),
    );

    const error = await api.get('/actuator/health').catch(identity);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503, title: 'Service Unavailable', body });
  });
});

function identity(value: unknown): unknown {
  return value;
}
