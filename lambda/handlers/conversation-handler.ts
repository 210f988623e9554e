/**
 * Every turn of the conversation: read the request, ask the state machine
 * what comes next, render it.
 */
import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { screenForReply } from '../screens';
import { translator } from '../speech/i18n';
import { respond } from '../state/machine';
import { forgetFailed } from '../state/questions';
import { renderReply, speechSecondsFor } from './render-reply';
import { eventFromRequest, isConversationRequest, showsScreens } from './request-event';
import { localeOf, readTurnState, requestTime, writeTurnState } from './turn-state';
import { deleteUserData } from './user-data';

export const ConversationHandler: RequestHandler = {
  canHandle(input: HandlerInput): boolean {
    return isConversationRequest(input.requestEnvelope);
  },

  async handle(input: HandlerInput): Promise<Response> {
    const locale = localeOf(input);
    const state = readTurnState(input);
    let reply = respond(state, eventFromRequest(input.requestEnvelope), {
      now: requestTime(input),
      speechSeconds: speechSecondsFor(locale),
    });
    if (reply.forgetUser && !(await deleteUserData(input))) reply = forgetFailed(state);
    writeTurnState(input, reply.state);
    const screen = showsScreens(input.requestEnvelope) ? screenForReply(reply, state, translator(locale)) : undefined;
    return renderReply(input.responseBuilder, reply, locale, screen);
  },
};
