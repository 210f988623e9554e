/**
 * The daily stretch reminder through Alexa's APIs: ask-sdk's
 * ReminderManagementServiceClient for the reminder, UpsServiceClient for the device's
 * time zone, both at the request's `context.System.apiEndpoint` with its
 * `apiAccessToken`, and both on a TimeLimitedApiClient.
 *
 * One service per turn, made with that turn's deadline: every call gets at most the
 * per-call budget (2 s) and never runs past the deadline, so storage and the API
 * together stay inside Alexa's 8 s. Every call ends in an Outcome; nothing throws.
 * Logs name the operation and its outcome only: no tokens, IDs or times.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { services } from 'ask-sdk-model';
import { log } from '../support/log';
import { classifyApiError, failed, type Outcome } from './api-outcome';
import { buildDailyReminderRequest, isKnownTimeZone, readDailyTime } from './reminder-request';
import { DEFAULT_CALL_BUDGET_MS, TimeLimitedApiClient } from './time-limited-api-client';

type ReminderRequest = services.reminderManagement.ReminderRequest;

/**
 * How long one turn may spend on storage and Alexa's APIs together, from when the
 * request arrived: well inside the 8 s Alexa waits, leaving room to build and send the
 * answer.
 */
export const DEFAULT_TURN_BUDGET_MS = 5000;

export function turnDeadline(startedAt: number, budgetMs: number = DEFAULT_TURN_BUDGET_MS): number {
  return startedAt + budgetMs;
}

/** What the APIs need from the request. */
export interface AlexaApiAccess {
  apiEndpoint: string;
  apiAccessToken: string;
  deviceId: string;
}

/** The request's API endpoint, token and device, or undefined when any is missing. */
export function apiAccessOf(envelope: RequestEnvelope): AlexaApiAccess | undefined {
  const system = envelope?.context?.System;
  const apiEndpoint = system?.apiEndpoint;
  const apiAccessToken = system?.apiAccessToken;
  const deviceId = system?.device?.deviceId;
  if (typeof apiEndpoint !== 'string' || apiEndpoint === '') return undefined;
  if (typeof apiAccessToken !== 'string' || apiAccessToken === '') return undefined;
  if (typeof deviceId !== 'string' || deviceId === '') return undefined;
  return { apiEndpoint, apiAccessToken, deviceId };
}

/** A reminder as the API reports it, reduced to what the skill says about it. */
export interface DailyReminder {
  alertToken: string;
  /** ON while it keeps going off; COMPLETED when it has no occurrences left. */
  status?: 'ON' | 'COMPLETED';
  /** When it goes off, if the API's answer says so. */
  time?: { hour: number; minute: number };
}

export interface SetDailyInput {
  hour: number;
  minute: number;
  /** The request's locale, for the spoken text. */
  locale: string;
  /** What Alexa says when it goes off, in that locale (from the speech layer). */
  text: string;
  /** The token stored from an earlier create: update that reminder instead of adding one. */
  alertToken?: string;
}

export interface RemindersServiceOptions {
  access: AlexaApiAccess;
  /** The turn's deadline, ms since the epoch (see turnDeadline). */
  deadline: number;
  /** Longest one call may take. Default 2 s. */
  callBudgetMs?: number;
  /** The client that makes the HTTP calls. Default ask-sdk-core's DefaultApiClient. */
  apiClient?: services.ApiClient;
  /** The clock. For tests. */
  now?: () => number;
}

export class RemindersService {
  private readonly access: AlexaApiAccess;
  private readonly now: () => number;
  private readonly factory: services.ServiceClientFactory;

  constructor(options: RemindersServiceOptions) {
    this.access = options.access;
    this.now = options.now ?? Date.now;
    const apiClient = new TimeLimitedApiClient({
      inner: options.apiClient,
      budgetMs: options.callBudgetMs ?? DEFAULT_CALL_BUDGET_MS,
      deadline: options.deadline,
      now: this.now,
    });
    this.factory = new services.ServiceClientFactory({
      apiClient,
      apiEndpoint: options.access.apiEndpoint,
      authorizationValue: options.access.apiAccessToken,
    });
  }

  /** The device's IANA time zone, from the Alexa settings API. */
  timeZone(): Promise<Outcome<{ timeZone: string }>> {
    return this.call('time_zone', async () => {
      const timeZone: unknown = await this.factory.getUpsServiceClient().getSystemTimeZone(this.access.deviceId);
      // An empty answer (204) or a zone this runtime can't calculate with is of no use.
      if (typeof timeZone !== 'string' || !isKnownTimeZone(timeZone)) return failed('serverError');
      return { ok: true, timeZone };
    });
  }

  create(body: ReminderRequest): Promise<Outcome<{ alertToken: string }>> {
    return this.call('create', async () => {
      const response = await this.reminders().createReminder(body);
      return tokenOf(response);
    });
  }

  update(alertToken: string, body: ReminderRequest): Promise<Outcome<{ alertToken: string }>> {
    return this.call('update', async () => {
      const response = await this.reminders().updateReminder(alertToken, body);
      const answered = tokenOf(response);
      // The API answers with the reminder's token; keep the one we have if it leaves it out.
      return answered.ok ? answered : { ok: true, alertToken };
    });
  }

  remove(alertToken: string): Promise<Outcome> {
    return this.call('delete', async () => {
      await this.reminders().deleteReminder(alertToken);
      return { ok: true };
    });
  }

  get(alertToken: string): Promise<Outcome<{ reminder: DailyReminder }>> {
    return this.call('get', async () => {
      const response = await this.reminders().getReminder(alertToken);
      return { ok: true, reminder: toDailyReminder(response, alertToken) };
    });
  }

  /** All of this skill's reminders for this user (the API lists no other skill's). */
  list(): Promise<Outcome<{ reminders: DailyReminder[] }>> {
    return this.call('list', async () => {
      const response = await this.reminders().getReminders();
      const alerts = Array.isArray(response?.alerts) ? response.alerts : [];
      const reminders = alerts
        .filter((alert) => typeof alert?.alertToken === 'string' && alert.alertToken !== '')
        .map((alert) => toDailyReminder(alert, alert.alertToken as string));
      return { ok: true, reminders };
    });
  }

  /**
   * Sets the daily reminder: looks up the time zone, then updates the stored reminder,
   * or creates one when there is none or it is gone. `created` says which happened;
   * the returned token is the one to store.
   */
  async setDaily(input: SetDailyInput): Promise<Outcome<{ alertToken: string; created: boolean; timeZone: string }>> {
    const zone = await this.timeZone();
    if (!zone.ok) return zone;
    let body: ReminderRequest;
    try {
      body = buildDailyReminderRequest({
        hour: input.hour,
        minute: input.minute,
        timeZone: zone.timeZone,
        locale: input.locale,
        text: input.text,
        now: this.now(),
      });
    } catch {
      // A time or text no reminder can be made from: refused here, as the API would.
      log('warn', 'reminders.build', { outcome: 'rejected' });
      return failed('rejected');
    }
    if (input.alertToken) {
      const updated = await this.update(input.alertToken, body);
      if (updated.ok) return { ok: true, alertToken: updated.alertToken, created: false, timeZone: zone.timeZone };
      if (updated.failure !== 'notFound') return updated;
    }
    const created = await this.create(body);
    if (!created.ok) return created;
    return { ok: true, alertToken: created.alertToken, created: true, timeZone: zone.timeZone };
  }

  /** Deletes the stored reminder; one that is already gone counts as cancelled. */
  async cancelDaily(alertToken: string): Promise<Outcome<{ alreadyGone: boolean }>> {
    const removed = await this.remove(alertToken);
    if (removed.ok) return { ok: true, alreadyGone: false };
    if (removed.failure === 'notFound') return { ok: true, alreadyGone: true };
    return removed;
  }

  private reminders(): services.reminderManagement.ReminderManagementServiceClient {
    return this.factory.getReminderManagementServiceClient();
  }

  private async call<T extends object>(operation: 'time_zone' | 'create' | 'update' | 'delete' | 'get' | 'list', run: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
    const startedAt = this.now();
    let outcome: Outcome<T>;
    try {
      outcome = await run();
    } catch (error) {
      outcome = failed(classifyApiError(error));
    }
    log(outcome.ok ? 'info' : 'warn', `reminders.${operation}`, {
      outcome: outcome.ok ? 'ok' : outcome.failure,
      durationMs: this.now() - startedAt,
    });
    return outcome;
  }
}

/** The service for this request, or undefined when the request carries no API access. */
export function remindersServiceFor(
  envelope: RequestEnvelope,
  options: Omit<RemindersServiceOptions, 'access'>,
): RemindersService | undefined {
  const access = apiAccessOf(envelope);
  return access ? new RemindersService({ ...options, access }) : undefined;
}

function tokenOf(response: { alertToken?: string } | undefined): Outcome<{ alertToken: string }> {
  const alertToken = response?.alertToken;
  if (typeof alertToken !== 'string' || alertToken === '') return failed('serverError');
  return { ok: true, alertToken };
}

function toDailyReminder(
  reminder: services.reminderManagement.GetReminderResponse | services.reminderManagement.Reminder | undefined,
  alertToken: string,
): DailyReminder {
  const status = reminder?.status === 'ON' || reminder?.status === 'COMPLETED' ? reminder.status : undefined;
  const time = readDailyTime(reminder?.trigger);
  return { alertToken, ...(status ? { status } : {}), ...(time ? { time } : {}) };
}
