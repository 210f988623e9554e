/**
 * The last line: any error in a turn becomes a short spoken apology that keeps
 * the session open, never Alexa's generic failure. Stored data is untouched,
 * since the save runs only after a handler succeeds.
 */
import { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { translator } from '../speech/i18n';
import { log } from '../support/log';
import { requestTypeOf } from '../support/request-type';
import { localeOf } from './turn-state';

export const SpokenErrorHandler: ErrorHandler = {
  canHandle(): boolean {
    return true;
  },
  handle(input: HandlerInput, error: Error): Response {
    const requestType = requestTypeOf(input.requestEnvelope);
    log('error', 'turn.failed', { requestType, errorName: error?.name, errorMessage: error?.message });
    if (requestType === 'SessionEndedRequest' || !input.requestEnvelope?.session) {
      return input.responseBuilder.getResponse();
    }
    const t = translator(localeOf(input));
    return input.responseBuilder.speak(t('error.spoken')).reprompt(t('error.reprompt')).getResponse();
  },
};
