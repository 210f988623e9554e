/**
 * Requests that are not turns of the conversation (display events, Connections
 * responses other than the answer to the reminders permission question,
 * CanFulfill queries, messaging, playback events, system exceptions)
 * get an empty response: nothing to say, nothing changed, nothing stored.
 */
import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { log } from '../support/log';
import { requestTypeOf } from '../support/request-type';
import { isConversationRequest } from './request-event';

export const OtherRequestHandler: RequestHandler = {
  canHandle(input: HandlerInput): boolean {
    return !isConversationRequest(input.requestEnvelope);
  },
  handle(input: HandlerInput): Response {
    log('info', 'request.ignored', { requestType: requestTypeOf(input.requestEnvelope) });
    return input.responseBuilder.getResponse();
  },
};
