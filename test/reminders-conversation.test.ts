/**
 * The daily reminder, as a user meets it: conversations through the built bundle
 * (dist/index.js) while a real HTTP server on 127.0.0.1 stands in for Alexa's APIs
 * (reminders and the device's time zone), reached through each request's
 * `context.System.apiEndpoint`. What Alexa says, what it asks next, what reaches the
 * API (field by field), and what is kept about the user.
 */
import type { interfaces } from 'ask-sdk-model';
import { VoiceSimulator, type SkillHandler, type Turn } from '../lambda/local/voice-simulator';
import { loadInteractionModel } from '../lambda/local/utterance-resolver';
import { converse, transcriptOf } from './support/conversation';
import { useFakeAlexaApi, type RecordedRequest } from './support/fake-alexa-api';
import type { Intent } from 'ask-sdk-model';
import { LOCALE_IDS } from '../lambda/locales/registry';
import { translator } from '../lambda/speech/i18n';
import { spokenTime } from '../lambda/vocabulary/say';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { handler } = require('../dist/index.js') as { handler: SkillHandler };

const ACCESS_TOKEN = 'reminders-conversation-access-token';
const DEVICE_ID = 'amzn1.ask.device.REMINDERS-CONVERSATION-DEVICE';
const ZONE = 'America/New_York';
const PERMISSION = 'alexa::alerts:reminders:skill:readwrite';
/** What Alexa says when the reminder goes off, in en-US (speech key reminder.alertText). */
const ALERT_TEXT_EN = 'Time for your hamstring stretch. Say: Alexa, open Hamstring Coach.';

const fake = useFakeAlexaApi({ accessToken: ACCESS_TOKEN, timeZone: ZONE });

let users = 0;
function newUserId(): string {
  users += 1;
  return `amzn1.ask.account.reminders-conversation-${users}`;
}

interface SimOptions {
  userId?: string;
  permission?: 'GRANTED' | 'DENIED';
  locale?: string;
  /** Simulated clock start; default 2026-11-25 14:07 UTC, 9:07 AM in New York. */
  startTime?: number;
}

function newSim(options: SimOptions = {}): VoiceSimulator {
  return new VoiceSimulator({
    handler,
    userId: options.userId ?? newUserId(),
    deviceId: DEVICE_ID,
    apiEndpoint: fake.api.endpoint,
    apiAccessToken: ACCESS_TOKEN,
    remindersPermission: options.permission ?? 'GRANTED',
    locale: options.locale,
    // A locale with no model of its own is heard with en-US's.
    ...(options.locale && options.locale !== 'en-US' ? { model: loadInteractionModel('en-US') } : {}),
    startTime: options.startTime ?? Date.parse('2026-11-25T14:07:00Z'),
  });
}

/** Calls to the Reminders API (not the time zone). */
function reminderCalls(): RecordedRequest[] {
  return fake.api.requests.filter((r) => r.path.startsWith('/v1/alerts/reminders'));
}

function storedToken(sim: VoiceSimulator): string | undefined {
  return (sim.sessionAttributes.user as { reminder?: { alertToken?: string } } | undefined)?.reminder?.alertToken;
}

function consentDirective(turn: Turn): interfaces.connections.SendRequestDirective | undefined {
  return turn.envelope.response?.directives?.find((d) => d.type === 'Connections.SendRequest') as interfaces.connections.SendRequestDirective | undefined;
}

/** "sitting", then "ready" until the wrap-up; returns the wrap-up turn. */
async function throughFirstRoutine(sim: VoiceSimulator): Promise<Turn> {
  await converse(sim, 'U: open hamstring coach\nA: ~welcome~ ?\nU: sitting\nA: ~sitting stretch~ ?');
  for (let i = 0; i < 30; i++) {
    const [turn] = await converse(sim, 'U: ready');
    if (/whole stretch|stretch finished|all your holds are done/i.test(turn.text)) return turn;
  }
  throw new Error(`no wrap-up after 30 readies\n${transcriptOf(sim)}`);
}

/** The time the wrap-up's "at this time" proposes: the device's clock at that moment, on the nearest quarter hour, as said. */
function proposedTimeAt(timestamp: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(timestamp));
  const hour = Number(parts.find((p) => p.type === 'hour')?.value);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value);
  const total = (Math.round((hour * 60 + minute) / 15) * 15) % (24 * 60);
  const h24 = Math.floor(total / 60);
  const m = total % 60;
  const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
  return `${h12}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`} ${h24 < 12 ? 'AM' : 'PM'}`;
}

// ------------------------------------------------------------------ the offer after the first routine

describe('the offer after the first completed routine', () => {
  test('the wrap-up asks, keeps the session open, and "yes" proposes this time of day to confirm, then sets it', async () => {
    const userId = newUserId();
    const sim = newSim({ userId });
    const wrapUp = await throughFirstRoutine(sim);
    expect(wrapUp.text).toMatch(/whole stretch.*remind you to stretch every day at this time\?$/i);
    expect(wrapUp.ended).toBe(false);
    expect(wrapUp.reprompt).toMatch(/say yes for a daily reminder, or no/i);

    const [yes] = await converse(sim, 'U: yes\nA: ~every day at~ ~is that right~ ?');
    const proposed = proposedTimeAt(String(yes.request.request.timestamp));
    expect(yes.text).toContain(`I'll remind you every day at ${proposed}. Is that right?`);
    expect(fake.api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /v2/devices/${DEVICE_ID}/settings/System.timeZone`]);

    await converse(sim, `U: yes\nA: ~done~ ~every day at ${proposed}~ ~see you next time~ .`);
    expect(fake.api.reminders()).toHaveLength(1);

    // The next routine ends with goodbye: the offer is made once.
    const second = await throughFirstRoutine(newSim({ userId }));
    expect(second.ended).toBe(true);
    expect(second.text).not.toMatch(/remind/i);
  });

  test('"no" to the offer says so and goodbye; the next completed routine does not ask again, but asking still works', async () => {
    const userId = newUserId();
    const sim = newSim({ userId });
    await throughFirstRoutine(sim);
    await converse(sim, 'U: no\nA: ~okay, no reminder~ ~see you next time~ .');
    expect(reminderCalls()).toEqual([]);

    const again = newSim({ userId });
    const wrapUp = await throughFirstRoutine(again);
    expect(wrapUp.ended).toBe(true);
    expect(wrapUp.text).not.toMatch(/remind/i);
    await converse(
      again,
      `
      U: ask hamstring coach to remind me every day at 8 pm
      A: ~every day at 8 PM~ ~is that right~ ?
      U: yes
      A: ~done. i'll remind you to stretch every day at 8 PM~ ~would you like to stretch~ ?
      `,
    );
  });

  test('a new user who asks for a reminder before any routine is not offered one again after it', async () => {
    const userId = newUserId();
    const sim = newSim({ userId });
    await converse(sim, 'U: ask hamstring coach to remind me every day at nine\nA: ~9 AM~ ?\nU: yes\nA: ~done~ ?\nU: stop\nA: ~goodbye~ .');
    const wrapUp = await throughFirstRoutine(newSim({ userId }));
    expect(wrapUp.ended).toBe(true);
    expect(wrapUp.text).not.toMatch(/remind/i);
  });
});

// ------------------------------------------------------------------ set, confirm, update

describe('setting the daily reminder', () => {
  test('a plain "nine" is confirmed with AM; "no" asks the time again; the confirmed time is created once, body checked field by field', async () => {
    const sim = newSim();
    const turns = await converse(
      sim,
      `
      U: open hamstring coach
      A: ~would you like to stretch~ ?
      U: remind me every day at nine
      A: ~i'll remind you every day at 9 AM. is that right?~ ?
      U: no
      A: ~what time should i remind you each day?~ ?
      U: half past nine in the evening
      A: ~every day at 9:30 PM. is that right?~ ?
      U: yes
      A: ~done. i'll remind you to stretch every day at 9:30 PM.~ ~would you like to stretch~ ?
      `,
    );
    expect(turns[1].reprompt).toMatch(/should i remind you every day at 9 AM\? please say yes or no/i);
    const token = storedToken(sim);
    expect(token).toEqual(expect.any(String));
    expect(fake.api.reminders().map((r) => r.alertToken)).toEqual([token]);

    const [zoneCall, create] = fake.api.requests;
    expect(zoneCall).toMatchObject({ method: 'GET', path: `/v2/devices/${DEVICE_ID}/settings/System.timeZone` });
    expect(zoneCall.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect(create).toMatchObject({ method: 'POST', path: '/v1/alerts/reminders' });
    expect(create.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect(create.headers['content-type']).toMatch(/application\/json/);
    expectDailyBody(create.body, { hour: 21, minute: 30, locale: 'en-US', text: ALERT_TEXT_EN });
  });

  test('a second request updates the same reminder: no duplicate, same token, the new time', async () => {
    const userId = newUserId();
    await converse(newSim({ userId }), 'U: ask hamstring coach to set a daily reminder for 8 am\nA: ~8 AM~ ?\nU: yes\nA: ~done~ ?\nU: stop\nA: ~goodbye~ .');
    const [created] = fake.api.reminders();

    const sim = newSim({ userId });
    await converse(
      sim,
      `
      U: open hamstring coach
      A: ~would you like to stretch~ ?
      U: change my reminder to 6 pm
      A: ~every day at 6 PM~ ?
      U: yes
      A: ~your daily reminder is now at 6 PM~ ?
      `,
    );
    expect(fake.api.reminders()).toHaveLength(1);
    expect(fake.api.reminders()[0].alertToken).toBe(created.alertToken);
    expect(storedToken(sim)).toBe(created.alertToken);
    const update = reminderCalls().find((r) => r.method === 'PUT');
    expect(update?.path).toBe(`/v1/alerts/reminders/${created.alertToken}`);
    expectDailyBody(update?.body, { hour: 18, minute: 0, locale: 'en-US', text: ALERT_TEXT_EN });
    expect(reminderCalls().filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  test('a reminder deleted in the Alexa app is created again, and the new token kept', async () => {
    const userId = newUserId();
    await converse(newSim({ userId }), 'U: ask hamstring coach to remind me at seven\nA: ~7 AM~ ?\nU: yes\nA: ~done~ ?');
    const [first] = fake.api.reminders();
    fake.api.forgetReminder(first.alertToken);
    const sim = newSim({ userId });
    await converse(sim, 'U: ask hamstring coach to remind me at eight\nA: ~8 AM~ ?\nU: yes\nA: ~done. i\'ll remind you to stretch every day at 8 AM~ ?');
    const [second] = fake.api.reminders();
    expect(second.alertToken).not.toBe(first.alertToken);
    expect(storedToken(sim)).toBe(second.alertToken);
  });

  test('a part of the day becomes a clock time to confirm; a vague request asks for the time; a bare number asks again', async () => {
    const sim = newSim();
    await converse(
      sim,
      `
      U: open hamstring coach
      A: ~would you like to stretch~ ?
      U: remind me to stretch in the morning
      A: ~every day at 9 AM. is that right?~ ?
      U: no
      A: ~what time~ ?
      U: in the evening
      A: ~every day at 6 PM~ ?
      U: set a daily reminder
      A: ~what time should i remind you each day?~ ?
      U: nine
      A: ~sorry, i didn't catch the time~ ?
      U: <SetReminderIntent time=PT2H>
      A: ~sorry, i didn't catch the time~ ?
      U: at night
      A: ~every day at 8 PM~ ?
      U: no
      A: ~what time~ ?
      U: no
      A: ~okay, no reminder~ ~would you like to stretch~ ?
      `,
    );
    expect(reminderCalls()).toEqual([]);
    // "nine" while the time was asked did not change the hold length.
    expect((sim.sessionAttributes.user as { prefs: { holdSeconds: number } }).prefs.holdSeconds).toBe(30);
  });

  test('asked in the middle of a routine, the reminder is set and the routine goes on where it was', async () => {
    const sim = newSim();
    await converse(
      sim,
      `
      U: open hamstring coach
      A: ~would you like to stretch~ ?
      U: sitting
      A: ~find a firm chair~ ?
      U: remind me every day at 10 am
      A: ~every day at 10 AM~ ?
      U: yes
      A: ~done~ ~10 AM~ ~find a firm chair~ ~say ready~ ?
      U: ready
      A: ~now your right leg~ ?
      `,
    );
  });

  test('the alert text is in the user\'s language and locale, from the speech resources', async () => {
    // en-GB has no speech of its own yet: the words are en-US's, sent under the request's locale.
    const sim = newSim({ locale: 'en-GB' });
    await converse(sim, 'U: ask hamstring coach to remind me at nine\nA: ~9 AM~ ?\nU: yes\nA: ~done~ ?');
    const create = reminderCalls().find((r) => r.method === 'POST');
    expect((create?.body as { alertInfo: unknown }).alertInfo).toEqual({ spokenInfo: { content: [{ locale: 'en-GB', text: ALERT_TEXT_EN }] } });
  });
});

// ------------------------------------------------------------------ hear about it, cancel it

describe('hearing about and cancelling the reminder', () => {
  test('status is read from the API; cancel deletes it; then there is none, and a second cancel says so', async () => {
    const sim = newSim();
    await converse(
      sim,
      `
      U: open hamstring coach
      A: ~would you like to stretch~ ?
      U: when is my reminder
      A: ~you don't have a daily reminder~ ~would you like to stretch~ ?
      U: remind me every day at 7:45 am
      A: ~every day at 7:45 AM~ ?
      U: yes
      A: ~done~ ?
      `,
    );
    const token = storedToken(sim);
    fake.api.requests.length = 0;
    await converse(sim, 'U: when is my reminder\nA: ~your daily stretch reminder is set for 7:45 AM~ ~would you like to stretch~ ?');
    expect(fake.api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /v1/alerts/reminders/${token}`]);

    await converse(sim, "U: stop reminding me\nA: ~okay, i've cancelled your daily reminder~ ?");
    expect(fake.api.requests.map((r) => `${r.method} ${r.path}`)).toContain(`DELETE /v1/alerts/reminders/${token}`);
    expect(fake.api.reminders()).toEqual([]);
    expect(storedToken(sim)).toBeUndefined();
    await converse(sim, "U: cancel my reminder\nA: ~you don't have a daily reminder to cancel~ ?\nU: do i have a reminder\nA: ~you don't have a daily reminder~ ?");
  });

  test('a reminder deleted in the Alexa app: status says there is none and forgets the token', async () => {
    const sim = newSim();
    await converse(sim, 'U: ask hamstring coach to remind me at nine\nA: ~9 AM~ ?\nU: yes\nA: ~done~ ?');
    fake.api.forgetReminder(storedToken(sim)!);
    await converse(sim, "U: when is my reminder\nA: ~you don't have a daily reminder~ ?");
    expect(storedToken(sim)).toBeUndefined();
  });
});

// ------------------------------------------------------------------ permission

describe('the reminders permission', () => {
  test('not granted: Alexa is asked to ask (Connections.SendRequest AskFor); ACCEPTED sets the reminder at once', async () => {
    const sim = newSim({ permission: 'DENIED' });
    const turns = await converse(
      sim,
      `
      U: open hamstring coach
      A: ~would you like to stretch~ ?
      U: remind me every day at nine
      A: ~9 AM~ ?
      U: yes
      A: <asks consent>
      U: <Connections.Response ACCEPTED>
      A: ~done. i'll remind you to stretch every day at 9 AM~ ~would you like to stretch~ ?
      `,
    );
    const asking = turns[2];
    expect(consentDirective(asking)).toEqual({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '2', permissionScopes: [{ permissionScope: PERMISSION, consentLevel: 'ACCOUNT' }] },
      token: expect.any(String),
    });
    // Alexa asks the question itself: the skill says nothing, opens no microphone, and leaves the session to Alexa.
    expect(asking.envelope.response?.outputSpeech).toBeUndefined();
    expect(asking.envelope.response?.reprompt).toBeUndefined();
    expect(asking.envelope.response?.shouldEndSession).toBeUndefined();
    // Nothing reached the Reminders API before the permission was there.
    expect(fake.api.requests.filter((r) => r.path.startsWith('/v1/')).map((r) => r.method)).toEqual(['POST']);
    expect(fake.api.reminders()).toHaveLength(1);
  });

  test('DENIED: a kind answer, no reminder, and the conversation goes on', async () => {
    const sim = newSim({ permission: 'DENIED' });
    await converse(
      sim,
      `
      U: ask hamstring coach to remind me at nine
      A: ~9 AM~ ?
      U: yes
      A: <asks consent>
      U: <Connections.Response DENIED>
      A: ~okay, no reminder~ ~allow reminders in the alexa app~ ~would you like to stretch~ ?
      `,
    );
    expect(reminderCalls()).toEqual([]);
    expect(fake.api.reminders()).toEqual([]);
  });

  test('NOT_ANSWERED: the permissions card in the Alexa app, and saying so', async () => {
    const sim = newSim({ permission: 'DENIED' });
    const turns = await converse(
      sim,
      `
      U: ask hamstring coach to remind me at nine
      A: ~9 AM~ ?
      U: yes
      A: <asks consent>
      U: <Connections.Response NOT_ANSWERED>
      A: ~sent a card to your alexa app~ ~then ask me again~ ?
      `,
    );
    expect(turns[2].envelope.response?.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [PERMISSION] });
    expect(fake.api.reminders()).toEqual([]);
  });

  test('after the wrap-up offer, consent answered: the reminder is set and the session ends with goodbye', async () => {
    const sim = newSim({ permission: 'DENIED' });
    await throughFirstRoutine(sim);
    await converse(sim, 'U: yes\nA: ~is that right~ ?\nU: yes\nA: <asks consent>\nU: <Connections.Response ACCEPTED>\nA: ~done~ ~see you next time~ .');
    expect(fake.api.reminders()).toHaveLength(1);
  });

  test('the API refuses (403, or 401) though Alexa listed nothing: ask once; refused again after ACCEPTED: the card, never a loop', async () => {
    const sim = newSim();
    fake.api.fail('noPermission', { route: 'reminders' });
    await converse(sim, 'U: ask hamstring coach to remind me at nine\nA: ~9 AM~ ?\nU: yes\nA: <asks consent>\nU: <Connections.Response ACCEPTED>\nA: ~done~ ?');
    expect(fake.api.reminders()).toHaveLength(1);

    const again = newSim();
    fake.api.fail('unauthorized', { route: 'reminders', times: Infinity });
    const turns = await converse(again, 'U: ask hamstring coach to remind me at nine\nA: ~9 AM~ ?\nU: yes\nA: <asks consent>\nU: <Connections.Response ACCEPTED>\nA: ~sent a card to your alexa app~ ?');
    expect(turns[2].envelope.response?.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [PERMISSION] });
  });

  test('cancel and status ask for the permission too, and carry on once it is given', async () => {
    const sim = newSim();
    await converse(sim, 'U: ask hamstring coach to remind me at nine\nA: ~9 AM~ ?\nU: yes\nA: ~done~ ?');
    fake.api.fail('noPermission', { route: 'reminders' });
    await converse(sim, "U: cancel my reminder\nA: <asks consent>\nU: <Connections.Response ACCEPTED>\nA: ~i've cancelled your daily reminder~ ?");
    expect(fake.api.reminders()).toEqual([]);
  });
});

// ------------------------------------------------------------------ failures

describe('every failure is spoken, never an error', () => {
  const cases = [
    ['deviceUnsupported', "this device can't keep reminders"],
    ['maxReminders', 'you have too many reminders already'],
    ['throttled', "couldn't reach your reminders just now"],
    ['internalError', "couldn't reach your reminders just now"],
    ['unavailable', "couldn't reach your reminders just now"],
  ] as const;

  test.each(cases)('%s when setting: "%s", nothing stored, the menu question follows', async (mode, words) => {
    const sim = newSim();
    fake.api.fail(mode, { route: 'reminders' });
    await converse(sim, `U: open hamstring coach\nA: ~would you like~ ?\nU: remind me at nine\nA: ~9 AM~ ?\nU: yes\nA: ~${words}~ ~would you like to stretch~ ?`);
    expect(storedToken(sim)).toBeUndefined();
    expect(fake.api.reminders()).toEqual([]);
  });

  test.each(cases.filter(([mode]) => mode !== 'maxReminders'))('%s when reading or cancelling: "%s", and the token is kept', async (mode, words) => {
    const sim = newSim();
    await converse(sim, 'U: ask hamstring coach to remind me at nine\nA: ~9 AM~ ?\nU: yes\nA: ~done~ ?');
    const token = storedToken(sim);
    fake.api.fail(mode, { route: 'reminders', times: 2 });
    await converse(sim, `U: when is my reminder\nA: ~${words}~ ?\nU: cancel my reminder\nA: ~${words}~ ?`);
    expect(storedToken(sim)).toBe(token);
    expect(fake.api.reminders()).toHaveLength(1);
  });

  test('the time-zone setting failing is spoken too', async () => {
    fake.api.fail('internalError', { route: 'timeZone' });
    await converse(newSim(), "U: ask hamstring coach to remind me at nine\nA: ~9 AM~ ?\nU: yes\nA: ~couldn't reach your reminders~ ?");
    expect(reminderCalls()).toEqual([]);
  });

  test('an API that never answers: a kind answer within the turn budget, well inside Alexa\'s 8 s', async () => {
    const sim = newSim();
    await converse(sim, 'U: ask hamstring coach to remind me at nine\nA: ~9 AM~ ?');
    fake.api.fail('hang', { route: 'reminders' });
    const started = Date.now();
    await converse(sim, "U: yes\nA: ~couldn't reach your reminders just now~ ?");
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(1900);
    expect(took).toBeLessThan(5000);
  });

  test('a request with no API access (no endpoint or token) gets the same kind answer', async () => {
    const sim = new VoiceSimulator({ handler, userId: newUserId(), apiEndpoint: '', apiAccessToken: '' });
    await converse(sim, "U: ask hamstring coach to remind me at nine\nA: ~9 AM~ ?\nU: yes\nA: ~couldn't reach your reminders~ ?");
  });
});

// ------------------------------------------------------------------ forget me

describe('"forget me" and the reminder', () => {
  test('a confirmed forget me deletes the reminder, then the data: nothing is left', async () => {
    const userId = newUserId();
    const sim = newSim({ userId });
    await converse(sim, 'U: ask hamstring coach to remind me at nine\nA: ~9 AM~ ?\nU: yes\nA: ~done~ ?');
    const token = storedToken(sim);
    await converse(sim, "U: forget me\nA: ~should i forget everything~ ?\nU: yes\nA: ~deleted everything~ ~goodbye~ .");
    expect(fake.api.reminders()).toEqual([]);
    expect(reminderCalls().map((r) => `${r.method} ${r.path}`)).toContain(`DELETE /v1/alerts/reminders/${token}`);

    const later = newSim({ userId });
    fake.api.requests.length = 0;
    await converse(later, "U: ask hamstring coach when is my reminder\nA: ~check with your doctor~ ~you don't have a daily reminder~ !~welcome back~ ?");
    expect(fake.api.requests).toEqual([]);
  });

  test('if the reminder cannot be deleted now, nothing is forgotten and the user is told', async () => {
    const userId = newUserId();
    const sim = newSim({ userId });
    await converse(sim, 'U: ask hamstring coach to remind me at nine\nA: ~9 AM~ ?\nU: yes\nA: ~done~ ?');
    const token = storedToken(sim);
    fake.api.fail('unavailable', { route: 'reminders' });
    await converse(sim, "U: forget me\nA: ~should i forget~ ?\nU: yes\nA: ~couldn't delete your data~ ~nothing has changed~ .");
    expect(fake.api.reminders()).toHaveLength(1);
    const later = newSim({ userId });
    await converse(later, 'U: ask hamstring coach when is my reminder\nA: ~set for 9 AM~ ?');
    expect(storedToken(later)).toBe(token);
  });

  test('a reminder out of the skill\'s reach (permission taken back) does not stop forgetting', async () => {
    const userId = newUserId();
    const sim = newSim({ userId });
    await converse(sim, 'U: ask hamstring coach to remind me at nine\nA: ~9 AM~ ?\nU: yes\nA: ~done~ ?');
    fake.api.fail('noPermission', { route: 'reminders' });
    await converse(sim, 'U: forget me\nA: ~should i forget~ ?\nU: yes\nA: ~deleted everything~ .');
  });
});

// ------------------------------------------------------------------ privacy

test('nothing about the user reaches the logs: no token, IDs, times or words', async () => {
  const lines: string[] = [];
  const original = process.stdout.write;
  process.stdout.write = function (chunk: unknown, ...rest: unknown[]): boolean {
    if (typeof chunk === 'string' && chunk.startsWith('{"level":')) {
      lines.push(chunk);
      return true;
    }
    return (original as (...args: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
  } as typeof process.stdout.write;
  let token: string | undefined;
  const userId = newUserId();
  try {
    const sim = newSim({ userId });
    fake.api.fail('throttled', { route: 'reminders' });
    await sim.say('ask hamstring coach to remind me at 9:30 pm');
    await sim.say('yes');
    await sim.say('remind me at 9:30 pm');
    await sim.say('yes');
    token = storedToken(sim);
    await sim.say('when is my reminder');
    await sim.say('cancel my reminder');
  } finally {
    process.stdout.write = original;
  }
  const all = lines.join('');
  expect(lines.some((l) => l.includes('"event":"reminders.create"'))).toBe(true);
  for (const secret of [token!, ACCESS_TOKEN, DEVICE_ID, userId, 'BYHOUR', '9:30', fake.api.endpoint, 'hamstring stretch']) {
    expect({ secret, found: all.includes(secret) }).toEqual({ secret, found: false });
  }
});

// ------------------------------------------------------------------ helpers

/** A daily reminder's body, field by field, against the Reminders API reference. */
function expectDailyBody(body: unknown, expected: { hour: number; minute: number; locale: string; text: string }): void {
  const b = body as Record<string, any>;
  expect(Object.keys(b).sort()).toEqual(['alertInfo', 'pushNotification', 'requestTime', 'trigger']);
  // requestTime: the device's local time, ISO 8601 with no "Z" or offset.
  expect(b.requestTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/);
  expect(Object.keys(b.trigger).sort()).toEqual(['recurrence', 'timeZoneId', 'type']);
  expect(b.trigger.type).toBe('SCHEDULED_ABSOLUTE');
  expect(b.trigger.timeZoneId).toBe(ZONE);
  // With recurrence rules the API ignores scheduledTime: none is sent.
  expect(b.trigger.scheduledTime).toBeUndefined();
  expect(Object.keys(b.trigger.recurrence).sort()).toEqual(['recurrenceRules', 'startDateTime']);
  const hh = String(expected.hour).padStart(2, '0');
  const mm = String(expected.minute).padStart(2, '0');
  expect(b.trigger.recurrence.startDateTime).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}T${hh}:${mm}:00\\.000$`));
  // The first occurrence is today or tomorrow, on the device's calendar.
  const today = b.requestTime.slice(0, 10);
  const start = b.trigger.recurrence.startDateTime.slice(0, 10);
  const days = (Date.parse(`${start}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  expect([0, 1]).toContain(days);
  expect(b.trigger.recurrence.recurrenceRules).toEqual([`FREQ=DAILY;BYHOUR=${expected.hour};BYMINUTE=${expected.minute}`]);
  expect(b.alertInfo).toEqual({ spokenInfo: { content: [{ locale: expected.locale, text: expected.text }] } });
  expect(b.pushNotification).toEqual({ status: 'ENABLED' });
}

describe('in every locale', () => {
  const intent = (name: string, time?: string): Intent => ({
    name,
    confirmationStatus: 'NONE',
    slots: time ? { time: { name: 'time', value: time, confirmationStatus: 'NONE' } } : {},
  });
  const says = (turn: { text: string }, line: string) => expect(turn.text.replace(/\s+/g, ' ')).toContain(line.replace(/\s+/g, ' '));

  test.each(LOCALE_IDS.map((locale) => [locale]))('%s: set, hear about, change and cancel a daily reminder, in that language', async (locale) => {
    const t = translator(locale);
    const sim = new VoiceSimulator({
      handler,
      userId: newUserId(),
      deviceId: DEVICE_ID,
      apiEndpoint: fake.api.endpoint,
      apiAccessToken: ACCESS_TOKEN,
      remindersPermission: 'GRANTED',
      locale,
      startTime: Date.parse('2026-11-25T14:07:00Z'),
    });
    await sim.launch();
    // Alexa fills AMAZON.TIME the same way in every language: "21:30".
    const asked = await sim.intent(intent('SetReminderIntent', '21:30'));
    says(asked, t('reminder.confirm', { time: spokenTime(21, 30) }));
    const set = await sim.intent(intent('AMAZON.YesIntent'));
    expect(set.text).not.toMatch(/undefined|\{\{/);
    const [created] = reminderCalls().filter((call) => call.method === 'POST').slice(-1);
    expect((created.body as { alertInfo: unknown }).alertInfo).toEqual({ spokenInfo: { content: [{ locale, text: t('reminder.alertText') }] } });
    const status = await sim.intent(intent('ReminderStatusIntent'));
    expect(status.text).not.toBe(set.text);
    says(status, t('reminder.status', { time: spokenTime(21, 30) }));
    await sim.intent(intent('SetReminderIntent', '07:00'));
    await sim.intent(intent('AMAZON.YesIntent'));
    expect(reminderCalls().filter((call) => call.method === 'PUT')).not.toHaveLength(0);
    const cancelled = await sim.intent(intent('CancelReminderIntent'));
    says(cancelled, t('reminder.cancelled'));
  });
});
