/** Reads what the user did from an Alexa request: the only place intent names are known. */
import { getSupportedInterfaces } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope, Slot, interfaces } from 'ask-sdk-model';
import { isObstacleId, isSpokenVariantId, type ObstacleId, type SpokenVariantId } from '../routine/routine';
import { intentFromUserEvent } from '../screens/touch';
import type { MachineEvent } from '../state/events';
import { isConsentResponse, readConsentAnswer } from '../reminders/consent';
import { readTimeSlot } from '../reminders/time-slot';

/** A touch on an Echo Show screen: its arguments name the intent it stands for. */
const USER_EVENT = 'Alexa.Presentation.APL.UserEvent';

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

/** Whether the request comes from a device with a screen for APL (an Echo Show): only then is a screen sent. */
export function showsScreens(envelope: RequestEnvelope): boolean {
  return envelope.context?.System ? getSupportedInterfaces(envelope)['Alexa.Presentation.APL'] !== undefined : false;
}

/** The conversation's request types; anything else is not a turn of the conversation. */
export function isConversationRequest(envelope: RequestEnvelope): boolean {
  const type = envelope.request?.type;
  // A touch on the screen, and Alexa's answer to the reminders permission question (reminders/consent.ts), go on with the conversation.
  return type === 'LaunchRequest' || type === 'IntentRequest' || type === 'SessionEndedRequest' || type === USER_EVENT || isConsentResponse(envelope.request);
}

export function eventFromRequest(envelope: RequestEnvelope): MachineEvent {
  const request = envelope.request;
  if (request.type === 'LaunchRequest') return { type: 'launch' };
  if (request.type === 'SessionEndedRequest') return { type: 'sessionEnded' };
  if (request.type === USER_EVENT) return eventFromTouch(request);
  if (isConsentResponse(request)) return { type: 'consent', answer: readConsentAnswer(request) };
  if (request.type !== 'IntentRequest') return { type: 'fallback' };
  return eventFromIntent(request);
}

/** A touch is read exactly as the intent it stands for; one no screen of ours sends is not understood. */
function eventFromTouch(request: interfaces.alexa.presentation.apl.UserEvent): MachineEvent {
  const touch = intentFromUserEvent(request);
  if (!touch) return { type: 'fallback' };
  const slots: Record<string, Slot> = {};
  if (touch.slots) {
    const id = touch.slots.variant;
    // As Alexa would resolve it: a match in the skill's own values.
    slots.variant = {
      name: 'variant', value: id, confirmationStatus: 'NONE',
      resolutions: { resolutionsPerAuthority: [{ authority: 'touch', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: id, id } }] }] },
    };
  }
  return eventFromIntent({ ...request, type: 'IntentRequest', dialogState: 'COMPLETED', intent: { name: touch.intentName, confirmationStatus: 'NONE', slots } });
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
