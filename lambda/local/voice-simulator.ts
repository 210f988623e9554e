/**
 * Plays Alexa's part for the local console and the tests: turns what a user
 * says into full request envelopes (resolved against the real interaction
 * model), keeps the session going the way Alexa does, and runs a clock.
 *
 * The clock is simulated: after each response it moves on by as long as the
 * response takes to say (outputSpeech, then the hold's APLA document, read with
 * the speech module's reader: pauses exactly, speech by the timing model), so a
 * hold "lasts" its seconds and a user can break in partway ("Alexa, pause" after
 * 12 s) without the test or the piped console waiting for real.
 */
import type { RequestEnvelope, ResponseEnvelope, Intent, SessionEndedReason } from 'ask-sdk-model';
import { modelSpeechMsFor, type AplaTimeline, type SpeechMs } from '../speech/apla/reader';
import { readResponse, ssmlText } from '../speech/spoken-response';
import { requestEnvelope, type ScreenDevice } from '../support/request-envelope';
import { interpret, loadInteractionModel, LoadedModel, ResolvedIntent } from './utterance-resolver';

export type SkillHandler = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface SimulatorOptions {
  handler: SkillHandler;
  model?: LoadedModel;
  skillId?: string;
  userId?: string;
  deviceId?: string;
  /** The request locale; its interaction model and timing are used (default en-US). */
  locale?: string;
  /** Start of the simulated clock, ms since epoch. */
  startTime?: number;
  /**
   * A real clock to stamp requests with instead of the simulated one (the
   * console in real time: a user who breaks in 12 s into a hold did so 12 s in).
   */
  wallClock?: () => number;
  /** Seconds a user takes to answer after Alexa stops talking. */
  thinkSeconds?: number;
  /** A device with a screen (an Echo Show) of this size; a voice-only speaker when absent. */
  screen?: ScreenDevice;
  /** Where the skill reaches Alexa's APIs (context.System.apiEndpoint): the fake Alexa API, locally. */
  apiEndpoint?: string;
  /** The bearer token the requests carry for those APIs. */
  apiAccessToken?: string;
  /** Whether the user has granted the reminders permission; unset, requests say nothing about it. */
  remindersPermission?: 'GRANTED' | 'DENIED';
}

/** The permission Alexa asks the user for when the skill sends Connections.SendRequest AskFor. */
const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

export interface Turn {
  request: RequestEnvelope;
  envelope: ResponseEnvelope;
  /** outputSpeech as SSML, or '' when it has none. */
  ssml: string;
  repromptSsml: string;
  /** Everything said, as plain text (outputSpeech, then the APLA document's words): pauses and sounds left out. */
  text: string;
  reprompt: string;
  /** Whether the session is over after this turn. */
  ended: boolean;
  /** The APLA document played after outputSpeech (a hold), as a timeline; undefined when there is none. */
  apla?: AplaTimeline;
  /** How long the APLA document lasts (0 when there is none). */
  aplaSeconds: number;
  /** How long the whole response takes (outputSpeech, then the APLA document): pauses exactly, speech by the timing model. */
  seconds: number;
  /**
   * The response hands the turn to Alexa to ask for a permission (Connections.SendRequest
   * AskFor): Alexa asks, and the answer comes back as a Connections.Response (answerConsent).
   */
  asksConsent: boolean;
}

export const DEFAULT_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

export class VoiceSimulator {
  readonly model: LoadedModel;
  readonly skillId: string;
  private readonly handler: SkillHandler;
  private readonly userId: string;
  private readonly deviceId: string;
  readonly locale: string;
  private readonly speechMs: SpeechMs;
  private readonly thinkSeconds: number;
  private readonly wallClock: (() => number) | undefined;
  private readonly screen: ScreenDevice | undefined;
  private clock: number;
  private session: { id: string; attributes: Record<string, unknown>; new: boolean } | undefined;
  private sessionCount = 0;
  private requestCount = 0;
  /** Set by `interrupt`: the user speaks over Alexa, not after a pause to think. */
  private skipThinking = false;
  private lastTurnStartedAt = 0;
  private readonly apiEndpoint: string;
  private readonly apiAccessToken: string;
  private remindersPermission: 'GRANTED' | 'DENIED' | undefined;
  private consentToken: string | undefined;
  lastTurn: Turn | undefined;

  constructor(options: SimulatorOptions) {
    this.handler = options.handler;
    this.locale = options.locale ?? 'en-US';
    this.model = options.model ?? loadInteractionModel(this.locale);
    this.speechMs = modelSpeechMsFor(this.locale);
    this.skillId = options.skillId ?? DEFAULT_SKILL_ID;
    this.userId = options.userId ?? 'amzn1.ask.account.LOCALCONSOLEUSER';
    this.deviceId = options.deviceId ?? 'amzn1.ask.device.LOCALCONSOLEDEVICE';
    this.clock = options.startTime ?? Date.parse('2026-11-25T08:00:00Z');
    this.thinkSeconds = options.thinkSeconds ?? 1;
    this.wallClock = options.wallClock;
    this.screen = options.screen;
    this.apiEndpoint = options.apiEndpoint ?? 'https://api.amazonalexa.com';
    this.apiAccessToken = options.apiAccessToken ?? 'local-console-access-token';
    this.remindersPermission = options.remindersPermission;
  }

  /** Whether the reminders permission is granted now (an accepted consent grants it). */
  get remindersPermissionStatus(): 'GRANTED' | 'DENIED' | undefined {
    return this.remindersPermission;
  }

  get now(): number {
    return this.clock;
  }

  get inSession(): boolean {
    return this.session !== undefined;
  }

  get sessionAttributes(): Record<string, unknown> {
    return this.session?.attributes ?? {};
  }

  /** Moves the clock on, as when the user waits before speaking. */
  wait(seconds: number): void {
    this.clock += Math.round(seconds * 1000);
  }

  /**
   * What the user says, as to an Echo: "open hamstring coach", "ask hamstring
   * coach for the sitting stretch", or, within a session, just "ready". A bare
   * phrase with no session open is taken as a one-shot request.
   */
  async say(text: string): Promise<Turn> {
    const meaning = interpret(this.model, text, this.skillId);
    if (meaning.kind === 'launch') return this.launch();
    if (meaning.oneShot) this.endLocally();
    return this.intent(meaning.intent);
  }

  /**
   * The user breaks in with the wake word partway through the last response
   * ("Alexa, pause" 12 s into a hold): the clock is set to that moment.
   */
  async interrupt(afterSeconds: number, text: string): Promise<Turn> {
    if (this.lastTurn) this.clock = this.lastTurnStartedAt + Math.round(afterSeconds * 1000);
    this.skipThinking = true;
    return this.say(text);
  }

  async launch(): Promise<Turn> {
    this.endLocally();
    return this.send({ type: 'LaunchRequest', requestId: this.nextRequestId(), timestamp: '', locale: this.locale });
  }

  async intent(intent: ResolvedIntent | Intent): Promise<Turn> {
    return this.send({
      type: 'IntentRequest',
      requestId: this.nextRequestId(),
      timestamp: '',
      locale: this.locale,
      dialogState: 'COMPLETED',
      intent: intent as Intent,
    });
  }

  /** The user touches the screen: the APL UserEvent its `SendEvent` sends, with these arguments. */
  async touch(...args: unknown[]): Promise<Turn> {
    return this.send({
      type: 'Alexa.Presentation.APL.UserEvent',
      requestId: this.nextRequestId(),
      timestamp: '',
      locale: this.locale,
      token: 'hamstring-coach-screen',
      arguments: args,
      source: { type: 'TouchWrapper', handler: 'Press', id: '' },
    } as RequestEnvelope['request']);
  }

  /**
   * The user's answer to the permission question Alexa asked after the last response:
   * ACCEPTED grants the permission for every later request, as Alexa does.
   */
  async answerConsent(answer: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED'): Promise<Turn> {
    if (answer === 'ACCEPTED') this.remindersPermission = 'GRANTED';
    return this.send({
      type: 'Connections.Response',
      requestId: this.nextRequestId(),
      timestamp: '',
      locale: this.locale,
      name: 'AskFor',
      status: { code: '200', message: 'OK' },
      token: this.consentToken ?? '',
      payload: { status: answer, isCardThrown: 'false', permissionScopes: [{ permissionScope: REMINDERS_SCOPE, consentStatus: answer }] },
    } as RequestEnvelope['request']);
  }

  /** Alexa closes a session the user walked away from (or that failed). */
  async endSession(reason: SessionEndedReason = 'EXCEEDED_MAX_REPROMPTS'): Promise<Turn> {
    return this.send({
      type: 'SessionEndedRequest',
      requestId: this.nextRequestId(),
      timestamp: '',
      locale: this.locale,
      reason,
      ...(reason === 'ERROR' ? { error: { type: 'INTERNAL_SERVICE_ERROR', message: 'simulated' } } : {}),
    });
  }

  /** Sends any request envelope body, filling in session, context and time like Alexa. */
  async send(request: RequestEnvelope['request']): Promise<Turn> {
    if (this.wallClock) this.clock = this.wallClock();
    else if (!this.skipThinking && this.lastTurn) this.clock += Math.round(this.thinkSeconds * 1000);
    this.skipThinking = false;
    if (!this.session) {
      this.sessionCount += 1;
      this.session = { id: `amzn1.echo-api.session.local-${this.sessionCount}`, attributes: {}, new: true };
    }
    const envelope = this.envelope({ ...request, timestamp: new Date(this.clock).toISOString() } as RequestEnvelope['request']);
    const response = await this.handler(envelope);
    const turn = this.toTurn(envelope, response);
    this.consentToken = turn.asksConsent ? consentTokenOf(response) : undefined;
    this.lastTurnStartedAt = this.clock;
    if (turn.ended || request.type === 'SessionEndedRequest') {
      this.session = undefined;
    } else if (this.session) {
      this.session = { ...this.session, new: false, attributes: response.sessionAttributes ?? {} };
    }
    this.clock += Math.round(turn.seconds * 1000);
    this.lastTurn = turn;
    return turn;
  }

  private envelope(request: RequestEnvelope['request']): RequestEnvelope {
    const identity = {
      skillId: this.skillId,
      userId: this.userId,
      deviceId: this.deviceId,
      apiEndpoint: this.apiEndpoint,
      apiAccessToken: this.apiAccessToken,
      ...(this.remindersPermission ? { permissionScopes: { [REMINDERS_SCOPE]: this.remindersPermission } } : {}),
    };
    return requestEnvelope(identity, this.session!, request, this.screen);
  }

  private toTurn(request: RequestEnvelope, envelope: ResponseEnvelope): Turn {
    const response = envelope.response ?? {};
    const spoken = readResponse(response, this.speechMs);
    const repromptSsml = ssmlOf(response.reprompt?.outputSpeech);
    const asksConsent = consentTokenOf(envelope) !== undefined;
    return {
      request,
      envelope,
      ssml: spoken.ssml,
      repromptSsml,
      text: spoken.text,
      reprompt: plainText(repromptSsml),
      // Asking for a permission, the skill leaves the session to Alexa, who asks and answers back.
      ended: request.request.type === 'SessionEndedRequest' || (!asksConsent && response.shouldEndSession !== false),
      asksConsent,
      apla: spoken.apla,
      aplaSeconds: spoken.apla ? spoken.apla.totalMs / 1000 : 0,
      seconds: spoken.seconds,
    };
  }

  private endLocally(): void {
    this.session = undefined;
  }

  private nextRequestId(): string {
    this.requestCount += 1;
    return `amzn1.echo-api.request.local-${this.requestCount}`;
  }
}

/** The token of a Connections.SendRequest AskFor directive in the response, if it has one. */
function consentTokenOf(envelope: ResponseEnvelope): string | undefined {
  for (const directive of envelope.response?.directives ?? []) {
    const d = directive as { type?: string; name?: string; token?: string };
    if (d.type === 'Connections.SendRequest' && d.name === 'AskFor') return d.token ?? '';
  }
  return undefined;
}

function ssmlOf(speech: { type?: string; ssml?: string; text?: string } | undefined): string {
  if (!speech) return '';
  return speech.type === 'SSML' ? (speech.ssml ?? '') : (speech.text ?? '');
}

/** The words of SSML, as a person would hear them. */
export const plainText = ssmlText;
