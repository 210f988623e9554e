/**
 * Measures how long espeak-ng takes to say a text, as a stand-in for Alexa's voice.
 *
 * Used by the speech-timing calibration (scripts/calibrate-speech.ts) and by timing tests, so both
 * measure the same way: plain text (no SSML), a voice (en-us unless given), rate from the pace
 * (`espeakWordsPerMinute`), written to a temporary WAV and measured with `soxi -D` (sox).
 * Requires the Debian packages espeak-ng and sox.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { espeakWordsPerMinute } from '../../lambda/speech/timing/pace';
import type { Pace } from '../../lambda/vocabulary/pace';

/** The espeak-ng voice en-US timings are measured with; other locales name theirs in timing.json. */
export const ESPEAK_VOICE = 'en-us';

export const ESPEAK_MISSING_MESSAGE =
  'espeak-ng and sox are required for speech-timing tests and calibration. ' +
  'Install them (Debian/Ubuntu: sudo apt-get install -y espeak-ng sox); CI installs them too.';

const execFileAsync = promisify(execFile);

function commandWorks(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

let available: boolean | undefined;

/** True when espeak-ng, sox and sox's soxi can all be run. */
export function espeakAvailable(): boolean {
  // `soxi` ships with sox and exits 0 when run without arguments.
  available ??= commandWorks('espeak-ng', ['--version']) && commandWorks('sox', ['--version']) && commandWorks('soxi', []);
  return available;
}

/** Throws an Error telling how to install espeak-ng and sox when either is missing. */
export function requireEspeak(): void {
  if (!espeakAvailable()) throw new Error(ESPEAK_MISSING_MESSAGE);
}

/** espeak-ng's version line, e.g. "eSpeak NG text-to-speech: 1.51  Data at: …" → "1.51". */
export function espeakVersion(): string {
  const out = execFileSync('espeak-ng', ['--version'], { encoding: 'utf8' });
  const match = /text-to-speech:\s*(\S+)/.exec(out);
  return match ? match[1] : out.trim();
}

/** Writes the text to a file in `dir` and returns where the WAV goes and espeak-ng's arguments. */
function prepareSynthesis(dir: string, text: string, pace: Pace, voice: string): { wavFile: string; args: string[] } {
  const textFile = join(dir, 'text.txt');
  const wavFile = join(dir, 'out.wav');
  writeFileSync(textFile, text, 'utf8');
  // The text goes through a file (-f) so that any text, even one starting with "-", is read verbatim.
  return { wavFile, args: ['-v', voice, '-s', String(espeakWordsPerMinute(pace)), '-w', wavFile, '-f', textFile] };
}

function parseSeconds(soxiOutput: string, text: string): number {
  const seconds = Number.parseFloat(soxiOutput.trim());
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new Error(`soxi gave no duration for ${JSON.stringify(text)}: ${JSON.stringify(soxiOutput)}`);
  }
  return seconds;
}

function withTempDir<T>(use: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'espeak-'));
  let result: T;
  try {
    result = use(dir);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  if (result instanceof Promise) {
    return result.finally(() => rmSync(dir, { recursive: true, force: true })) as T;
  }
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/** Seconds espeak-ng takes to say `text` (plain text, no SSML) at `pace`, including its own leading/trailing silence. */
export function synthesizeSeconds(text: string, pace: Pace, voice: string = ESPEAK_VOICE): number {
  requireEspeak();
  return withTempDir((dir) => {
    const { wavFile, args } = prepareSynthesis(dir, text, pace, voice);
    execFileSync('espeak-ng', args, { stdio: 'ignore' });
    return parseSeconds(execFileSync('soxi', ['-D', wavFile], { encoding: 'utf8' }), text);
  });
}

/** Async `synthesizeSeconds`, so that several texts can be synthesized in parallel. */
export function synthesizeSecondsAsync(text: string, pace: Pace, voice: string = ESPEAK_VOICE): Promise<number> {
  requireEspeak();
  return withTempDir(async (dir) => {
    const { wavFile, args } = prepareSynthesis(dir, text, pace, voice);
    await execFileAsync('espeak-ng', args);
    const { stdout } = await execFileAsync('soxi', ['-D', wavFile], { encoding: 'utf8' });
    return parseSeconds(stdout, text);
  });
}

/** Where espeak's sound starts and stops inside its WAV (sox `silence` effect: below 0.5% amplitude for 5 ms). */
export interface SpeechMeasurement {
  /** Whole duration of the WAV, as `synthesizeSeconds` returns. */
  seconds: number;
  /** Silence before the first sound. */
  leadingSilenceSeconds: number;
  /** Silence after the last sound (espeak's end-of-utterance pause). */
  trailingSilenceSeconds: number;
}

const SILENCE = ['silence', '1', '0.005', '0.5%'];

function soxStatLength(stderr: string): number {
  const match = /Length \(seconds\):\s*([\d.]+)/.exec(stderr);
  if (!match) throw new Error(`sox stat gave no length: ${JSON.stringify(stderr)}`);
  return Number.parseFloat(match[1]);
}

/** Like `synthesizeSecondsAsync`, also measuring the leading and trailing silence with sox. */
export function measureSpeechAsync(text: string, pace: Pace, voice: string = ESPEAK_VOICE): Promise<SpeechMeasurement> {
  requireEspeak();
  return withTempDir(async (dir) => {
    const { wavFile, args } = prepareSynthesis(dir, text, pace, voice);
    await execFileAsync('espeak-ng', args);
    const [{ stdout }, leadingTrimmed, trailingTrimmed] = await Promise.all([
      execFileAsync('soxi', ['-D', wavFile], { encoding: 'utf8' }),
      execFileAsync('sox', [wavFile, '-n', ...SILENCE, 'stat'], { encoding: 'utf8' }),
      execFileAsync('sox', [wavFile, '-n', 'reverse', ...SILENCE, 'stat'], { encoding: 'utf8' }),
    ]);
    const seconds = parseSeconds(stdout, text);
    return {
      seconds,
      leadingSilenceSeconds: Math.max(0, seconds - soxStatLength(leadingTrimmed.stderr)),
      trailingSilenceSeconds: Math.max(0, seconds - soxStatLength(trailingTrimmed.stderr)),
    };
  });
}

/** Runs `task` over `items` with at most `concurrency` tasks in flight; results keep the input order. */
export async function mapWithConcurrency<T, R>(items: readonly T[], concurrency: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return results;
}
