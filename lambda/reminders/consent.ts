/**
 * Asking for the reminders permission by voice, and reading the answer.
 *
 * When the user has not granted `alexa::alerts:reminders:skill:readwrite`, the skill
 * sends a `Connections.SendRequest` directive named `AskFor`; Alexa asks the question
 * itself and then sends the skill a `Connections.Response` request (same name, the
 * token echoed back) whose payload status is ACCEPTED, DENIED or NOT_ANSWERED. Where
 * voice consent can't be used, an AskForPermissionsConsent card in the Alexa app is the
 * fallback.
 *
 * Payload shape: version 2 of AskForPermissionsConsentRequest lists the scopes in
 * `permissionScopes`, each with a `consentLevel` (ACCOUNT: the permission is granted
 * for the Amazon account, as reminders are); version 1 had a single `permissionScope`.
 */
import type { interfaces, RequestEnvelope, ui } from 'ask-sdk-model';
import type { ConsentAnswer } from '../state/events';
import { isPlainObject } from '../support/plain-object';

export type { ConsentAnswer };

export const REMINDERS_PERMISSION = 'alexa::alerts:reminders:skill:readwrite';

/** Echoed back in the Connections.Response, so the skill knows the answer is to this question. */
export const REMINDER_CONSENT_TOKEN = 'reminder-permission';


export function reminderConsentDirective(token: string = REMINDER_CONSENT_TOKEN): interfaces.connections.SendRequestDirective {
  return {
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: {
      '@type': 'AskForPermissionsConsentRequest',
      '@version': '2',
      permissionScopes: [{ permissionScope: REMINDERS_PERMISSION, consentLevel: 'ACCOUNT' }],
    },
    token,
  };
}

/** The card that asks for the permission in the Alexa app. */
export function reminderPermissionCard(): ui.AskForPermissionsConsentCard {
  return { type: 'AskForPermissionsConsent', permissions: [REMINDERS_PERMISSION] };
}

/** True when the request is the answer to our AskFor (by type and name). */
export function isConsentResponse(request: unknown): request is interfaces.connections.ConnectionsResponse {
  return isPlainObject(request) && request.type === 'Connections.Response' && request.name === 'AskFor';
}

/**
 * The user's answer in a Connections.Response. Anything that is not a clear ACCEPTED or
 * DENIED (an error status, a missing or unknown payload status, another request) counts
 * as not answered: the skill then falls back to the card and says so.
 */
export function readConsentAnswer(request: unknown): ConsentAnswer {
  if (!isConsentResponse(request)) return 'NOT_ANSWERED';
  const code = isPlainObject(request.status) ? String(request.status.code ?? '') : '';
  if (code !== '' && code !== '200') return 'NOT_ANSWERED';
  const status = isPlainObject(request.payload) ? request.payload.status : undefined;
  return status === 'ACCEPTED' || status === 'DENIED' ? status : 'NOT_ANSWERED';
}

/**
 * Whether the request says the permission is granted. Alexa lists each granted scope in
 * `context.System.user.permissions.scopes` with status GRANTED. When it says nothing, the
 * API call itself decides (a 401/403 there means "ask").
 */
export function reminderPermissionGranted(envelope: RequestEnvelope): boolean | undefined {
  const scopes = envelope?.context?.System?.user?.permissions?.scopes;
  if (!isPlainObject(scopes)) return undefined;
  const scope = scopes[REMINDERS_PERMISSION];
  if (!isPlainObject(scope)) return undefined;
  if (scope.status === 'GRANTED') return true;
  if (scope.status === 'DENIED') return false;
  return undefined;
}
