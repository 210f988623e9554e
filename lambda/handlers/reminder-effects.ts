/**
 * Carries out what the state machine asks of the world outside it (its `effect`), and
 * reports how it went as an outcome the machine answers: the Reminders and settings APIs
 * through RemindersService (on the turn's time budget), and deleting the user's data.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { localClock } from '../reminders/reminder-request';
import { reminderPermissionGranted } from '../reminders/consent';
import { remindersServiceFor, turnDeadline, type RemindersService } from '../reminders/reminders-service';
import { translator } from '../speech/i18n';
import type { EffectOutcome, ReminderFailure } from '../state/events';
import type { Effect } from '../state/reply';
import { requestTime, turnStartedAt } from './turn-state';
import { deleteUserData } from './user-data';

/**
 * Failures that leave a reminder out of the skill's reach for good: "forget me" goes on
 * without it (the user can delete it in the Alexa app); any other failure keeps
 * everything, so nothing is half forgotten.
 */
const OUT_OF_REACH: readonly ReminderFailure[] = ['notFound', 'noPermission', 'unsupportedDevice'];

export async function carryOut(input: HandlerInput, effect: Effect, locale: string): Promise<EffectOutcome> {
  if (effect.kind === 'forgetUser') return forgetUser(input, effect.alertToken);
  if (effect.kind === 'askConsent' || effect.kind === 'permissionCard') return failed('rejected');
  const service = serviceFor(input);
  // A request without API access (no endpoint or token) can't reach reminders at all.
  if (!service) return failed('serverError');
  switch (effect.kind) {
    case 'readLocalTime': {
      const zone = await service.timeZone();
      // The device's clock when the user spoke.
      return zone.ok ? { kind: 'localTime', time: localClock(requestTime(input), zone.timeZone) } : failed(zone.failure);
    }
    case 'setReminder': {
      // Alexa says the permission is refused: ask for it without a call that must fail.
      if (reminderPermissionGranted(input.requestEnvelope) === false) return failed('noPermission');
      const set = await service.setDaily({
        ...effect.time,
        locale,
        text: translator(locale)('reminder.alertText'),
        ...(effect.alertToken ? { alertToken: effect.alertToken } : {}),
      });
      return set.ok ? { kind: 'reminderSet', alertToken: set.alertToken, created: set.created, time: effect.time } : failed(set.failure);
    }
    case 'cancelReminder': {
      const cancelled = await service.cancelDaily(effect.alertToken);
      return cancelled.ok ? { kind: 'reminderCancelled', alreadyGone: cancelled.alreadyGone } : failed(cancelled.failure);
    }
    case 'readReminder': {
      const read = await service.get(effect.alertToken);
      if (!read.ok) return failed(read.failure);
      const { status, time } = read.reminder;
      // A reminder with no occurrences left, or one whose time can't be read, is no daily reminder.
      return { kind: 'reminderRead', ...(status !== 'COMPLETED' && time ? { time } : {}) };
    }
  }
}

async function forgetUser(input: HandlerInput, alertToken: string | undefined): Promise<EffectOutcome> {
  if (alertToken) {
    const service = serviceFor(input);
    const cancelled = service ? await service.cancelDaily(alertToken) : undefined;
    const kept = cancelled === undefined || (!cancelled.ok && !OUT_OF_REACH.includes(cancelled.failure));
    if (kept) return { kind: 'userForgotten', ok: false };
  }
  return { kind: 'userForgotten', ok: await deleteUserData(input) };
}

function serviceFor(input: HandlerInput): RemindersService | undefined {
  return remindersServiceFor(input.requestEnvelope, { deadline: turnDeadline(turnStartedAt(input)) });
}

function failed(failure: ReminderFailure): EffectOutcome {
  return { kind: 'failed', failure };
}
