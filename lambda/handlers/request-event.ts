/** Reads what the user did from an Alexa request: the only place intent names are known. */
import type { IntentRequest, RequestEnvelope, Slot } from 'ask-sdk-model';
import { isObstacleId, isSpokenVariantId, type ObstacleId, type SpokenVariantId } from '../routine/routine';
import type { MachineEvent } from '../state/events';
import { isConsentResponse, readConsentAnswer } from '../reminders/consent';
import { readTimeSlot } from '../reminders/time-slot';

const SIMPLE_INTENTS: Readonly<Record<string, MachineEvent>> = {
  ReadyIntent: { type: 'ready' },
  PainIntent: { type: 'pain' },
  FeelingUnwellIntent: { type: 'unwell' },
  NeedHelpIntent: { type: 'needHelp' },
  ProgressIntent: { type: 'progress' },
  SpeakSlowerIntent: { type: 'slower' },
  SpeakFasterIntent: { type: 'faster' },
  DeleteMyDataIntent: { type: 'forget' },
  CancelReminderIntent: { type: 'cancelReminder' },
  ReminderStatusIntent: { type: 'reminderStatus' },
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
  // Alexa's answer to the reminders permission question (reminders/consent.ts) goes on with the conversation.
  return type === 'LaunchRequest' || type === 'IntentRequest' || type === 'SessionEndedRequest' || isConsentResponse(envelope.request);
}

export function eventFromRequest(envelope: RequestEnvelope): MachineEvent {
  const request = envelope.request;
  if (request.type === 'LaunchRequest') return { type: 'launch' };
  if (request.type === 'SessionEndedRequest') return { type: 'sessionEnded' };
  if (isConsentResponse(request)) return { type: 'consent', answer: readConsentAnswer(request) };
  if (request.type !== 'IntentRequest') return { type: 'fallback' };
  return eventFromIntent(request);
}

function eventFromIntent(request: IntentRequest): MachineEvent {
  const name = typeof request.intent?.name === 'string' ? request.intent.name : '';
  const slots = request.intent?.slots ?? {};
  if (name === 'StartStretchIntent') return { type: 'choose', variant: resolvedId(slots.variant, isSpokenVariantId) };
  if (name === 'ObstacleIntent') return { type: 'obstacle', obstacle: resolvedId(slots.obstacle, isObstacleId) };
  if (name === 'SetHoldTimeIntent') return { type: 'setHold', seconds: numberFrom(slots.seconds) ?? durationSeconds(slots.duration) };
  if (name === 'SetReminderIntent') return reminderTimeEvent(slots.time);
  // Intents the model doesn't have (an old model, a hostile caller) are treated as not understood.
  return Object.prototype.hasOwnProperty.call(SIMPLE_INTENTS, name) ? SIMPLE_INTENTS[name] : { type: 'fallback' };
}

/** AMAZON.TIME: "09:00" for "nine", "MO" for "in the morning" (a proposed clock time); anything else is unclear. */
function reminderTimeEvent(slot: Slot | undefined): MachineEvent {
  const time = readTimeSlot(typeof slot?.value === 'string' ? slot.value : undefined);
  if (time.kind === 'missing') return { type: 'setReminder' };
  if (time.kind === 'unusable') return { type: 'setReminder', unclear: true };
  return { type: 'setReminder', time: { hour: time.hour, minute: time.minute } };
}

/** A custom slot's id from entity resolution: synonyms ("in a chair") resolve to SITTING. */
function resolvedId<Id extends SpokenVariantId | ObstacleId>(slot: Slot | undefined, isId: (value: unknown) => value is Id): Id | undefined {
  for (const authority of arrayOrEmpty(slot?.resolutions?.resolutionsPerAuthority)) {
    if (authority?.status?.code !== 'ER_SUCCESS_MATCH') continue;
    for (const entry of arrayOrEmpty(authority.values)) {
      const id = entry?.value?.id;
      if (isId(id)) return id;
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

/**
 * AMAZON.DURATION sends ISO-8601 durations: "a minute" is PT1M, "half a
 * minute" PT30S, "one and a half minutes" PT1M30S. Days, months and years are
 * no length for a hold, so they count as not heard.
 */
export function durationSeconds(slot: Slot | undefined): number | undefined {
  const value = typeof slot?.value === 'string' ? slot.value.trim().toUpperCase() : '';
  const match = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(value);
  if (!match || value === 'PT') return undefined;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  const total = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  return Number.isFinite(total) ? total : undefined;
}
