/** Turns the state machine's reply into an Alexa response: the one place speech meets the ResponseBuilder. */
import type { ResponseBuilder } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Reply } from '../state/reply';
import type { Say } from '../vocabulary/say';
import type { MachineState } from '../state/types';
import { aplaDirective } from '../speech/apla/document';
import { renderSpeech, renderSsml, segmentsSeconds, toSegments, voiceFor } from '../speech/render';
import { renderDocumentDirective, type Screen } from '../screens';

/** `screen` only for a device that shows one; without it the response is voice alone. */
export function renderReply(builder: ResponseBuilder, reply: Reply, locale: string, screen?: Screen): Response {
  const voice = voiceFor(locale, reply.state.user.prefs.pace);
  const spoken = [...reply.say, ...(reply.ask ?? [])];
  const speech = renderSpeech(spoken, voice);
  if (speech.ssml !== undefined) builder.speak(speech.ssml);
  // Played after outputSpeech: the hold, exact to the millisecond.
  if (speech.apla) builder.addDirective(aplaDirective(speech.apla));
  if (screen) builder.addDirective(renderDocumentDirective(screen));
  if (reply.session === 'open' && reply.reprompt?.length) {
    builder.reprompt(renderSsml(reply.reprompt, voice));
  }
  // A silent reply (to a SessionEndedRequest) decides nothing; every other says how the session goes on.
  if (reply.session !== 'silent') builder.withShouldEndSession(reply.session === 'end');
  return builder.getResponse();
}

/** The machine's measure of speech: what the hold clock uses to know when a hold begins. */
export function speechSecondsFor(locale: string): (say: Say[], state: MachineState) => number {
  return (say, state) => {
    const voice = voiceFor(locale, state.user.prefs.pace);
    return segmentsSeconds(toSegments(say, voice), voice);
  };
}
