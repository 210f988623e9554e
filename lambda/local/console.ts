/**
 * `npm start`: talk to the skill in a terminal, no AWS account needed.
 *
 * Type what you would say to an Echo, one line at a time ("open hamstring
 * coach", "sitting", "ready"). Lines are resolved against the real
 * interaction model and sent through the real skill; Alexa's answer is
 * printed. Pauses are waited out, or with `--fast` printed as "[pause 10 s]".
 * An empty line is silence: Alexa reprompts, then closes the session.
 * User data is kept in a local file, so the next run remembers this one.
 */
import * as path from 'path';
import * as readline from 'readline';
import { setTimeout as delay } from 'timers/promises';
import { buildSkill } from '../skill';
import { FilePersistenceAdapter } from '../persistence/file-adapter';
import { setLogSink } from '../support/log';
import { readSsml } from '../speech/ssml-reader';
import { estimateSpeechSeconds } from '../speech/timing/speech-duration';
import { VoiceSimulator, Turn } from './voice-simulator';

interface ConsoleOptions {
  fast: boolean;
  dataFile: string;
}

function parseArgs(argv: string[]): ConsoleOptions {
  const fast = argv.includes('--fast');
  const fileFlag = argv.indexOf('--data');
  const dataFile =
    fileFlag >= 0 && argv[fileFlag + 1]
      ? path.resolve(argv[fileFlag + 1])
      : path.resolve(process.env.HAMSTRING_COACH_DATA ?? '.hamstring-coach/users.json');
  return { fast, dataFile };
}

/**
 * Prints a response; in real-time mode, waits as long as Alexa would take to
 * say it. `cutOff` is the user breaking in (as with the wake word): the rest
 * of the response is not said.
 */
async function speak(turn: Turn, fast: boolean, out: NodeJS.WritableStream, cutOff?: AbortSignal): Promise<void> {
  if (!turn.ssml) return;
  let line = 'Alexa: ';
  for (const { segment, pace } of readSsml(turn.ssml)) {
    if (segment.kind === 'speech') {
      line += segment.text + ' ';
    } else if (segment.kind === 'break') {
      line += `[pause ${Number((segment.ms / 1000).toFixed(1))} s] `;
    } else {
      line += '[chime] ';
    }
    if (fast || segment.kind === 'audio') continue;
    out.write(line);
    line = '';
    const ms = segment.kind === 'speech' ? estimateSpeechSeconds(segment.text, pace) * 1000 : segment.ms;
    await delay(ms, undefined, { signal: cutOff }).catch(() => undefined);
    if (cutOff?.aborted) {
      out.write('(cut off)\n');
      return;
    }
  }
  out.write(line.trimEnd() + '\n');
  if (turn.ended) out.write('(The session has ended. Say "open hamstring coach" to start again.)\n');
}

export async function runConsole(argv: string[], input: NodeJS.ReadableStream, out: NodeJS.WritableStream): Promise<void> {
  const options = parseArgs(argv);
  // Logs go to stderr so that piped output is just the conversation.
  setLogSink((line) => process.stderr.write(line + '\n'));
  const skill = buildSkill({ persistence: new FilePersistenceAdapter({ filePath: options.dataFile }) });
  const simulator = new VoiceSimulator({
    handler: (envelope) => skill.invoke(envelope),
    startTime: Date.now(),
    // In real time, requests carry the wall clock, so breaking in mid-hold works as on a device.
    wallClock: options.fast ? undefined : Date.now,
  });
  const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
  if (interactive) {
    out.write('Hamstring Coach, local console. Say "open hamstring coach" to begin; Ctrl+D to quit.\n');
  }
  const lines = new LineQueue(input, interactive);
  let silences = 0;
  if (interactive) out.write('You: ');
  for (let raw = await lines.next(); raw !== undefined; raw = await lines.next()) {
    const text = raw.trim();
    if (!interactive) out.write(`You: ${text}\n`);
    if (!text) {
      await silence(simulator, ++silences, out);
    } else {
      silences = 0;
      await speak(await simulator.say(text), options.fast, out, lines.listen());
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
