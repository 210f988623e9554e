/**
 * The reminders service against a stand-in Alexa API over real HTTP on loopback, through
 * ask-sdk's own ReminderManagementServiceClient and UpsServiceClient and ask-sdk-core's
 * DefaultApiClient: create, update by the stored token, a vanished reminder created
 * again, delete, get, list, the device time zone, every failure the API can answer
 * with, and a call that never answers, abandoned at its budget and its connection closed.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestEnvelope } from 'ask-sdk-model';
import { DefaultApiClient } from 'ask-sdk-core';
import { useFakeAlexaApi, type FakeFailureMode } from './support/fake-alexa-api';
import { apiAccessOf, RemindersService, remindersServiceFor, turnDeadline, DEFAULT_TURN_BUDGET_MS, type RemindersServiceOptions } from '../lambda/reminders/reminders-service';
import { ApiTimeoutError, TimeLimitedApiClient } from '../lambda/reminders/time-limited-api-client';
import { buildDailyReminderRequest } from '../lambda/reminders/reminder-request';
import { setLogSink } from '../lambda/support/log';

const ACCESS_TOKEN = 'reminders-test-access-token-0123456789abcdef';
const DEVICE_ID = 'amzn1.ask.device.REMINDERS-TEST-DEVICE';
const TEXT = 'Time for your hamstring stretch. Say: Alexa, open Hamstring Coach.';

const fake = useFakeAlexaApi({ accessToken: ACCESS_TOKEN, timeZone: 'America/New_York' });

let logLines: string[] = [];
let restoreSink: ReturnType<typeof setLogSink>;
beforeEach(() => {
  logLines = [];
  restoreSink = setLogSink((line) => logLines.push(line));
});
afterEach(() => {
  setLogSink(restoreSink);
});

function service(options: Partial<RemindersServiceOptions> & { token?: string } = {}): RemindersService {
  const { token, ...rest } = options;
  return new RemindersService({
    access: { apiEndpoint: fake.api.endpoint, apiAccessToken: token ?? ACCESS_TOKEN, deviceId: DEVICE_ID },
    deadline: turnDeadline(Date.now()),
    ...rest,
  });
}

const daily = { hour: 9, minute: 0, locale: 'en-US', text: TEXT };

function bodyFor(hour: number, minute: number) {
  return buildDailyReminderRequest({ hour, minute, timeZone: 'America/New_York', locale: 'en-US', text: TEXT, now: Date.now() });
}

describe('setting the daily reminder', () => {
  test('first time: reads the device time zone, then creates the reminder, and returns the token to store', async () => {
    const result = await service().setDaily(daily);
    expect(result).toEqual({ ok: true, alertToken: expect.any(String), created: true, timeZone: 'America/New_York' });
    if (!result.ok) return;

    const [zoneCall, createCall] = fake.api.requests;
    expect(fake.api.requests).toHaveLength(2);
    expect(zoneCall.method).toBe('GET');
    expect(zoneCall.path).toBe(`/v2/devices/${encodeURIComponent(DEVICE_ID)}/settings/System.timeZone`);
    expect(createCall.method).toBe('POST');
    expect(createCall.path).toBe('/v1/alerts/reminders');
    expect(createCall.headers['content-type']).toMatch(/^application\/json/);
    expect(createCall.body).toMatchObject({
      trigger: {
        type: 'SCHEDULED_ABSOLUTE',
        timeZoneId: 'America/New_York',
        recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=9;BYMINUTE=0'], startDateTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T09:00:00\.000$/) },
      },
      alertInfo: { spokenInfo: { content: [{ locale: 'en-US', text: TEXT }] } },
      pushNotification: { status: 'ENABLED' },
    });

    const stored = fake.api.reminders();
    expect(stored.map((r) => r.alertToken)).toEqual([result.alertToken]);
  });

  test('every call carries the request\'s access token as a bearer token', async () => {
    await service().setDaily(daily);
    expect(fake.api.requests.length).toBeGreaterThan(0);
    for (const request of fake.api.requests) expect(request.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
  });

  test('with a stored token: updates that reminder instead of adding a second one', async () => {
    const first = await service().setDaily(daily);
    if (!first.ok) throw new Error(`create failed: ${first.failure}`);
    fake.api.requests.length = 0;

    const second = await service().setDaily({ ...daily, hour: 20, minute: 30, alertToken: first.alertToken });
    expect(second).toEqual({ ok: true, alertToken: first.alertToken, created: false, timeZone: 'America/New_York' });
    expect(fake.api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /v2/devices/${encodeURIComponent(DEVICE_ID)}/settings/System.timeZone`,
      `PUT /v1/alerts/reminders/${first.alertToken}`,
    ]);
    expect(fake.api.reminders()).toHaveLength(1);
    expect(fake.api.reminders()[0].trigger).toMatchObject({ recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=20;BYMINUTE=30'] } });
  });

  test('a stored token whose reminder is gone (deleted in the Alexa app): the update finds nothing, so it is created again', async () => {
    const first = await service().setDaily(daily);
    if (!first.ok) throw new Error(`create failed: ${first.failure}`);
    fake.api.forgetReminder(first.alertToken);
    fake.api.requests.length = 0;

    const again = await service().setDaily({ ...daily, alertToken: first.alertToken });
    expect(again).toMatchObject({ ok: true, created: true });
    if (!again.ok) return;
    expect(again.alertToken).not.toBe(first.alertToken);
    expect(fake.api.requests.map((r) => r.method)).toEqual(['GET', 'PUT', 'POST']);
    expect(fake.api.reminders().map((r) => r.alertToken)).toEqual([again.alertToken]);
  });

  test('the device\'s own time zone goes into the reminder', async () => {
    fake.api.setTimeZone('Europe/Berlin');
    try {
      expect(await service().timeZone()).toEqual({ ok: true, timeZone: 'Europe/Berlin' });
      const result = await service().setDaily(daily);
      expect(result).toMatchObject({ ok: true, timeZone: 'Europe/Berlin' });
      expect(fake.api.reminders()[0].trigger).toMatchObject({ timeZoneId: 'Europe/Berlin' });
    } finally {
      fake.api.setTimeZone('America/New_York');
    }
  });

  test('a time zone this runtime cannot use is a failure, and no reminder is made', async () => {
    fake.api.setTimeZone('Mars/Olympus_Mons');
    try {
      expect(await service().setDaily(daily)).toEqual({ ok: false, failure: 'serverError' });
      expect(fake.api.requests.map((r) => r.method)).toEqual(['GET']);
    } finally {
      fake.api.setTimeZone('America/New_York');
    }
  });
});

describe('hearing about and cancelling the reminder', () => {
  test('get: its daily time and status, read back from the API', async () => {
    const set = await service().setDaily({ ...daily, hour: 18, minute: 45 });
    if (!set.ok) throw new Error(set.failure);
    expect(await service().get(set.alertToken)).toEqual({ ok: true, reminder: { alertToken: set.alertToken, status: 'ON', time: { hour: 18, minute: 45 } } });
    expect(fake.api.requests.at(-1)).toMatchObject({ method: 'GET', path: `/v1/alerts/reminders/${set.alertToken}` });
  });

  test('get of a reminder that is gone: notFound', async () => {
    expect(await service().get('no-such-token')).toEqual({ ok: false, failure: 'notFound' });
  });

  test('list: every reminder this skill has for the user', async () => {
    const a = await service().create(bodyFor(9, 0));
    const b = await service().create(bodyFor(20, 0));
    if (!a.ok || !b.ok) throw new Error('create failed');
    const listed = await service().list();
    expect(listed).toEqual({
      ok: true,
      reminders: [
        { alertToken: a.alertToken, status: 'ON', time: { hour: 9, minute: 0 } },
        { alertToken: b.alertToken, status: 'ON', time: { hour: 20, minute: 0 } },
      ],
    });
    expect(fake.api.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v1/alerts/reminders' });
  });

  test('cancel: deletes it; cancelling again finds it already gone and still counts as cancelled', async () => {
    const set = await service().setDaily(daily);
    if (!set.ok) throw new Error(set.failure);
    expect(await service().cancelDaily(set.alertToken)).toEqual({ ok: true, alreadyGone: false });
    expect(fake.api.requests.at(-1)).toMatchObject({ method: 'DELETE', path: `/v1/alerts/reminders/${set.alertToken}` });
    expect(fake.api.reminders()).toEqual([]);
    expect(await service().cancelDaily(set.alertToken)).toEqual({ ok: true, alreadyGone: true });
    expect(await service().remove(set.alertToken)).toEqual({ ok: false, failure: 'notFound' });
  });
});

describe('every failure becomes an outcome, never a throw', () => {
  test.each<[FakeFailureMode, string]>([
    ['unauthorized', 'noPermission'],
    ['noPermission', 'noPermission'],
    ['deviceUnsupported', 'unsupportedDevice'],
    ['maxReminders', 'tooMany'],
    ['throttled', 'throttled'],
    ['internalError', 'serverError'],
    ['unavailable', 'serverError'],
  ])('the API answering %s: create gives %s, and nothing is stored', async (mode, failure) => {
    fake.api.fail(mode);
    expect(await service().create(bodyFor(9, 0))).toEqual({ ok: false, failure });
    expect(fake.api.reminders()).toEqual([]);
  });

  test.each<[FakeFailureMode, string]>([
    ['noPermission', 'noPermission'],
    ['deviceUnsupported', 'unsupportedDevice'],
    ['throttled', 'throttled'],
    ['unavailable', 'serverError'],
  ])('%s on update, get, delete and list alike', async (mode, failure) => {
    const created = await service().create(bodyFor(9, 0));
    if (!created.ok) throw new Error(created.failure);
    fake.api.fail(mode, { times: 4, route: 'reminders' });
    expect(await service().update(created.alertToken, bodyFor(10, 0))).toEqual({ ok: false, failure });
    expect(await service().get(created.alertToken)).toEqual({ ok: false, failure });
    expect(await service().remove(created.alertToken)).toEqual({ ok: false, failure });
    expect(await service().list()).toEqual({ ok: false, failure });
    expect(fake.api.reminders()).toHaveLength(1);
  });

  test('the 400 MAX_REMINDERS_EXCEEDED body is what tells a full reminder list apart from other bad requests', async () => {
    const full = new (await import('../lambda/local/fake-alexa-api')).FakeAlexaApi({ accessToken: ACCESS_TOKEN, reminderLimit: 1 });
    await full.start();
    try {
      const at = (): RemindersService => new RemindersService({ access: { apiEndpoint: full.endpoint, apiAccessToken: ACCESS_TOKEN, deviceId: DEVICE_ID }, deadline: turnDeadline(Date.now()) });
      expect(await at().create(bodyFor(9, 0))).toMatchObject({ ok: true });
      expect(await at().create(bodyFor(10, 0))).toEqual({ ok: false, failure: 'tooMany' });
      // A body the API refuses for another reason (a time with "Z") is rejected, not "too many".
      const zulu = { ...bodyFor(9, 0), requestTime: new Date().toISOString() };
      expect(await at().create(zulu)).toEqual({ ok: false, failure: 'rejected' });
    } finally {
      await full.stop();
    }
  });

  test('a failing time-zone lookup stops setDaily before any reminder call', async () => {
    fake.api.fail('noPermission', { route: 'timeZone' });
    expect(await service().setDaily(daily)).toEqual({ ok: false, failure: 'noPermission' });
    expect(fake.api.requests.map((r) => r.path)).toEqual([`/v2/devices/${encodeURIComponent(DEVICE_ID)}/settings/System.timeZone`]);
  });

  test('a failing update (not "gone") is reported as it is, and no second reminder is created', async () => {
    const first = await service().setDaily(daily);
    if (!first.ok) throw new Error(first.failure);
    fake.api.fail('throttled', { route: 'reminders' });
    expect(await service().setDaily({ ...daily, alertToken: first.alertToken })).toEqual({ ok: false, failure: 'throttled' });
    expect(fake.api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  test('a time or text no reminder can be made from is rejected before any reminder call, not thrown', async () => {
    expect(await service().setDaily({ ...daily, hour: 24 })).toEqual({ ok: false, failure: 'rejected' });
    expect(await service().setDaily({ ...daily, text: '' })).toEqual({ ok: false, failure: 'rejected' });
    expect(fake.api.requests.filter((r) => r.path.startsWith('/v1/'))).toEqual([]);
  });

  test('a wrong bearer token gets 401 from the API: noPermission', async () => {
    expect(await service({ token: 'someone-elses-token' }).create(bodyFor(9, 0))).toEqual({ ok: false, failure: 'noPermission' });
    expect(fake.api.requests[0].headers.authorization).toBe('Bearer someone-elses-token');
  });

  test('nothing listening at the endpoint: serverError', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const nowhere = new RemindersService({ access: { apiEndpoint: `http://127.0.0.1:${port}`, apiAccessToken: ACCESS_TOKEN, deviceId: DEVICE_ID }, deadline: turnDeadline(Date.now()) });
    expect(await nowhere.create(bodyFor(9, 0))).toEqual({ ok: false, failure: 'serverError' });
    expect(await nowhere.timeZone()).toEqual({ ok: false, failure: 'serverError' });
  });
});

describe('time limits', () => {
  test('a call that never answers is given up at its budget, as timeout, and its connection is closed', async () => {
    fake.api.fail('hang');
    const result = await service({ callBudgetMs: 300 }).create(bodyFor(9, 0));
    expect(result).toEqual({ ok: false, failure: 'timeout' });
    // The request was aborted, not just abandoned: the server sees the client hang up.
    await waitFor(() => fake.api.hangingRequests === 0);
    expect(fake.api.reminders()).toEqual([]);
  });

  test('the turn deadline cuts a call shorter than its own budget', async () => {
    fake.api.fail('hang');
    const result = await service({ callBudgetMs: 60_000, deadline: Date.now() + 300 }).create(bodyFor(9, 0));
    expect(result).toEqual({ ok: false, failure: 'timeout' });
    await waitFor(() => fake.api.hangingRequests === 0);
  });

  test('with the deadline already past, nothing is sent at all', async () => {
    const late = service({ deadline: Date.now() - 1 });
    expect(await late.setDaily(daily)).toEqual({ ok: false, failure: 'timeout' });
    expect(await late.cancelDaily('any-token')).toEqual({ ok: false, failure: 'timeout' });
    expect(fake.api.requests).toEqual([]);
  });

  test('a hang on the second call of setDaily: the time zone is read, the create times out', async () => {
    fake.api.fail('hang', { route: 'reminders' });
    expect(await service({ callBudgetMs: 300 }).setDaily(daily)).toEqual({ ok: false, failure: 'timeout' });
    expect(fake.api.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
    await waitFor(() => fake.api.hangingRequests === 0);
  });

  test('TimeLimitedApiClient passes a prompt answer through unchanged', async () => {
    const client = new TimeLimitedApiClient({ budgetMs: 2000 });
    const response = await client.invoke({
      url: `${fake.api.endpoint}/v2/devices/${encodeURIComponent(DEVICE_ID)}/settings/System.timeZone`,
      method: 'GET',
      headers: [{ key: 'Authorization', value: `Bearer ${ACCESS_TOKEN}` }],
    });
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body as string)).toBe('America/New_York');
  });

  test('TimeLimitedApiClient rejects with a recognisable ApiTimeoutError even for a client that makes no HTTP request', async () => {
    const never = { invoke: () => new Promise<never>(() => undefined) };
    const client = new TimeLimitedApiClient({ inner: never, budgetMs: 50 });
    const error = await client.invoke({ url: 'http://127.0.0.1:1/', method: 'GET', headers: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(error).toMatchObject({ name: 'ApiTimeoutError', budgetMs: 50 });
  });

  test('the default budgets: 2 s a call, 5 s a turn', () => {
    expect(new TimeLimitedApiClient().budgetForNextCall()).toBe(2000);
    expect(new TimeLimitedApiClient({ inner: new DefaultApiClient(), deadline: 1_000_500, now: () => 1_000_000 }).budgetForNextCall()).toBe(500);
    expect(DEFAULT_TURN_BUDGET_MS).toBe(5000);
    expect(turnDeadline(1000)).toBe(6000);
  });
});

describe('from the request envelope', () => {
  const envelope = (system: Record<string, unknown>): RequestEnvelope => ({ version: '1.0', context: { System: system }, request: { type: 'LaunchRequest', requestId: 'r', timestamp: '', locale: 'en-US' } }) as unknown as RequestEnvelope;

  test('apiAccessOf takes the endpoint, the access token and the device', () => {
    expect(apiAccessOf(envelope({ apiEndpoint: 'https://api.amazonalexa.com', apiAccessToken: 'tok', device: { deviceId: 'dev' } }))).toEqual({
      apiEndpoint: 'https://api.amazonalexa.com',
      apiAccessToken: 'tok',
      deviceId: 'dev',
    });
  });

  test.each([
    [{ apiAccessToken: 'tok', device: { deviceId: 'dev' } }],
    [{ apiEndpoint: 'https://api.amazonalexa.com', device: { deviceId: 'dev' } }],
    [{ apiEndpoint: 'https://api.amazonalexa.com', apiAccessToken: 'tok' }],
    [{ apiEndpoint: '', apiAccessToken: 'tok', device: { deviceId: 'dev' } }],
  ])('a request missing any of them gives no service: %p', (system) => {
    expect(apiAccessOf(envelope(system))).toBeUndefined();
    expect(remindersServiceFor(envelope(system), { deadline: Date.now() + 1000 })).toBeUndefined();
  });

  test('remindersServiceFor talks to the endpoint the request names', async () => {
    const svc = remindersServiceFor(envelope({ apiEndpoint: fake.api.endpoint, apiAccessToken: ACCESS_TOKEN, device: { deviceId: DEVICE_ID } }), { deadline: turnDeadline(Date.now()) });
    expect(await svc?.timeZone()).toEqual({ ok: true, timeZone: 'America/New_York' });
  });
});

describe('logging', () => {
  test('each call logs its operation and outcome, and nothing about the user', async () => {
    const set = await service().setDaily(daily);
    if (!set.ok) throw new Error(set.failure);
    fake.api.fail('deviceUnsupported');
    await service().get(set.alertToken);
    fake.api.fail('hang');
    await service({ callBudgetMs: 100 }).remove(set.alertToken);

    const lines = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => `${l.event}:${l.outcome}`)).toEqual([
      'reminders.time_zone:ok',
      'reminders.create:ok',
      'reminders.get:unsupportedDevice',
      'reminders.delete:timeout',
    ]);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(['durationMs', 'event', 'level', 'outcome']);
    }
    const all = logLines.join('\n');
    for (const secret of [ACCESS_TOKEN, DEVICE_ID, 'REMINDERS-TEST-DEVICE', set.alertToken, TEXT, fake.api.endpoint]) expect(all).not.toContain(secret);
    await waitFor(() => fake.api.hangingRequests === 0);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
