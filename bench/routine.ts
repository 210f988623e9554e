/**
 * Request envelopes, response checks and the routine driver shared by the bench
 * runners (bench/cold-runner.ts, bench/warm-runner.ts). No Node-only imports
 * besides `process.hrtime`, so esbuild bundles it into each runner (with the
 * skill's pure speech reader, which times a response as the console does).
 */
import type { Intent, RequestEnvelope, ResponseEnvelope, Slot } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { readResponse } from '../lambda/speech/spoken-response';

export type Kind = 'skill' | 'hello';

export type Handler = (event: RequestEnvelope, context: Context) => Promise<ResponseEnvelope>;

/** Where results come back to bench/run.ts: one stdout line with this prefix (the skill logs to stdout too). */
export const RESULT_MARKER = '@@bench-result ';

/** The bench passes it to the skill as SKILL_ID too, as the Lambda stack does with the real ID. */
export const APPLICATION_ID = 'amzn1.ask.skill.b3c4b3c4-0000-4000-8000-000000000001';
const DEVICE_ID = 'amzn1.ask.device.BENCHDEVICE';
/** Refused port: a skill that unexpectedly calls an Alexa service API fails fast instead of hanging. */
const API_ENDPOINT = 'https://127.0.0.1:9';

/** Routine clock: sessions start at 07:30 UTC on consecutive days from this date. */
const BASE_TIME_MS = Date.UTC(2026, 0, 5, 7, 30, 0);
const DAY_MS = 24 * 60 * 60 * 1000;
/** Time a turn takes when the response has no speech to estimate from. */
export const FALLBACK_TURN_MS = 60_000;

/** Routine turn cap: the routine ends there even if the skill never sets shouldEndSession. */
export const MAX_TURNS = 60;

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

type RequestBody = RequestEnvelope['request'];

export function envelope(session: SessionState, request: RequestBody): RequestEnvelope {
  const user = { userId: session.userId };
  const application = { applicationId: APPLICATION_ID };
  return {
    version: '1.0',
    session: {
      new: session.isNew,
      sessionId: session.sessionId,
      application,
      user,
      attributes: session.attributes,
    },
    context: {
      System: {
        application,
        user,
        device: { deviceId: DEVICE_ID, supportedInterfaces: {} },
        apiEndpoint: API_ENDPOINT,
        apiAccessToken: 'bench-token',
      },
    },
    request,
  };
}

export function launchRequest(requestId: string, timeMs: number): RequestBody {
  return { type: 'LaunchRequest', requestId, timestamp: iso(timeMs), locale: 'en-US' };
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

/**
 * How long a response takes to play, in milliseconds, read with the skill's own
 * speech reader: outputSpeech, then any APLA document (a hold, exact to the ms);
 * speech by the timing model. FALLBACK_TURN_MS when there is nothing to hear.
 * Only used to advance request timestamps realistically, so the skill's own
 * timing logic (the hold clock) sees plausible gaps.
 */
export function spokenLengthMs(envelope: ResponseEnvelope | undefined): number {
  const ms = Math.round(readResponse(envelope?.response).seconds * 1000);
  return ms > 0 ? ms : FALLBACK_TURN_MS;
}

export interface TurnRecord {
  /** LaunchRequest, SessionEndedRequest, or the intent name. */
  name: string;
  /** Wall time of the handler call (process.hrtime.bigint()). */
  ns: number;
  /** Did the session attributes in the response differ from those in the request? */
  sessionStateChanged: boolean;
  endSession: boolean;
}

export interface RoutineRecord {
  turns: TurnRecord[];
  /** True when the skill ended the session (shouldEndSession true); false when the turn cap did. */
  endedBySkill: boolean;
}

export interface RoutinePlan {
  kind: Kind;
  index: number;
  userId: string;
  /**
   * Hello-world only: how many requests the routine has (LaunchRequest +
   * HelloWorldIntents, the last one a SessionEndedRequest when `closeWithSessionEnded`).
   */
  helloTurns?: number;
  closeWithSessionEnded?: boolean;
}

/** Called around each request, outside the timed region (the DynamoDB call counter uses it). */
export interface TurnObserver {
  before(): Promise<void>;
  after(turn: TurnRecord): Promise<void>;
}

/**
 * One routine = one session. Skill: LaunchRequest, StartStretchIntent (variant
 * sitting), then ReadyIntent until shouldEndSession is true, at most MAX_TURNS
 * requests; when the cap ends it, a SessionEndedRequest (USER_INITIATED) closes
 * the session as Alexa would. Hello-world: LaunchRequest then HelloWorldIntent,
 * `helloTurns` requests in all. Session attributes are carried from each response
 * into the next request; request timestamps advance by the spoken length of
 * each response. Each handler call is timed with process.hrtime.bigint().
 */
export async function runRoutine(handler: Handler, plan: RoutinePlan, observer?: TurnObserver): Promise<RoutineRecord> {
  const session: SessionState = {
    sessionId: `amzn1.echo-api.session.bench-${plan.kind}-${plan.index}`,
    userId: plan.userId,
    isNew: true,
    attributes: {},
  };
  let clock = BASE_TIME_MS + plan.index * DAY_MS;
  const turns: TurnRecord[] = [];
  let endedBySkill = false;

  const turn = async (body: RequestBody, name: string, expectSpeech: boolean): Promise<ResponseEnvelope> => {
    const event = envelope(session, body);
    const requestAttributes = JSON.stringify(session.attributes);
    const context = lambdaContext(body.requestId);
    await observer?.before();
    const started = process.hrtime.bigint();
    const result = await handler(event, context);
    const ns = Number(process.hrtime.bigint() - started);
    const where = `${plan.kind} routine ${plan.index} turn ${turns.length + 1} (${name})`;
    const response = checkResponse(result, expectSpeech, where);
    const nextAttributes = (response.sessionAttributes ?? {}) as { [key: string]: unknown };
    const record: TurnRecord = {
      name,
      ns,
      sessionStateChanged: JSON.stringify(nextAttributes) !== requestAttributes,
      endSession: response.response.shouldEndSession === true,
    };
    turns.push(record);
    await observer?.after(record);
    session.isNew = false;
    session.attributes = nextAttributes;
    clock += spokenLengthMs(response);
    return response;
  };
  const requestId = (): string => `amzn1.echo-api.request.bench-${plan.kind}-${plan.index}-${turns.length + 1}`;

  if (plan.kind === 'skill') {
    let response = await turn(launchRequest(requestId(), clock), 'LaunchRequest', true);
    if (response.response.shouldEndSession !== true) {
      response = await turn(intentRequest(requestId(), clock, startStretchIntent()), 'StartStretchIntent', true);
    }
    while (response.response.shouldEndSession !== true && turns.length < MAX_TURNS) {
      response = await turn(intentRequest(requestId(), clock, plainIntent('ReadyIntent')), 'ReadyIntent', true);
    }
    endedBySkill = response.response.shouldEndSession === true;
    if (!endedBySkill) await turn(sessionEndedRequest(requestId(), clock), 'SessionEndedRequest', false);
  } else {
    const total = Math.max(1, plan.helloTurns ?? MAX_TURNS);
    const intents = plan.closeWithSessionEnded ? total - 2 : total - 1;
    await turn(launchRequest(requestId(), clock), 'LaunchRequest', true);
    for (let i = 0; i < intents; i++) {
      await turn(intentRequest(requestId(), clock, plainIntent('HelloWorldIntent')), 'HelloWorldIntent', true);
    }
    if (plan.closeWithSessionEnded && total > 1) await turn(sessionEndedRequest(requestId(), clock), 'SessionEndedRequest', false);
  }
  return { turns, endedBySkill };
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
