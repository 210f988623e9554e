/** Reads what the user did from an Alexa request: the only place intent names are known. */
import type { IntentRequest, RequestEnvelope, Slot } from 'ask-sdk-model';
import { isVariantId, VariantId } from '../routine/routine';
import type { MachineEvent } from '../state/events';

const SIMPLE_INTENTS: Readonly<Record<string, MachineEvent>> = {
  ReadyIntent: { type: 'ready' },
  PainIntent: { type: 'pain' },
  SpeakSlowerIntent: { type: 'slower' },
  SpeakFasterIntent: { type: 'faster' },
  DeleteMyDataIntent: { type: 'forget' },
  'AMAZON.HelpIntent': { type: 'help' },
  'AMAZON.StopIntent': { type: 'stop' },
  'AMAZON.CancelIntent': { type: 'stop' },
  // On a screen device "go home" leaves the skill; here it ends politely, like stop.
  'AMAZON.NavigateHomeIntent': { type: 'stop' },
  'AMAZON.FallbackIntent': { type: 'fallback' },
  'AMAZON.NextIntent': { type: 'next' },
  'AMAZON.PreviousIntent': { type: 'previous' },
  'AMAZON.RepeatIntent': { type: 'repeat' },
  'AMAZON.StartOverIntent': { type: 'startOver' },
  'AMAZON.YesIntent': { type: 'yes' },
  'AMAZON.NoIntent': { type: 'no' },
  'AMAZON.PauseIntent': { type: 'pause' },
  'AMAZON.ResumeIntent': { type: 'resume' },
};

/** The conversation's request types; anything else is not a turn of the conversation. */
export function isConversationRequest(envelope: RequestEnvelope): boolean {
  const type = envelope.request?.type;
  return type === 'LaunchRequest' || type === 'IntentRequest' || type === 'SessionEndedRequest';
}

export function eventFromRequest(envelope: RequestEnvelope): MachineEvent {
  const request = envelope.request;
  if (request.type === 'LaunchRequest') return { type: 'launch' };
  if (request.type === 'SessionEndedRequest') return { type: 'sessionEnded' };
  if (request.type !== 'IntentRequest') return { type: 'fallback' };
  return eventFromIntent(request);
}

function eventFromIntent(request: IntentRequest): MachineEvent {
  const name = typeof request.intent?.name === 'string' ? request.intent.name : '';
  const slots = request.intent?.slots ?? {};
  if (name === 'StartStretchIntent') return { type: 'choose', variant: variantFrom(slots.variant) };
  if (name === 'SetHoldTimeIntent') return { type: 'setHold', seconds: numberFrom(slots.seconds) };
  // Intents the model doesn't have (an old model, a hostile caller) are treated as not understood.
  return Object.prototype.hasOwnProperty.call(SIMPLE_INTENTS, name) ? SIMPLE_INTENTS[name] : { type: 'fallback' };
}

/** The variant's id from entity resolution: synonyms ("in a chair") resolve to SITTING. */
function variantFrom(slot: Slot | undefined): VariantId | undefined {
  for (const authority of arrayOrEmpty(slot?.resolutions?.resolutionsPerAuthority)) {
    if (authority?.status?.code !== 'ER_SUCCESS_MATCH') continue;
    for (const entry of arrayOrEmpty(authority.values)) {
      const id = entry?.value?.id;
      if (isVariantId(id)) return id;
    }
  }
  return undefined;
}

/** Alexa sends arrays here; anything else (a damaged or hostile request) counts as nothing. */
function arrayOrEmpty<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

/** AMAZON.NUMBER sends digits, or "?" when it heard a number it couldn't read. */
function numberFrom(slot: Slot | undefined): number | undefined {
  const value = typeof slot?.value === 'string' ? slot.value.trim() : '';
  if (!/^-?\d+(\.\d+)?$/.test(value)) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}
