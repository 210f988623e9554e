/**
 * The stand-in Alexa API itself, spoken to with plain HTTP: the checks the reminders
 * tests rely on it to make (bearer token, routes, Amazon's error shapes, local times
 * only), so a lenient fake can't make those tests pass for the wrong reason.
 */
import { useFakeAlexaApi } from './support/fake-alexa-api';

const TOKEN = 'fake-api-test-token';
const fake = useFakeAlexaApi({ accessToken: TOKEN, timeZone: 'Europe/London' });

const body = {
  requestTime: '2026-12-02T07:00:00.000',
  trigger: { type: 'SCHEDULED_ABSOLUTE', timeZoneId: 'Europe/London', recurrence: { startDateTime: '2026-12-02T09:00:00.000', recurrenceRules: ['FREQ=DAILY;BYHOUR=9;BYMINUTE=0'] } },
  alertInfo: { spokenInfo: { content: [{ locale: 'en-GB', text: 'Time to stretch.' }] } },
  pushNotification: { status: 'ENABLED' },
};

async function call(method: string, path: string, options: { token?: string | null; json?: unknown } = {}): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {};
  if (options.token !== null) headers.authorization = `Bearer ${options.token ?? TOKEN}`;
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${fake.api.endpoint}${path}`, { method, headers, body: options.json === undefined ? undefined : JSON.stringify(options.json) });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

test('no bearer token, or the wrong one: 401 on every route', async () => {
  for (const [method, path] of [['GET', '/v1/alerts/reminders'], ['POST', '/v1/alerts/reminders'], ['GET', '/v2/devices/d/settings/System.timeZone']]) {
    expect((await call(method, path, { token: null, json: method === 'POST' ? body : undefined })).status).toBe(401);
    expect((await call(method, path, { token: 'wrong', json: method === 'POST' ? body : undefined })).status).toBe(401);
  }
  expect(fake.api.reminders()).toEqual([]);
});

test('create, read, list, update, delete: the shapes of Amazon\'s answers', async () => {
  const created = await call('POST', '/v1/alerts/reminders', { json: body });
  expect(created).toEqual({ status: 200, body: { alertToken: expect.any(String), createdTime: expect.any(String), updatedTime: expect.any(String), status: 'ON', version: '1', href: expect.stringMatching(/^\/v1\/alerts\/reminders\//) } });
  const token = (created.body as { alertToken: string }).alertToken;

  expect(await call('GET', `/v1/alerts/reminders/${token}`)).toMatchObject({ status: 200, body: { alertToken: token, status: 'ON', trigger: body.trigger, alertInfo: body.alertInfo } });
  expect(await call('GET', '/v1/alerts/reminders')).toMatchObject({ status: 200, body: { totalCount: '1', alerts: [{ alertToken: token }] } });
  expect(await call('PUT', `/v1/alerts/reminders/${token}`, { json: body })).toMatchObject({ status: 200, body: { alertToken: token, version: '2' } });
  expect(await call('DELETE', `/v1/alerts/reminders/${token}`)).toEqual({ status: 200, body: undefined });
  for (const method of ['GET', 'DELETE']) {
    expect(await call(method, `/v1/alerts/reminders/${token}`)).toEqual({ status: 404, body: { code: 'ALERT_NOT_FOUND', message: expect.any(String) } });
  }
  expect((await call('PUT', `/v1/alerts/reminders/${token}`, { json: body })).status).toBe(404);
});

test('the time zone setting answers a JSON string', async () => {
  expect(await call('GET', '/v2/devices/amzn1.ask.device.X/settings/System.timeZone')).toEqual({ status: 200, body: 'Europe/London' });
});

test('times with a zone ("Z" or an offset), a missing trigger type or missing spoken content are refused with 400', async () => {
  const refusals = [
    { ...body, requestTime: '2026-12-02T07:00:00.000Z' },
    { ...body, trigger: { ...body.trigger, recurrence: { ...body.trigger.recurrence, startDateTime: '2026-12-02T09:00:00+01:00' } } },
    { ...body, trigger: { ...body.trigger, scheduledTime: '2026-12-02T09:00:00Z' } },
    { ...body, trigger: { ...body.trigger, type: undefined } },
    { ...body, alertInfo: { spokenInfo: { content: [] } } },
  ];
  for (const refused of refusals) {
    const answer = await call('POST', '/v1/alerts/reminders', { json: refused });
    expect(answer).toEqual({ status: 400, body: { code: expect.stringMatching(/^INVALID_/), message: expect.any(String) } });
  }
  expect(fake.api.reminders()).toEqual([]);
});

test('queued failures answer with the status and code Amazon uses, in order, then stop', async () => {
  fake.api.fail('deviceUnsupported');
  fake.api.fail('maxReminders');
  fake.api.fail('throttled', { times: 2 });
  const answers = [];
  for (let i = 0; i < 5; i++) answers.push(await call('POST', '/v1/alerts/reminders', { json: body }));
  expect(answers.map((a) => [a.status, (a.body as { code?: string }).code ?? 'created'])).toEqual([
    [403, 'DEVICE_NOT_SUPPORTED'],
    [400, 'MAX_REMINDERS_EXCEEDED'],
    [429, 'TOO_MANY_REQUESTS'],
    [429, 'TOO_MANY_REQUESTS'],
    [200, 'created'],
  ]);
});

test('a failure aimed at one route leaves the other alone', async () => {
  fake.api.fail('internalError', { route: 'reminders', times: Number.POSITIVE_INFINITY });
  expect((await call('GET', '/v2/devices/d/settings/System.timeZone')).status).toBe(200);
  expect((await call('GET', '/v1/alerts/reminders')).status).toBe(500);
  expect((await call('GET', '/v1/alerts/reminders')).status).toBe(500);
  fake.api.clearFailures();
  expect((await call('GET', '/v1/alerts/reminders')).status).toBe(200);
});

test('every request is recorded: method, path, lower-case headers, parsed body', async () => {
  await call('POST', '/v1/alerts/reminders', { json: body });
  expect(fake.api.requests).toEqual([
    { method: 'POST', path: '/v1/alerts/reminders', headers: expect.objectContaining({ authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }), body },
  ]);
});

test('unknown routes and methods are refused', async () => {
  expect((await call('GET', '/v1/alerts/timers')).status).toBe(404);
  expect((await call('PATCH', '/v1/alerts/reminders')).status).toBe(405);
  expect((await call('POST', '/v2/devices/d/settings/System.timeZone')).status).toBe(405);
});
