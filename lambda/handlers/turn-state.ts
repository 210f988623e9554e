/**
 * Where a turn's state lives while a request is handled: the session
 * attributes when there is a session (so it comes back next turn), or a
 * per-request scratch object for requests that arrive without one.
 */
import { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { readMachineState } from '../state/validate';
import { isPlainObject } from '../support/plain-object';
import type { MachineState } from '../state/types';

export interface TurnBag {
  user?: unknown;
  conversation?: unknown;
  /** What is known about storage this session (user-data.ts keeps it): the last stored digest, whether writes are on, when the session began. */
  store?: { digest?: string; writable?: boolean; sessionStartedAt?: number };
}

export function turnBag(input: HandlerInput): TurnBag {
  const { attributesManager, requestEnvelope } = input;
  if (!requestEnvelope.session) return attributesManager.getRequestAttributes() as TurnBag;
  const attributes: unknown = attributesManager.getSessionAttributes();
  if (isPlainObject(attributes)) return attributes as TurnBag;
  // Alexa echoes what we sent; anything but an object (a damaged request) starts the session afresh.
  const fresh: TurnBag = {};
  attributesManager.setSessionAttributes(fresh);
  return fresh;
}

export function readTurnState(input: HandlerInput): MachineState {
  const bag = turnBag(input);
  return readMachineState(bag.user, bag.conversation);
}

export function writeTurnState(input: HandlerInput, state: MachineState): void {
  const bag = turnBag(input);
  bag.user = state.user;
  bag.conversation = state.conversation;
}

/** The request's own time, which the hold clock runs on; the machine's clock if it is unreadable. */
export function requestTime(input: HandlerInput): number {
  const stamp = Date.parse(String(input.requestEnvelope.request?.timestamp ?? ''));
  return Number.isFinite(stamp) ? stamp : Date.now();
}

export function localeOf(input: HandlerInput): string {
  const locale = input.requestEnvelope.request?.locale;
  return typeof locale === 'string' ? locale : 'en-US';
}

/**
 * One time budget per turn, for storage and Alexa's APIs together, runs from when the
 * turn began here: this interceptor runs first and notes the time.
 */
export const StartTurnClock: RequestInterceptor = {
  process(input: HandlerInput): void {
    (input.attributesManager.getRequestAttributes() as { turnStartedAt?: number }).turnStartedAt = Date.now();
  },
};

export function turnStartedAt(input: HandlerInput): number {
  const started = (input.attributesManager.getRequestAttributes() as { turnStartedAt?: unknown }).turnStartedAt;
  return typeof started === 'number' && Number.isFinite(started) ? started : Date.now();
}
