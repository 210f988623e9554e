/**
 * Request envelopes, response checks and the process plumbing shared by the bench
 * runners (bench/cold-runner.ts, bench/warm-runner.ts), which esbuild bundles
 * with this. Nothing here loads the skill's own code: the cold runner must weigh
 * no more than it needs to require a bundle and send it one request.
 */
import type { Intent, RequestEnvelope, ResponseEnvelope, Slot } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { requestEnvelope } from '../lambda/support/request-envelope';

export type Kind = 'skill' | 'hello';

export type Handler = (event: RequestEnvelope, context: Context) => Promise<ResponseEnvelope>;

/** Where results come back to bench/run.ts: one stdout line with this prefix (the skill logs to stdout too). */
export const RESULT_MARKER = '@@bench-result ';

/** The bench passes it to the skill as SKILL_ID too, as the Lambda stack does with the real ID. */
export const APPLICATION_ID = 'amzn1.ask.skill.b3c4b3c4-0000-4000-8000-000000000001';
const DEVICE_ID = 'amzn1.ask.device.BENCHDEVICE';
/** Refused port: a skill that unexpectedly calls an Alexa service API fails fast instead of hanging. */
const API_ENDPOINT = 'https://127.0.0.1:9';


export class BenchError extends Error {
  override name = 'BenchError';
}

export function lambdaContext(requestId: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'hamstring-coach-bench',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:hamstring-coach-bench',
    memoryLimitInMB: '512',
    awsRequestId: requestId,
    logGroupName: '/aws/lambda/hamstring-coach-bench',
    logStreamName: 'bench',
    getRemainingTimeInMillis: () => 8000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

export interface SessionState {
  sessionId: string;
  userId: string;
  isNew: boolean;
  attributes: { [key: string]: unknown };
}

export type RequestBody = RequestEnvelope['request'];

export function envelope(session: SessionState, request: RequestBody): RequestEnvelope {
  const identity = { skillId: APPLICATION_ID, userId: session.userId, deviceId: DEVICE_ID, apiEndpoint: API_ENDPOINT, apiAccessToken: 'bench-token' };
  return requestEnvelope(identity, { id: session.sessionId, new: session.isNew, attributes: session.attributes }, request);
}

export function launchRequest(requestId: string, timeMs: number, locale = 'en-US'): RequestBody {
  return { type: 'LaunchRequest', requestId, timestamp: iso(timeMs), locale };
}

export function intentRequest(requestId: string, timeMs: number, intent: Intent): RequestBody {
  return { type: 'IntentRequest', requestId, timestamp: iso(timeMs), locale: 'en-US', dialogState: 'COMPLETED', intent };
}

export function sessionEndedRequest(requestId: string, timeMs: number): RequestBody {
  return { type: 'SessionEndedRequest', requestId, timestamp: iso(timeMs), locale: 'en-US', reason: 'USER_INITIATED' };
}

/** StartStretchIntent with slot variant = "sitting", resolved (ER_SUCCESS_MATCH) to id SITTING. */
export function startStretchIntent(): Intent {
  const variant: Slot = {
    name: 'variant',
    value: 'sitting',
    confirmationStatus: 'NONE',
    resolutions: {
      resolutionsPerAuthority: [{
        authority: `amzn1.er-authority.echo-sdk.${APPLICATION_ID}.StretchVariant`,
        status: { code: 'ER_SUCCESS_MATCH' },
        values: [{ value: { name: 'sitting', id: 'SITTING' } }],
      }],
    },
  };
  return { name: 'StartStretchIntent', confirmationStatus: 'NONE', slots: { variant } };
}

export function plainIntent(name: string): Intent {
  return { name, confirmationStatus: 'NONE', slots: {} };
}

function iso(timeMs: number): string {
  return new Date(timeMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The text or SSML of a response's outputSpeech, or undefined when it has none. */
export function speechOf(envelope: ResponseEnvelope | undefined): string | undefined {
  const speech = envelope?.response?.outputSpeech;
  if (!speech) return undefined;
  const text = speech.type === 'SSML' ? speech.ssml : speech.text;
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

/** Throws BenchError unless `value` is a response envelope (with non-empty outputSpeech when expected). */
export function checkResponse(value: unknown, expectSpeech: boolean, where: string): ResponseEnvelope {
  const envelope = value as ResponseEnvelope | undefined;
  if (typeof envelope !== 'object' || envelope === null || typeof envelope.response !== 'object' || envelope.response === null) {
    throw new BenchError(`${where}: not a response envelope: ${preview(value)}`);
  }
  if (envelope.version !== '1.0') throw new BenchError(`${where}: envelope version ${preview(envelope.version)}, expected "1.0"`);
  if (expectSpeech && speechOf(envelope) === undefined) {
    throw new BenchError(`${where}: response without outputSpeech: ${preview(envelope)}`);
  }
  return envelope;
}

function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

/** Loads a bundle and returns its handler, or throws BenchError. */
export function loadHandler(bundlePath: string): Handler {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const mod = require(bundlePath) as { handler?: unknown };
  if (typeof mod.handler !== 'function') throw new BenchError(`${bundlePath} does not export a handler function`);
  const handler = mod.handler as (event: RequestEnvelope, context: Context) => unknown;
  return async (event, context) => {
    const result = handler(event, context);
    if (!result || typeof (result as Promise<unknown>).then !== 'function') {
      throw new BenchError('handler(event, context) did not return a Promise');
    }
    return (await result) as ResponseEnvelope;
  };
}

/** Prints the result line for bench/run.ts and exits at once (pending timers or sockets must not add time). */
export function finish(result: unknown): never {
  process.stdout.write(`\n${RESULT_MARKER}${JSON.stringify(result)}\n`);
  process.exit(0);
}

/** Reports a runner failure on stderr and exits non-zero. */
export function fail(error: unknown): never {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  process.stderr.write(`bench runner failed: ${text}\n`);
  process.exit(1);
}
