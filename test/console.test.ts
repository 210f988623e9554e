/**
 * `npm start`, as a newcomer uses it: lines piped in, Alexa's answers out, user
 * data in a local file so the second run remembers the first, clean exit at the
 * end of input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'hc-console-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function talk(lines: string[], dataFile = 'users.json'): { out: string; status: number | null } {
  const run = spawnSync('npm', ['start', '--silent', '--', '--fast', '--data', join(dir, dataFile)], {
    cwd: root,
    input: lines.join('\n') + '\n',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { out: run.stdout, status: run.status };
}

test('a first run walks into a hold with the pauses printed; a second run offers to carry on', () => {
  const first = talk(['open hamstring coach', 'in a chair', 'ready', 'ready', 'ready', 'ready', 'ready', 'stop']);
  expect(first.status).toBe(0);
  expect(first.out).toContain('You: open hamstring coach');
  expect(first.out).toMatch(/Alexa: Welcome to Hamstring Coach\..*check with your doctor.*Would you like to stretch sitting, standing, or lying down\?/);
  expect(first.out).toContain("Alexa: Here's the sitting stretch:");
  // The lead-in, then the hold from its APLA timeline: one line per pause and cue, at exact times, then the chime.
  const lines = first.out.split('\n');
  const leadIn = lines.findIndex((line) => /^Alexa: Round 1 of 2, right leg\. Hold it there for 30 seconds\.$/.test(line));
  expect(leadIn).toBeGreaterThan(0);
  const chime = lines.findIndex((line, i) => i > leadIn && line.includes('[chime]'));
  const hold = lines.slice(leadIn + 1, chime);
  expect(hold.every((line) => /^  \[(pause [\d.]+ s|at [\d.]+ s\] .+)\]?$/.test(line))).toBe(true);
  const pauses = hold.map((line) => /\[pause ([\d.]+) s\]/.exec(line)).filter(Boolean).map((m) => Number(m![1]));
  expect(pauses.length).toBeGreaterThanOrEqual(3);
  expect(Math.max(...pauses)).toBeLessThanOrEqual(10);
  expect(hold).toContain('  [at 15 s] Halfway there.');
  expect(hold).toContain('  [at 25 s] Five more seconds.');
  expect(lines[chime]).toMatch(/^  \[chime\] And release\..*Ready for round 1, with your left leg\?$/);
  expect(first.out).toContain('Your place is saved.');
  expect(JSON.parse(readFileSync(join(dir, 'users.json'), 'utf8'))).toHaveProperty('users');

  const second = talk(['open hamstring coach', 'yes']);
  expect(second.status).toBe(0);
  expect(second.out).toMatch(/Welcome back\..*partway through the sitting stretch/);
  expect(second.out).not.toContain('check with your doctor');
  expect(second.out).toMatch(/You've done 1 of 4 holds\. Let's get back into position\. First, find a firm chair/);
});

test('an empty line is silence: the reprompt, then the session closes', () => {
  const run = talk(['open hamstring coach', '', ''], 'quiet-user.json');
  expect(run.status).toBe(0);
  expect(run.out).toContain('Alexa: Which stretch would you like: sitting, standing, or lying down?');
  expect(run.out).toContain('(Alexa closed the session.)');
});

test('on a terminal, in real time, a line typed during a hold cuts Alexa off and pauses the hold with what is left', async () => {
  const { PassThrough } = await import('node:stream');
  const { runConsole } = await import('../lambda/local/console');
  const input = Object.assign(new PassThrough(), { isTTY: true });
  let out = '';
  const output = new PassThrough();
  output.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const running = runConsole(['--data', join(dir, 'terminal-user.json')], input, output);

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const type = async (line: string, thenWaitMs = 300) => {
    input.write(line + '\n');
    await sleep(thenWaitMs);
  };
  await type('open hamstring coach');
  await type('on my back');
  for (let i = 0; i < 4; i++) await type('ready'); // each cuts the step before off; the last starts the hold
  await sleep(7000); // the lead-in (about 4 s), then about 3 s of the hold
  await type('pause', 500);
  input.end();
  await running;

  expect(out).toContain('Round 1 of 2, right leg.');
  expect(out).toContain('(cut off)');
  const left = /Paused, with (\d+) seconds left on your right leg/.exec(out);
  expect(left).not.toBeNull();
  expect(Number(left![1])).toBeGreaterThanOrEqual(24);
  expect(Number(left![1])).toBeLessThanOrEqual(29);
}, 20_000);

test('reminders work locally: AMAZON.TIME filled as Alexa does, the permission asked and typed, set, heard, changed and cancelled', () => {
  const run = talk(
    [
      'open hamstring coach',
      'remind me every day at nine',
      'no',
      'half past seven in the evening',
      'yes',
      'yes',
      'when is my reminder',
      'set a daily reminder for 8 am',
      'yes',
      'cancel my reminder',
      'when is my reminder',
      'stop',
    ],
    'reminders.json',
  );
  expect(run.status).toBe(0);
  const said = run.out.split('\n').filter((line) => line.startsWith('Alexa: ') || line.startsWith('('));
  expect(said.slice(1, 11)).toEqual([
    'Alexa: I\'ll remind you every day at 9 AM. Is that right?',
    'Alexa: What time should I remind you each day?',
    'Alexa: I\'ll remind you every day at 7:30 PM. Is that right?',
    '(Alexa asks whether Hamstring Coach may create and edit your reminders. Type yes to allow, no to refuse, or an empty line to leave it unanswered.)',
    'Alexa: Done. I\'ll remind you to stretch every day at 7:30 PM. Would you like to stretch sitting, standing, or lying down?',
    'Alexa: Your daily stretch reminder is set for 7:30 PM. Would you like to stretch sitting, standing, or lying down?',
    'Alexa: I\'ll remind you every day at 8 AM. Is that right?',
    'Alexa: Done. Your daily reminder is now at 8 AM. Would you like to stretch sitting, standing, or lying down?',
    'Alexa: Okay, I\'ve cancelled your daily reminder. Would you like to stretch sitting, standing, or lying down?',
    'Alexa: You don\'t have a daily reminder. You can say: remind me every day at nine. Would you like to stretch sitting, standing, or lying down?',
  ]);
});

test('refusing the permission in the console gets the kind answer, and nothing is set', () => {
  const run = talk(['open hamstring coach', 'remind me at 6 pm', 'yes', 'no', 'when is my reminder'], 'refused.json');
  expect(run.status).toBe(0);
  expect(run.out).toContain('Alexa: Okay, no reminder. If you change your mind, you can allow reminders in the Alexa app.');
  expect(run.out).toContain("Alexa: You don't have a daily reminder.");
});
