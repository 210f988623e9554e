/**
 * Asking for the reminders permission by voice (Connections.SendRequest AskFor), reading
 * Alexa's Connections.Response, the Alexa-app card fallback, the permission as the
 * request reports it, and the manifest declaring the same permission.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ResponseFactory } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import {
  isConsentResponse,
  readConsentAnswer,
  reminderConsentDirective,
  reminderPermissionCard,
  reminderPermissionGranted,
  REMINDER_CONSENT_TOKEN,
  REMINDERS_PERMISSION,
} from '../lambda/reminders/consent';

const SCOPE = 'alexa::alerts:reminders:skill:readwrite';

/** A Connections.Response as Alexa sends it after the AskFor question. */
function connectionsResponse(overrides: Record<string, unknown> = {}, payload: unknown = { status: 'ACCEPTED', permissionScope: SCOPE }): Record<string, unknown> {
  const request: Record<string, unknown> = {
    type: 'Connections.Response',
    requestId: 'amzn1.echo-api.request.consent-1',
    timestamp: '2026-12-02T07:30:00Z',
    locale: 'en-US',
    name: 'AskFor',
    status: { code: '200', message: 'OK' },
    token: REMINDER_CONSENT_TOKEN,
    payload,
    ...overrides,
  };
  if (payload === NO_PAYLOAD) delete request.payload;
  return request;
}

const NO_PAYLOAD = Symbol('no payload');

describe('the AskFor directive', () => {
  test('is a Connections.SendRequest named AskFor asking for the reminders scope, with a token', () => {
    expect(reminderConsentDirective()).toEqual({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: {
        '@type': 'AskForPermissionsConsentRequest',
        '@version': '2',
        permissionScopes: [{ permissionScope: SCOPE, consentLevel: 'ACCOUNT' }],
      },
      token: REMINDER_CONSENT_TOKEN,
    });
    expect(reminderConsentDirective('offer-after-routine').token).toBe('offer-after-routine');
  });

  test('goes into a response through ask-sdk\'s own response builder unchanged', () => {
    const response = ResponseFactory.init().speak('Sure.').addDirective(reminderConsentDirective()).getResponse();
    expect(response.directives).toEqual([reminderConsentDirective()]);
  });
});

describe('reading the answer', () => {
  test.each(['ACCEPTED', 'DENIED', 'NOT_ANSWERED'] as const)('%s', (status) => {
    expect(readConsentAnswer(connectionsResponse({}, { status, permissionScope: SCOPE }))).toBe(status);
  });

  test('a version-2 style payload that also lists the scopes reads the same', () => {
    expect(readConsentAnswer(connectionsResponse({}, { status: 'DENIED', permissionScopes: [{ permissionScope: SCOPE, consentLevel: 'ACCOUNT' }] }))).toBe('DENIED');
  });

  test.each<[string, Record<string, unknown>, unknown]>([
    ['an unknown status', {}, { status: 'MAYBE' }],
    ['a lower-case status', {}, { status: 'accepted' }],
    ['no payload', {}, NO_PAYLOAD],
    ['a null payload', {}, null],
    ['a payload that is not an object', {}, 'ACCEPTED'],
    ['an error status from Alexa, even with ACCEPTED in the payload', { status: { code: '500', message: 'Internal error' } }, { status: 'ACCEPTED' }],
    ['a 400 status', { status: { code: '400' } }, { status: 'DENIED' }],
    ['another connection\'s answer', { name: 'Buy' }, { status: 'ACCEPTED' }],
    ['another request type', { type: 'IntentRequest' }, { status: 'ACCEPTED' }],
  ])('%s counts as not answered', (_label, overrides, payload) => {
    expect(readConsentAnswer(connectionsResponse(overrides, payload))).toBe('NOT_ANSWERED');
  });

  test.each([undefined, null, 'Connections.Response', 42, []])('%p is not answered', (request) => {
    expect(readConsentAnswer(request)).toBe('NOT_ANSWERED');
  });

  test('isConsentResponse: a Connections.Response named AskFor, nothing else', () => {
    expect(isConsentResponse(connectionsResponse())).toBe(true);
    expect(isConsentResponse(connectionsResponse({ name: 'Buy' }))).toBe(false);
    expect(isConsentResponse({ type: 'IntentRequest' })).toBe(false);
  });
});

describe('the card fallback', () => {
  test('an AskForPermissionsConsent card for the reminders scope, the same as ask-sdk\'s builder makes', () => {
    expect(reminderPermissionCard()).toEqual({ type: 'AskForPermissionsConsent', permissions: [SCOPE] });
    const response = ResponseFactory.init().withAskForPermissionsConsentCard([REMINDERS_PERMISSION]).getResponse();
    expect(response.card).toEqual(reminderPermissionCard());
  });
});

describe('the permission as the request reports it', () => {
  const withScopes = (scopes: unknown): RequestEnvelope =>
    ({ version: '1.0', context: { System: { user: { userId: 'u', permissions: { scopes } } } }, request: { type: 'LaunchRequest' } }) as unknown as RequestEnvelope;

  test('GRANTED is true, DENIED is false', () => {
    expect(reminderPermissionGranted(withScopes({ [SCOPE]: { status: 'GRANTED' } }))).toBe(true);
    expect(reminderPermissionGranted(withScopes({ [SCOPE]: { status: 'DENIED' } }))).toBe(false);
  });

  test('no word on it (no scopes, another scope only, an odd status) leaves it to the API call', () => {
    expect(reminderPermissionGranted(withScopes(undefined))).toBeUndefined();
    expect(reminderPermissionGranted(withScopes({ 'alexa::profile:name:read': { status: 'GRANTED' } }))).toBeUndefined();
    expect(reminderPermissionGranted(withScopes({ [SCOPE]: { status: 'PENDING' } }))).toBeUndefined();
    expect(reminderPermissionGranted({} as RequestEnvelope)).toBeUndefined();
  });
});

test('the manifest declares the permission the skill asks for', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'skill-package', 'skill.json'), 'utf8')) as { manifest: { permissions?: Array<{ name: string }> } };
  expect(REMINDERS_PERMISSION).toBe(SCOPE);
  expect(manifest.manifest.permissions).toEqual([{ name: SCOPE }]);
});
