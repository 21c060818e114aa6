import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { msg } from '@jifen/messages';
import type { FastifyBaseLogger } from 'fastify';
import { UNMATCHED_ROUTE, type Metrics } from '../observability/metrics.ts';

/** The method label of a request Node's parser refused: it never got as far as a method. */
export const UNPARSED_METHOD = '(unparsed)';

const REFUSALS = {
  timeout: { status: 408, code: 'VALIDATION.REQUEST_TIMEOUT', message: msg('http.clientTimeout') },
  headersTooLarge: { status: 431, code: 'VALIDATION.HEADERS_TOO_LARGE', message: msg('http.headersTooLarge') },
  malformed: { status: 400, code: 'VALIDATION.MALFORMED_REQUEST', message: msg('http.malformedRequest') },
};

/** Which refusal a client error of Node's HTTP parser gets (the cases Fastify's own handler tells apart). */
export function refusalFor(error: { code?: string }) {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return REFUSALS.timeout;
  if (error.code === 'HPE_HEADER_OVERFLOW') return REFUSALS.headersTooLarge;
  return REFUSALS.malformed;
}

/**
 * A request Node's HTTP parser refused before Fastify made a request of it
 * (a header line it cannot parse, headers over 16 KB, usually too many or
 * too large cookies, a client too slow to send them). Fastify's own answer
 * is an English `{"error":"Bad Request","message":"Client Error"}`; jifen's
 * is the coded body of every other refusal, in Chinese (no Accept-Language
 * could be read), with a request id that the one log line also carries, the
 * API headers, and a count in the metrics. Then the connection closes, as
 * Node does: what follows on it cannot be trusted to be a request.
 */
export function clientErrorHandler(
  log: FastifyBaseLogger,
  metrics: Metrics,
  headers: Readonly<Record<string, string>>,
): (error: Error & { code?: string }, socket: Socket) => void {
  return (error, socket) => {
    // A reset connection is gone: there is no one to answer (as Fastify does).
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const refusal = refusalFor(error);
    const requestId = randomUUID();
    const body = JSON.stringify({
      error: { code: refusal.code, message: refusal.message.zh, requestId },
    });
    log.info({ reqId: requestId, code: refusal.code, status: refusal.status, parser: error.code }, 'request refused');
    metrics.requests.inc({ method: UNPARSED_METHOD, route: UNMATCHED_ROUTE, status_code: String(refusal.status) });
    if (socket.writable) {
      const lines = [
        `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}`,
        'content-type: application/json; charset=utf-8',
        `content-length: ${Buffer.byteLength(body)}`,
        ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
        `x-request-id: ${requestId}`,
        'connection: close',
      ];
      socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
    }
    socket.destroy(error);
  };
}
