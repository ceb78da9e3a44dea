import { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import { RequestHandler } from 'express';

/**
 * Every page this server sends (GraphiQL, /explore) loads only from itself: scripts, styles and
 * Monaco's workers from its own bundles, fonts and icons as data URLs. GraphiQL's Monaco and
 * /explore's legend set inline styles, hence 'unsafe-inline' for styles only. No page may be
 * framed (clickjacking), and JSON answers carry the same policy, which costs them nothing.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'", 'data:'],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * helmet's headers on every response: the CSP above, `X-Content-Type-Options: nosniff`,
 * `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer` and the rest of its defaults; it also
 * removes `X-Powered-By`. Cross-origin embedding stays governed by CORS_ORIGINS (see
 * export/router.ts), so helmet's cross-origin resource policy is relaxed to allow it.
 *
 * No directive depends on the request (no nonce), so helmet is asked once, at start-up, what it
 * sets, and each response gets that list: helmet's thirteen middlewares, each a call and the CSP
 * rebuilt as a string, ran on every request otherwise.
 */
export function securityHeaders(headers: SecurityHeaders = securityHeaderList()): RequestHandler {
  return (_req, res, next) => {
    setSecurityHeaders(res, headers);
    next();
  };
}

/** The headers, name and value. */
export type SecurityHeaders = ReadonlyArray<readonly [string, string | string[]]>;

/** What helmet sets, asked once. */
export function securityHeaderList(): SecurityHeaders {
  return headersOf(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      // Served over plain HTTP on localhost by default; HSTS belongs to the TLS proxy in front.
      strictTransportSecurity: false,
    }),
  );
}

/** Sets them on a response (express's or node's own). */
export function setSecurityHeaders(res: ServerResponse, headers: SecurityHeaders): void {
  for (const [name, value] of headers) res.setHeader(name, value);
  res.removeHeader('X-Powered-By');
}

/** The headers a request-independent middleware sets, read by running it once on a blank response. */
function headersOf(middleware: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void) {
  const res = new ServerResponse(new IncomingMessage(null as never));
  let failed: unknown;
  middleware(res.req, res, (error) => (failed = error));
  if (failed) throw failed;
  return Object.entries(res.getHeaders()).map(([name, value]) => [name, value as string | string[]] as const);
}
