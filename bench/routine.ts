/**
 * The routine the warm runner walks (bench/warm-runner.ts): one session from launch
 * to goodbye, its request timestamps moved on by the skill's own speech clock.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { readResponse } from '../lambda/speech/spoken-response';
import type { Phase } from '../lambda/state/types';
import {
  checkResponse, envelope, Handler, intentRequest, Kind, lambdaContext, launchRequest, plainIntent, RequestBody, sessionEndedRequest, SessionState,
  startStretchIntent,
} from './requests';

/** Routine clock: sessions start at 07:30 UTC on consecutive days from this date. */
const BASE_TIME_MS = Date.UTC(2026, 0, 5, 7, 30, 0);
const DAY_MS = 24 * 60 * 60 * 1000;
/** Time a turn takes when the response has no speech to estimate from. */
export const FALLBACK_TURN_MS = 60_000;

/** Routine turn cap: the routine ends there even if the skill never sets shouldEndSession. */
export const MAX_TURNS = 60;

/**
 * How long a response takes to say, in milliseconds, read as the voice simulator
 * reads it (outputSpeech, then a hold's APLA document); FALLBACK_TURN_MS when
 * there is no speech. Moves request timestamps on, so the skill's hold timing
 * sees plausible gaps.
 */
export function spokenLengthMs(envelope: ResponseEnvelope | undefined): number {
  const ms = envelope?.response ? Math.round(readResponse(envelope.response).seconds * 1000) : 0;
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
 * Is the skill offering a daily reminder (once, after a user's first completed routine)?
 * The routine says no: it measures stretching. A yes would call the Reminders API, whose
 * first HTTPS call loads Node's https and TLS modules (about 5 MB of RSS, once per process;
 * in production the DynamoDB client has loaded them by then). Read from the session
 * attributes, where the skill keeps its conversation phase.
 */
function asksAboutReminder(response: ResponseEnvelope): boolean {
  const conversation = (response.sessionAttributes as { conversation?: { phase?: Phase } } | undefined)?.conversation;
  return conversation?.phase === 'offerReminder';
}

/**
 * One routine = one session. Skill: LaunchRequest, StartStretchIntent (variant
 * sitting), then ReadyIntent (AMAZON.NoIntent to a reminder offer) until shouldEndSession is true, at most MAX_TURNS
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
      const answer = asksAboutReminder(response) ? 'AMAZON.NoIntent' : 'ReadyIntent';
      response = await turn(intentRequest(requestId(), clock, plainIntent(answer)), answer, true);
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
