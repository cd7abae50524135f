/**
 * The one way the app talks to the Pytopus API: same-origin fetch with the session cookie, the
 * CSRF token echoed on state-changing requests, and RFC 9457 problem documents turned into
 * {@link ApiError}.
 */

const XSRF_COOKIE = 'XSRF-TOKEN';
const XSRF_HEADER = 'X-XSRF-TOKEN';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** An RFC 9457 problem document as the API sends it (`code` is the API's stable error code). */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string | undefined;
  instance?: string | undefined;
  code?: string | undefined;
}

/** A request that the API answered with an error status (or with a body the client can't use). */
export class ApiError extends Error implements ProblemDocument {
  override readonly name = 'ApiError';
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly code: string | undefined;
  /** The parsed response body, for callers that understand a non-problem error body. */
  readonly body: unknown;

  constructor(problem: ProblemDocument, body?: unknown) {
    super(problem.detail ?? problem.title);
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.code = problem.code;
    this.body = body;
  }
}

export interface RequestOptions {
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = (options.method ?? 'GET').toUpperCase();
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (!SAFE_METHODS.has(method)) {
    const token = readCookie(XSRF_COOKIE);
    if (token !== undefined) headers.set(XSRF_HEADER, token);
  }
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);

  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
    ...(options.signal && { signal: options.signal }),
  });

  const body = await readBody(response);
  if (!response.ok) throw toApiError(response, body);
  return body as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'PATCH', body }),
  /** A DELETE may carry a body, e.g. the password that confirms deleting an account. */
  delete: <T>(path: string, options?: Omit<RequestOptions, 'method'>) =>
    request<T>(path, { ...options, method: 'DELETE' }),
};

function readCookie(name: string): string | undefined {
  for (const pair of document.cookie.split(';')) {
    const separator = pair.indexOf('=');
    if (separator !== -1 && pair.slice(0, separator).trim() === name) {
      return decodeURIComponent(pair.slice(separator + 1).trim());
    }
  }
  return undefined;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  // application/json, application/problem+json, application/vnd.spring-boot.actuator.v3+json, …
  const mediaType = response.headers.get('Content-Type') ?? '';
  if (!/[/+]json\b/i.test(mediaType)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (response.ok) {
      throw new ApiError(
        { type: 'about:blank', title: 'Malformed JSON response', status: response.status },
        text,
      );
    }
    return text;
  }
}

function toApiError(response: Response, body: unknown): ApiError {
  const mediaType = response.headers.get('Content-Type') ?? '';
  if (/^application\/problem\+json\b/i.test(mediaType) && isRecord(body)) {
    return new ApiError(
      {
        type: stringOr(body.type, 'about:blank'),
        title: stringOr(body.title, statusTitle(response)),
        status: typeof body.status === 'number' ? body.status : response.status,
        detail: optionalString(body.detail),
        instance: optionalString(body.instance),
        code: optionalString(body.code),
      },
      body,
    );
  }
  return new ApiError(
    { type: 'about:blank', title: statusTitle(response), status: response.status },
    body,
  );
}

function statusTitle(response: Response): string {
  return response.statusText === '' ? `HTTP ${String(response.status)}` : response.statusText;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
