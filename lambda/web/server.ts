/**
 * The skill as an HTTPS-terminated web service endpoint (Alexa "custom skill hosted as a
 * web service"), on Node's own `http` module: no framework, one route, `POST /`.
 *
 * Order of checks, cheapest first; a request that fails any of them never reaches the
 * skill, so nothing is spoken and nothing is stored:
 *   1. route and method               → 404 / 405
 *   2. body size (Content-Length, then counted while streaming) → 413, the rest unread
 *   3. JSON, and the shape of an Alexa request envelope        → 400
 *   4. when verifying: request timestamp within 150 s          → 400
 *   5. when verifying: signature, certificate URL and chain    → 400
 * then `skill.invoke` → 200 with the response envelope, or 500 with no details.
 *
 * Why 400 for a failed check: Amazon's web-service requirements say a request whose
 * signature or timestamp is not valid must be rejected with "400 Bad Request", and the
 * SDK's own Express adapter does the same. 401 would promise an authentication scheme
 * (WWW-Authenticate) that does not exist here.
 */
import http from 'node:http';
import type { RequestEnvelope } from 'ask-sdk-model';
import { SkillRequestSignatureVerifier, TimestampVerifier, type Verifier } from 'ask-sdk-express-adapter';
import { log } from '../support/log';
import { RequestRefusedError, type InvocableSkill } from '../skill';
import { requestTypeOf } from '../support/request-type';


export interface SkillServerOptions {
  skill: InvocableSkill;
  /** Check Alexa's timestamp and request signature. Off only for local testing. */
  verifySignature: boolean;
  /** Largest accepted request body, in bytes. Default 256 KiB. */
  maxBodyBytes?: number;
  /**
   * How long the signature check (which may download Amazon's signing certificate the
   * first time) may take before the request is refused. Default 4 s, under Alexa's 8 s.
   */
  verifyTimeoutMs?: number;
  /**
   * Replaces the signature verifier (default: one `SkillRequestSignatureVerifier` per
   * server, so its certificate cache lives as long as the server). For tests only.
   */
  signatureVerifier?: Verifier;
}

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
export const DEFAULT_VERIFY_TIMEOUT_MS = 4000;


type Outcome =
  | 'ok'
  | 'not-found'
  | 'method-not-allowed'
  | 'too-large'
  | 'invalid-json'
  | 'not-alexa-request'
  | 'refused-timestamp'
  | 'refused-signature'
  | 'skill-error'
  | 'refused-skill-id'
  | 'client-aborted';

/** Servers told to shut down: their responses carry `Connection: close`. */
const draining = new WeakSet<http.Server>();
const closing = new WeakMap<http.Server, Promise<CloseResult>>();

export function createSkillServer(options: SkillServerOptions): http.Server {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const verifyTimeoutMs = options.verifyTimeoutMs ?? DEFAULT_VERIFY_TIMEOUT_MS;
  const timestampVerifier = new TimestampVerifier();
  const signatureVerifier = options.signatureVerifier ?? new SkillRequestSignatureVerifier();

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      // handle() answers every path itself; this is only a last guard against a crash.
      if (!res.headersSent) reply(res, 500, 'Internal server error.', 'skill-error');
    });
  });
  // Slow senders may not hold a connection open: Alexa sends a few KiB at once.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== '/') return reply(res, 404, 'Not found.', 'not-found');
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return reply(res, 405, 'Method not allowed.', 'method-not-allowed');
    }

    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBodyBytes) return refuseTooLarge(req, res);
    const body = await readBody(req, maxBodyBytes);
    if (body === 'too-large') return refuseTooLarge(req, res);
    if (body === 'aborted') return log('warn', 'http.request', { outcome: 'client-aborted' });

    const raw = body.toString('utf8');
    let envelope: unknown;
    try {
      envelope = JSON.parse(raw);
    } catch {
      return reply(res, 400, 'Invalid JSON.', 'invalid-json');
    }
    if (!isRequestEnvelope(envelope)) return reply(res, 400, 'Not an Alexa request.', 'not-alexa-request');
    const requestType = requestTypeOf(envelope);

    if (options.verifySignature) {
      try {
        await timestampVerifier.verify(raw);
      } catch {
        return reply(res, 400, 'Request verification failed.', 'refused-timestamp', requestType);
      }
      try {
        await withTimeout(signatureVerifier.verify(raw, req.headers), verifyTimeoutMs);
      } catch {
        return reply(res, 400, 'Request verification failed.', 'refused-signature', requestType);
      }
    }

    let responseEnvelope: unknown;
    try {
      responseEnvelope = await options.skill.invoke(envelope);
    } catch (error) {
      if (error instanceof RequestRefusedError) {
        return reply(res, 403, 'This endpoint does not serve that skill.', 'refused-skill-id', requestType);
      }
      return reply(res, 500, 'Internal server error.', 'skill-error', requestType);
    }
    reply(res, 200, JSON.stringify(responseEnvelope), 'ok', requestType, 'application/json; charset=utf-8');
  }

  function reply(
    res: http.ServerResponse,
    status: number,
    body: string,
    outcome: Outcome,
    requestType?: string,
    contentType = 'text/plain; charset=utf-8',
  ): void {
    log(status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info', 'http.request', { requestType, outcome });
    if (res.destroyed) return;
    if (draining.has(server)) res.setHeader('Connection', 'close');
    res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  }

  /**
   * 413 without reading the rest: the request stream is paused and the connection is
   * closed once the answer is written, so at most what is already buffered is read.
   */
  function refuseTooLarge(req: http.IncomingMessage, res: http.ServerResponse): void {
    req.pause();
    res.setHeader('Connection', 'close');
    reply(res, 413, 'Request body too large.', 'too-large');
  }

  return server;
}

/** Collects the body, or stops at the first byte over the limit. */
function readBody(req: http.IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Buffer | 'too-large' | 'aborted') => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
      req.off('close', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return finish('too-large');
      chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks, size));
    const onError = () => finish('aborted');
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
    req.on('close', onError); // closed before 'end': the client went away mid-body
  });
}

function isRequestEnvelope(value: unknown): value is RequestEnvelope & { request: { type: string } } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { request, context } = value as { request?: unknown; context?: unknown };
  return (
    typeof request === 'object' && request !== null &&
    typeof (request as { type?: unknown }).type === 'string' &&
    typeof context === 'object' && context !== null
  );
}

/**
 * The signature verifier downloads Amazon's certificate with no timeout of its own; on a
 * network that drops packets it would hold the request until Alexa gives up. The download
 * is left to finish or fail in the background (a late failure is swallowed).
 */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export interface CloseResult {
  /** True when in-flight requests outlived the timeout and their connections were cut. */
  forced: boolean;
}

/**
 * Graceful shutdown: stop accepting connections at once, close idle keep-alive ones, let
 * in-flight requests finish (their responses say `Connection: close`), and after
 * `timeoutMs` cut whatever is left. Resolves when the server is fully closed. Idempotent.
 */
export function closeGracefully(server: http.Server, timeoutMs = 10_000): Promise<CloseResult> {
  const existing = closing.get(server);
  if (existing) return existing;
  draining.add(server);
  const done = new Promise<CloseResult>((resolve) => {
    let forced = false;
    const timer = setTimeout(() => {
      forced = true;
      server.closeAllConnections();
    }, timeoutMs);
    server.close(() => {
      clearTimeout(timer);
      resolve({ forced });
    });
    server.closeIdleConnections();
  });
  closing.set(server, done);
  return done;
}
