/**
 * `npm start`: talk to the skill in a terminal, no AWS account needed.
 *
 * Type what you would say to an Echo, one line at a time ("open hamstring
 * coach", "sitting", "ready"). Lines are resolved against the real
 * interaction model and sent through the real skill; Alexa's answer is
 * printed. Pauses are waited out, or with `--fast` printed as "[pause 10 s]"; a
 * hold prints its pauses and cues at their exact times ("[at 15 s] Halfway there.").
 * An empty line is silence: Alexa reprompts, then closes the session.
 * User data is kept in a local file, so the next run remembers this one.
 *
 * Reminders work too: Alexa's Reminders and settings APIs are played by the fake Alexa
 * API, run in this process on loopback ("remind me every day at nine", "when is my
 * reminder?", "cancel my reminder"). The reminders permission starts not granted: when
 * the skill asks for it, type yes to allow it, no to refuse, or an empty line to leave
 * it unanswered. The fake keeps reminders for this run only.
 */
import * as path from 'path';
import * as readline from 'readline';
import { setTimeout as delay } from 'timers/promises';
import { buildSkill } from '../skill';
import { FilePersistenceAdapter } from '../persistence/file-adapter';
import { setLogSink } from '../support/log';
import type { AplaTimeline } from '../speech/apla/reader';
import { readSsml } from '../speech/ssml-reader';
import { estimateSpeechSeconds } from '../speech/timing/speech-duration';
import { VoiceSimulator, Turn } from './voice-simulator';
import { FakeAlexaApi } from './fake-alexa-api';
import { isLocaleId, LOCALE_IDS } from '../locales/registry';
import { launchPhrase } from './utterance-resolver';

/** The bearer token the console's requests carry, and the fake Alexa API expects. */
const CONSOLE_API_TOKEN = 'local-console-access-token';

interface ConsoleOptions {
  fast: boolean;
  dataFile: string;
  locale: string;
}

function parseArgs(argv: string[]): ConsoleOptions {
  const fast = argv.includes('--fast');
  const localeFlag = argv.indexOf('--locale');
  const locale = localeFlag >= 0 && argv[localeFlag + 1] ? argv[localeFlag + 1] : 'en-US';
  if (!isLocaleId(locale)) {
    throw new Error(`No locale ${locale}: choose one of ${LOCALE_IDS.join(', ')}`);
  }
  const fileFlag = argv.indexOf('--data');
  const dataFile =
    fileFlag >= 0 && argv[fileFlag + 1]
      ? path.resolve(argv[fileFlag + 1])
      : path.resolve(process.env.HAMSTRING_COACH_DATA ?? '.hamstring-coach/users.json');
  return { fast, dataFile, locale };
}

/**
 * Prints a response; in real-time mode, waits as long as Alexa would take to
 * say it. `cutOff` is the user breaking in (as with the wake word): the rest
 * of the response is not said. outputSpeech comes first, on the "Alexa:" line;
 * a hold (the APLA document played after it) follows, one line per pause and
 * cue, at its exact times, then the chime and what follows it on one line.
 */
async function speak(turn: Turn, options: ConsoleOptions, invocation: string, out: NodeJS.WritableStream, cutOff?: AbortSignal): Promise<void> {
  const { fast, locale } = options;
  if (!turn.ssml && !turn.apla) return;
  const waitMs = async (ms: number): Promise<boolean> => {
    if (fast || ms <= 0) return true;
    await delay(ms, undefined, { signal: cutOff }).catch(() => undefined);
    if (!cutOff?.aborted) return true;
    out.write('(cut off)\n');
    return false;
  };
  let line = 'Alexa: ';
  for (const { segment, pace } of readSsml(turn.ssml)) {
    if (segment.kind === 'speech') {
      line += segment.text + ' ';
    } else if (segment.kind === 'break') {
      line += `[pause ${seconds(segment.ms)} s] `;
    } else {
      line += '[chime] ';
    }
    if (fast || segment.kind === 'audio') continue;
    out.write(line);
    line = '';
    if (!(await waitMs(segment.kind === 'speech' ? estimateSpeechSeconds(segment.text, pace, locale) * 1000 : segment.ms))) return;
  }
  out.write(line.trimEnd() + '\n');
  if (turn.apla && !(await playApla(turn.apla, out, waitMs))) return;
  if (turn.ended) out.write(`(The session has ended. Say "${invocation}" to start again.)\n`);
}

/** The hold: each pause and cue on its own line at its exact time, then the chime and the rest on one line. */
async function playApla(timeline: AplaTimeline, out: NodeJS.WritableStream, waitMs: (ms: number) => Promise<boolean>): Promise<boolean> {
  const chime = timeline.events.findIndex((event) => event.kind === 'audio');
  const holdEvents = chime < 0 ? timeline.events : timeline.events.slice(0, chime);
  let clock = 0;
  for (const event of holdEvents) {
    if (!(await waitMs(event.atMs - clock))) return false;
    clock = event.atMs;
    if (event.kind === 'silence') {
      if (event.ms >= 50) out.write(`  [pause ${seconds(event.ms)} s]\n`);
    } else {
      out.write(`  [at ${seconds(event.atMs)} s] ${event.kind === 'speech' ? event.text : '[sound]'}\n`);
    }
  }
  if (chime < 0) return waitMs(timeline.totalMs - clock);
  out.write(' ');
  for (const event of timeline.events.slice(chime)) {
    if (!(await waitMs(event.atMs - clock))) return false;
    clock = event.atMs;
    const words = event.kind === 'speech' ? event.text : event.kind === 'audio' ? '[chime]' : event.ms >= 50 ? `[pause ${seconds(event.ms)} s]` : '';
    if (words) out.write(` ${words}`);
  }
  out.write('\n');
  return waitMs(timeline.totalMs - clock);
}

function seconds(ms: number): number {
  return Number((ms / 1000).toFixed(1));
}

export async function runConsole(argv: string[], input: NodeJS.ReadableStream, out: NodeJS.WritableStream): Promise<void> {
  const options = parseArgs(argv);
  // Logs go to stderr so that piped output is just the conversation.
  setLogSink((line) => process.stderr.write(line + '\n'));
  const skill = buildSkill({ persistence: new FilePersistenceAdapter({ filePath: options.dataFile }) });
  const alexaApi = new FakeAlexaApi({ accessToken: CONSOLE_API_TOKEN, timeZone: localTimeZone() });
  const simulator = new VoiceSimulator({
    handler: (envelope) => skill.invoke(envelope),
    startTime: Date.now(),
    // In real time, requests carry the wall clock, so breaking in mid-hold works as on a device.
    wallClock: options.fast ? undefined : Date.now,
    locale: options.locale,
    apiEndpoint: await alexaApi.start(),
    apiAccessToken: CONSOLE_API_TOKEN,
    remindersPermission: 'DENIED',
  });
  try {
    await converseOnConsole(simulator, options, input, out);
  } finally {
    await alexaApi.stop();
  }
}

/** This computer's time zone, which the fake settings API reports as the device's. */
function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/New_York';
}

async function converseOnConsole(simulator: VoiceSimulator, options: ConsoleOptions, input: NodeJS.ReadableStream, out: NodeJS.WritableStream): Promise<void> {
  const invocation = launchPhrase(simulator.model);
  const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
  if (interactive) {
    out.write(`Hamstring Coach, local console (${options.locale}). Say "${invocation}" to begin; Ctrl+D to quit.\n`);
  }
  const lines = new LineQueue(input, interactive);
  let silences = 0;
  if (interactive) out.write('You: ');
  for (let raw = await lines.next(); raw !== undefined; raw = await lines.next()) {
    const text = raw.trim();
    if (!interactive) out.write(`You: ${text}\n`);
    let turn: Turn | undefined;
    if (simulator.lastTurn?.asksConsent && simulator.inSession) {
      silences = 0;
      turn = await simulator.answerConsent(consentAnswer(text));
    } else if (!text) {
      await silence(simulator, ++silences, out);
    } else {
      silences = 0;
      turn = await simulator.say(text);
    }
    if (turn) {
      await speak(turn, options, invocation, out, lines.listen());
      explainConsent(turn, out);
    }
    if (interactive) out.write('You: ');
  }
  if (simulator.inSession) await simulator.endSession('USER_INITIATED');
  if (interactive) out.write('\n');
}

/**
 * Lines from the input, one at a time. On a terminal, a line typed while Alexa
 * is still talking cuts her off, as "Alexa, ..." does on an Echo: that is how to
 * pause a hold partway. Piped input is read in turn, never cutting anything off.
 */
class LineQueue {
  private readonly waiting: string[] = [];
  private closed = false;
  private wake: (() => void) | undefined;
  private speaking: AbortController | undefined;

  constructor(input: NodeJS.ReadableStream, private readonly bargeIn: boolean) {
    const lines = readline.createInterface({ input, terminal: false });
    lines.on('line', (line) => {
      this.waiting.push(line);
      if (this.bargeIn) this.speaking?.abort();
      this.wake?.();
    });
    lines.on('close', () => {
      this.closed = true;
      // Ctrl+D on a terminal: the user has gone, so Alexa stops mid-sentence too.
      if (this.bargeIn) this.speaking?.abort();
      this.wake?.();
    });
  }

  /** The next line, or undefined at the end of input. */
  async next(): Promise<string | undefined> {
    while (this.waiting.length === 0 && !this.closed) {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    this.wake = undefined;
    return this.waiting.shift();
  }

  /** A signal that fires when the user types over the response about to be spoken. */
  listen(): AbortSignal {
    this.speaking = new AbortController();
    return this.speaking.signal;
  }
}

/** Alexa's own permission question, which the console can only describe. */
function explainConsent(turn: Turn, out: NodeJS.WritableStream): void {
  if (turn.asksConsent) {
    out.write('(Alexa asks whether Hamstring Coach may create and edit your reminders. Type yes to allow, no to refuse, or an empty line to leave it unanswered.)\n');
  }
  const card = turn.envelope.response?.card as { type?: string } | undefined;
  if (card?.type === 'AskForPermissionsConsent') out.write('(A card in the Alexa app asks for the reminders permission.)\n');
}

function consentAnswer(text: string): 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED' {
  const said = text.trim().toLowerCase();
  if (said === '') return 'NOT_ANSWERED';
  return /^(yes|yeah|yep|sure|ok|okay|allow|i allow|i approve|approve)\b/.test(said) ? 'ACCEPTED' : 'DENIED';
}

/** Silence: Alexa says the reprompt once, then ends the session. */
async function silence(simulator: VoiceSimulator, count: number, out: NodeJS.WritableStream): Promise<void> {
  if (!simulator.inSession) return;
  const reprompt = simulator.lastTurn?.reprompt;
  if (count === 1 && reprompt) {
    out.write(`Alexa: ${reprompt}\n`);
    return;
  }
  await simulator.endSession('EXCEEDED_MAX_REPROMPTS');
  out.write('(Alexa closed the session.)\n');
}


if (require.main === module) {
  runConsole(process.argv.slice(2), process.stdin, process.stdout).catch((error: unknown) => {
    process.stderr.write(`The console stopped: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
