/**
 * Every way a Reminders or settings API call can end, as a value the conversation can
 * answer kindly, never as a thrown error.
 *
 * How a failure is told apart, following the Reminders API reference and the codes it
 * returns in its error body ({ "code": ..., "message": ... }):
 *   401, or 403 without DEVICE_NOT_SUPPORTED  → noPermission: the user has not granted
 *        (or has taken back) the reminders permission, or the token does not carry it
 *   403 with code DEVICE_NOT_SUPPORTED        → unsupportedDevice: this device can't hold
 *        reminders; asking for permission again would not help
 *   code MAX_REMINDERS_EXCEEDED (sent with 400) → tooMany: the user's reminder list is full
 *   404 / ALERT_NOT_FOUND                      → notFound: the reminder is gone (deleted by
 *        the user in the Alexa app, say); an update then creates it again
 *   429 → throttled;  5xx → serverError;  our own time-out → timeout
 *   any other 4xx → rejected (the API refused what was sent)
 *   no HTTP answer at all (connection refused or reset, an unreadable body) → serverError:
 *        to the user it is the same as the service being down
 */
import type { ReminderFailure } from '../state/events';
import { isApiTimeoutError } from './time-limited-api-client';

export type { ReminderFailure };

export type Outcome<T extends object = object> = ({ ok: true } & T) | { ok: false; failure: ReminderFailure };

export function failed(failure: ReminderFailure): { ok: false; failure: ReminderFailure } {
  return { ok: false, failure };
}

/** The HTTP status and API error code an ask-sdk ServiceError carries, when it has them. */
function describe(error: unknown): { status?: number; code?: string } {
  if (typeof error !== 'object' || error === null) return {};
  const { statusCode, response } = error as { statusCode?: unknown; response?: unknown };
  const status = typeof statusCode === 'number' ? statusCode : undefined;
  const code = typeof response === 'object' && response !== null && typeof (response as { code?: unknown }).code === 'string'
    ? (response as { code: string }).code
    : undefined;
  return { status, code };
}

export function classifyApiError(error: unknown): ReminderFailure {
  if (isApiTimeoutError(error)) return 'timeout';
  const { status, code } = describe(error);
  if (code === 'MAX_REMINDERS_EXCEEDED') return 'tooMany';
  if (code === 'DEVICE_NOT_SUPPORTED') return 'unsupportedDevice';
  if (code === 'ALERT_NOT_FOUND' || status === 404) return 'notFound';
  if (status === 401 || status === 403) return 'noPermission';
  if (status === 429) return 'throttled';
  if (status !== undefined && status >= 500) return 'serverError';
  if (status !== undefined && status >= 400) return 'rejected';
  return 'serverError';
}
