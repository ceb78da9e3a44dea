/**
 * GET with retries, politely: one request at a time is the caller's part; here, a timeout on
 * every attempt and exponential backoff (async-retry) on what may pass: 429 (after its
 * Retry-After), 5xx, timeouts, dropped connections, and a JSON body cut short. Any other 4xx
 * is the request's fault and is not retried.
 */
import retry from 'async-retry';

export interface HttpOptions {
  /** Per attempt, in milliseconds. */
  timeoutMs: number;
  /** Attempts after the first. */
  retries: number;
  /** First backoff, in milliseconds; doubled each retry. */
  minBackoffMs: number;
}

export const DEFAULT_HTTP: HttpOptions = { timeoutMs: 30000, retries: 5, minBackoffMs: 1000 };

/** The request failed for good: says what happened on the last attempt and how many were made. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    reason: string,
    readonly attempts: number,
  ) {
    super(`${reason} (GET ${url}, ${attempts} attempt${attempts === 1 ? '' : 's'})`);
    this.name = 'FetchError';
  }
}

class Retryable extends Error {
  constructor(
    message: string,
    readonly waitMs = 0,
  ) {
    super(message);
  }
}

export async function getText(url: string, options: HttpOptions): Promise<string> {
  return get(url, options, (body) => body);
}

export async function getJson(url: string, options: HttpOptions): Promise<unknown> {
  return get(url, options, (body) => {
    try {
      return JSON.parse(body) as unknown;
    } catch (error) {
      throw new Retryable(`the answer is not JSON (${(error as Error).message})`);
    }
  });
}

async function get<T>(url: string, options: HttpOptions, read: (body: string) => T): Promise<T> {
  let attempts = 0;
  try {
    return await retry(
      async (bail) => {
        attempts += 1;
        try {
          return read(await attempt(url, options.timeoutMs));
        } catch (error) {
          if (!(error instanceof Retryable)) return bail(error as Error) as never;
          if (error.waitMs > 0) await new Promise((resolve) => setTimeout(resolve, error.waitMs));
          throw error;
        }
      },
      { retries: options.retries, minTimeout: options.minBackoffMs, factor: 2, randomize: true },
    );
  } catch (error) {
    throw new FetchError(url, (error as Error).message, attempts);
  }
}

async function attempt(url: string, timeoutMs: number): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json, text/plain' },
    });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new Retryable(timedOut ? `no answer within ${timeoutMs} ms` : `cannot connect (${causeOf(error)})`);
  }
  try {
    const body = await response.text();
    if (response.ok) return body;
    const status = `HTTP ${response.status} ${response.statusText}`.trim();
    if (response.status === 429) throw new Retryable(status, retryAfterMs(response.headers.get('retry-after')));
    if (response.status >= 500) throw new Retryable(status);
    throw new Error(status);
  } catch (error) {
    if (error instanceof Retryable || !(error instanceof Error) || /^HTTP /.test(error.message)) throw error;
    const timedOut = error.name === 'TimeoutError';
    throw new Retryable(
      timedOut ? `the answer did not finish within ${timeoutMs} ms` : `the answer broke off (${causeOf(error)})`,
    );
  }
}

/** Seconds or an HTTP date; capped at a minute so one answer cannot stall a sync for hours. */
function retryAfterMs(header: string | null): number {
  if (!header) return 0;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.min(Math.max(seconds, 0), 60) * 1000 : 0;
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
