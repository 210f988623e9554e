/**
 * Reference skill for `npm run bench`: the smallest honest ask-sdk-core skill.
 *
 * It is bundled with the same esbuild options as the real skill (bench/run.ts
 * captures them from scripts/build.mjs) and exports `handler` the same way, so
 * the bench can compare bundle size, cold start, warm latency and memory of
 * the real skill against what ask-sdk-core costs on its own.
 *
 * Keep it minimal: no persistence, no interceptors, no i18n.
 */
import { ErrorHandler, getIntentName, getRequestType, RequestHandler, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';

const HELLO = 'Hello world.';
const REPROMPT = 'Say hello.';

const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: (input) => input.responseBuilder.speak(HELLO).reprompt(REPROMPT).getResponse(),
};

const HelloWorldIntentHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    getIntentName(input.requestEnvelope) === 'HelloWorldIntent',
  handle: (input) => input.responseBuilder.speak(HELLO).reprompt(REPROMPT).getResponse(),
};

const SessionEndedRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: (input) => input.responseBuilder.getResponse(),
};

const AnyErrorHandler: ErrorHandler = {
  canHandle: () => true,
  handle: (input) => input.responseBuilder.speak('Sorry, something went wrong.').getResponse(),
};

const skill = SkillBuilders.custom()
  .addRequestHandlers(LaunchRequestHandler, HelloWorldIntentHandler, SessionEndedRequestHandler)
  .addErrorHandlers(AnyErrorHandler)
  .create();

export async function handler(event: RequestEnvelope, context: Context): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}
