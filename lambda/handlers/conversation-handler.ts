/**
 * Every turn of the conversation: read the request, ask the state machine
 * what comes next, carry out what it asks of the world (a reminder, a delete)
 * and tell it how that went, then render its answer.
 */
import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { screenForReply } from '../screens';
import { translator } from '../speech/i18n';
import { REMINDERS_PERMISSION, reminderConsentDirective } from '../reminders/consent';
import { respond } from '../state/machine';
import { isCall, type Reply } from '../state/reply';
import { carryOut } from './reminder-effects';
import { renderReply, speechSecondsFor } from './render-reply';
import { eventFromRequest, isConversationRequest, showsScreens } from './request-event';
import { localeOf, readTurnState, requestTime, writeTurnState } from './turn-state';

/** More calls than one turn ever needs (forget: one; consent accepted: one): a guard, never reached. */
const MAX_CALLS_PER_TURN = 3;

export const ConversationHandler: RequestHandler = {
  canHandle(input: HandlerInput): boolean {
    return isConversationRequest(input.requestEnvelope);
  },

  async handle(input: HandlerInput): Promise<Response> {
    const locale = localeOf(input);
    const ctx = { now: requestTime(input), speechSeconds: speechSecondsFor(locale) };
    const state = readTurnState(input);
    let reply: Reply = respond(state, eventFromRequest(input.requestEnvelope), ctx);
    for (let calls = 0; reply.effect && isCall(reply.effect); calls++) {
      const outcome = calls < MAX_CALLS_PER_TURN ? await carryOut(input, reply.effect, locale) : ({ kind: 'failed', failure: 'timeout' } as const);
      reply = respond(reply.state, { type: 'outcome', outcome }, ctx);
    }
    writeTurnState(input, reply.state);
    if (reply.effect?.kind === 'askConsent') input.responseBuilder.addDirective(reminderConsentDirective());
    if (reply.effect?.kind === 'permissionCard') input.responseBuilder.withAskForPermissionsConsentCard([REMINDERS_PERMISSION]);
    // On an Echo Show, the screen follows the reply: what changed since the turn began decides which.
    const screen = showsScreens(input.requestEnvelope) ? screenForReply(reply, state, translator(locale)) : undefined;
    return renderReply(input.responseBuilder, reply, locale, screen);
  },
};
