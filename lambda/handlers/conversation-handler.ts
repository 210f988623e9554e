/**
 * Every turn of the conversation: read the request, ask the state machine
 * what comes next, render it.
 */
import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { respond } from '../state/machine';
import { renderReply, speechSecondsFor } from '../speech/respond';
import { eventFromRequest, isConversationRequest } from './request-event';
import { localeOf, readTurnState, requestTime, writeTurnState } from './turn-state';
import { markForgetUser } from '../interceptors/user-data';

export const ConversationHandler: RequestHandler = {
  canHandle(input: HandlerInput): boolean {
    return isConversationRequest(input.requestEnvelope);
  },

  handle(input: HandlerInput): Response {
    const locale = localeOf(input);
    const reply = respond(readTurnState(input), eventFromRequest(input.requestEnvelope), {
      now: requestTime(input),
      speechSeconds: speechSecondsFor(locale),
    });
    writeTurnState(input, reply.state);
    if (reply.forgetUser) markForgetUser(input);
    return renderReply(input.responseBuilder, reply, locale);
  },
};
