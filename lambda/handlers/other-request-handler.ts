/**
 * Requests that are not turns of the conversation (display events, Connections
 * responses, CanFulfill queries, messaging, playback events, system exceptions)
 * get an empty response: nothing to say, nothing changed, nothing stored.
 */
import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { log } from '../support/log';
import { isConversationRequest } from './request-event';

export const OtherRequestHandler: RequestHandler = {
  canHandle(input: HandlerInput): boolean {
    return !isConversationRequest(input.requestEnvelope);
  },
  handle(input: HandlerInput): Response {
    log('info', 'request ignored', { requestType: String(input.requestEnvelope.request?.type ?? 'none').slice(0, 60) });
    return input.responseBuilder.getResponse();
  },
};
