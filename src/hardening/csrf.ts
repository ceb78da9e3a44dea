import { RequestHandler } from 'express';
import { errorBody } from '../error-codes';

/** Bodies a browser sends cross-site without asking CORS first (a "simple" request). */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
/** Apollo's own preflight headers: a browser sends them only after CORS said yes. */
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

/**
 * Cross-site request forgery, checked on writes only. A page on another site can make a browser
 * send a simple request (a GET, or a POST of a form or plain text) without CORS's consent, but
 * this API takes credentials from the Authorization header alone, never from cookies, so a
 * forged request carries none and can do nothing its author could not do directly. GET runs
 * queries only (Apollo answers a mutation over GET with 405), so GET needs no preflight
 * header and the defaults of urql, curl and caches work. A POST, where mutations travel, must
 * still be one a browser would have asked CORS about: a JSON (non-simple) content type or one
 * of Apollo's preflight headers; it is Apollo's check, kept for POST alone.
 */
export function csrfGuard(): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const type = req.headers['content-type']?.split(';')[0].trim().toLowerCase();
    const preflighted = type !== undefined ? !SIMPLE_CONTENT_TYPES.includes(type) : false;
    if (preflighted || PREFLIGHT_HEADERS.some((name) => (req.headers[name] ?? '') !== '')) return next();
    res
      .status(400)
      .json(
        errorBody(
          'BAD_REQUEST',
          `This POST was refused as a possible cross-site request forgery: send it with "content-type: application/json" ` +
            `(or a non-empty ${PREFLIGHT_HEADERS.join(' or ')} header); queries may also be sent as GET.`,
        ),
      );
  };
}
