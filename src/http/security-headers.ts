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
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    // Served over plain HTTP on localhost by default; HSTS belongs to the TLS proxy in front.
    strictTransportSecurity: false,
  });
}
