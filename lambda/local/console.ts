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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Prints a response; in real-time mode, waits as long as Alexa would take to say it. */
async function speak(turn: Turn, fast: boolean, out: NodeJS.WritableStream): Promise<void> {
  if (!turn.ssml) return;
  let line = 'Alexa: ';
  for (const { segment, pace } of readSsml(turn.ssml)) {
    if (segment.kind === 'speech') {
      line += segment.text + ' ';
      if (!fast) {
        out.write(line);
        line = '';
        await sleep(estimateSpeechSeconds(segment.text, pace) * 1000);
      }
    } else if (segment.kind === 'break') {
      const seconds = segment.ms / 1000;
      line += `[pause ${Number(seconds.toFixed(1))} s] `;
      if (!fast) {
        out.write(line);
        line = '';
        await sleep(segment.ms);
      }
    } else {
      line += '[chime] ';
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
  });
  const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
  if (interactive) {
    out.write('Hamstring Coach, local console. Say "open hamstring coach" to begin; Ctrl+D to quit.\n');
  }
  const lines = readline.createInterface({ input, terminal: false });
  let silences = 0;
  if (interactive) out.write('You: ');
  for await (const raw of lines) {
    const text = raw.trim();
    if (!interactive) out.write(`You: ${text}\n`);
    if (!text) {
      await silence(simulator, ++silences, out);
    } else {
      silences = 0;
      if (!options.fast) syncClock(simulator);
      await speak(await simulator.say(text), options.fast, out);
    }
    if (interactive) out.write('You: ');
  }
  if (simulator.inSession) await simulator.endSession('USER_INITIATED');
  if (interactive) out.write('\n');
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

/** In real time the simulated clock follows the wall clock, so breaking in mid-hold works as on a device. */
function syncClock(simulator: VoiceSimulator): void {
  const behind = Date.now() - simulator.now;
  if (behind > 0) simulator.wait(behind / 1000);
}

if (require.main === module) {
  runConsole(process.argv.slice(2), process.stdin, process.stdout).catch((error: unknown) => {
    process.stderr.write(`The console stopped: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
