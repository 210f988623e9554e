/**
 * A tiny script runner, so a test reads like the conversation it checks:
 *
 *   await converse(sim, `
 *     U: open hamstring coach
 *     A: ~check with your doctor~ ~sitting~ ~standing~ ~lying on your back~ ?
 *     U: the one in bed
 *     A: ~lying-down stretch~ ~Lie down on your back~ ?
 *   `);
 *
 * Lines (blank lines and lines starting with # are ignored):
 * - `U: words`           the user says it (VoiceSimulator.say);
 * - `U@15: words`        the user breaks in 15 s into the last response (VoiceSimulator.interrupt);
 * - `U: <IntentName k=v>` the intent is sent as it is, by name, with those slot values
 *                         (no resolution; `U@15: <…>` breaks in with it);
 * - `U: <SessionEndedRequest REASON>`  Alexa closes the session (VoiceSimulator.endSession);
 * - `U: <Connections.Response ACCEPTED>` (or DENIED, NOT_ANSWERED)  the user's answer to the
 *                         permission question Alexa asked (VoiceSimulator.answerConsent);
 * - `WAIT: 25h` / `WAIT: 90m` / `WAIT: 40s`  time passes (VoiceSimulator.wait);
 * - `A: spec`            checks the reply to the `U:` line before it.
 *
 * An `A:` spec is a list of `~fragment~`s that must appear in that order in what Alexa says
 * (case-insensitive, curly apostrophes read as straight ones), `!~fragment~`s that must not
 * appear anywhere in it, and then exactly one of:
 * - `?`  the session stays open, with a reprompt;
 * - `.`  the session is over.
 * `<silence>` instead of fragments means nothing at all is said; `<asks consent>` means the
 * skill says nothing itself and hands the turn to Alexa to ask for the reminders permission.
 *
 * Every turn run through converse() is also checked whatever the script says: the response
 * must pass responseProblems(), say something unless it answers a SessionEndedRequest, never
 * be the skill's own "something went wrong" apology, and the skill must log no error while
 * handling it. Any mismatch throws an error that shows the whole transcript so far.
 */
import type { Intent, SessionEndedReason } from 'ask-sdk-model';
import type { Turn, VoiceSimulator } from '../../lambda/local/voice-simulator';
import { responseProblems } from './response-checks';

/** The simulator's default pause before the user answers; interrupts with raw intents rely on it. */
const SIMULATOR_THINK_SECONDS = 1;

const transcripts = new WeakMap<VoiceSimulator, string[]>();

/** Everything said so far with this simulator through converse(), one line per utterance. */
export function transcriptOf(sim: VoiceSimulator): string {
  return (transcripts.get(sim) ?? []).join('\n');
}

export class ConversationMismatch extends Error {
  constructor(message: string, transcript: string) {
    super(`${message}\n\n--- transcript so far ---\n${transcript}\n--- end of transcript ---`);
    this.name = 'ConversationMismatch';
  }
}

interface ParsedSpec {
  present: string[];
  absent: string[];
  silence: boolean;
  consent: boolean;
  session: 'open' | 'ended';
}

/** Lower-cases, straightens curly quotes and collapses white space, for matching. */
export function normalizeSpeech(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function parseSpec(spec: string): ParsedSpec {
  const parsed: ParsedSpec = { present: [], absent: [], silence: false, consent: false, session: 'open' };
  let i = 0;
  let ending: '?' | '.' | undefined;
  const s = spec.trim();
  while (i < s.length) {
    if (/\s/.test(s[i])) {
      i++;
      continue;
    }
    if (ending) throw new Error(`converse: nothing may follow "${ending}" in the A: line "${spec}"`);
    if (s.startsWith('<asks consent>', i)) {
      parsed.consent = true;
      parsed.silence = true;
      i += '<asks consent>'.length;
      continue;
    }
    if (s.startsWith('<silence>', i)) {
      parsed.silence = true;
      i += '<silence>'.length;
      continue;
    }
    const negated = s.startsWith('!~', i);
    if (negated || s[i] === '~') {
      const start = i + (negated ? 2 : 1);
      const end = s.indexOf('~', start);
      if (end < 0) throw new Error(`converse: unclosed ~fragment~ in the A: line "${spec}"`);
      const fragment = normalizeSpeech(s.slice(start, end));
      if (!fragment) throw new Error(`converse: empty ~~ fragment in the A: line "${spec}"`);
      (negated ? parsed.absent : parsed.present).push(fragment);
      i = end + 1;
      continue;
    }
    if (s[i] === '?' || s[i] === '.') {
      ending = s[i] as '?' | '.';
      i++;
      continue;
    }
    throw new Error(`converse: unexpected "${s.slice(i, i + 20)}" in the A: line "${spec}" (fragments go between ~ ~)`);
  }
  // Asking for consent, the skill leaves the session to Alexa: neither open nor over.
  if (!ending && !parsed.consent) throw new Error(`converse: the A: line "${spec}" must end with ? (session open) or . (session over)`);
  if (parsed.silence && parsed.present.length > 0) throw new Error(`converse: <silence> with fragments in "${spec}"`);
  if (!parsed.silence && parsed.present.length === 0) throw new Error(`converse: the A: line "${spec}" checks no ~fragment~`);
  parsed.session = ending === '?' ? 'open' : 'ended';
  return parsed;
}

/** What is wrong with a turn, measured against a spec; [] when it matches. */
export function specMismatches(turn: Turn, spec: ParsedSpec): string[] {
  const problems: string[] = [];
  const text = normalizeSpeech(turn.text);
  if (spec.silence) {
    if (turn.envelope.response?.outputSpeech) problems.push('expected no speech, but the response has outputSpeech');
  }
  if (spec.consent !== turn.asksConsent) {
    problems.push(turn.asksConsent ? 'the skill asks for the reminders permission, unexpectedly' : 'the skill does not ask for the reminders permission');
  }
  if (spec.consent) return problems;
  let from = 0;
  for (const fragment of spec.present) {
    const at = text.indexOf(fragment, from);
    if (at >= 0) {
      from = at + fragment.length;
      continue;
    }
    const anywhere = text.indexOf(fragment);
    problems.push(
      anywhere >= 0
        ? `"${fragment}" is said, but not after the fragments before it in the A: line`
        : `"${fragment}" is not said`,
    );
  }
  for (const fragment of spec.absent) {
    if (text.includes(fragment)) problems.push(`"${fragment}" is said, and must not be`);
  }
  if (spec.session === 'open') {
    if (turn.ended) problems.push('the session ended, but should stay open');
    else if (!turn.reprompt.trim()) problems.push('the session stays open without a spoken reprompt');
  } else if (!turn.ended) {
    problems.push('the session stays open, but should be over');
  }
  return problems;
}

/** Checks that hold whatever the script says. */
async function generalProblems(turn: Turn, errorLogs: string[]): Promise<string[]> {
  const problems = (await responseProblems(turn.envelope)).map((p) => `response check: ${p}`);
  const isSessionEnded = turn.request.request.type === 'SessionEndedRequest';
  // Asking for a permission, the skill says nothing: Alexa asks the question itself.
  if (!isSessionEnded && !turn.asksConsent && !turn.text.trim()) problems.push('nothing useful is said: the response has no words');
  if (/something went wrong/i.test(turn.text)) problems.push('the skill answered with its error apology (a handler threw)');
  for (const line of errorLogs) problems.push(`the skill logged an error: ${line.trim()}`);
  return problems;
}

/** Runs a request while capturing the skill's structured log lines (it writes them to stdout). */
async function capturingLogs(run: () => Promise<Turn>): Promise<{ turn: Turn; errorLogs: string[] }> {
  const errorLogs: string[] = [];
  const stdout = process.stdout;
  const original = stdout.write;
  stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    if (typeof chunk === 'string' && chunk.startsWith('{"level":')) {
      if (chunk.startsWith('{"level":"error"')) errorLogs.push(chunk);
      return true;
    }
    return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof stdout.write;
  try {
    return { turn: await run(), errorLogs };
  } finally {
    stdout.write = original;
  }
}

type RawRequest =
  | { kind: 'intent'; intent: Intent }
  | { kind: 'ended'; reason: SessionEndedReason }
  | { kind: 'consent'; answer: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED' };

function parseRawRequest(body: string): RawRequest {
  const [name, ...args] = body.trim().split(/\s+/);
  if (name === 'Connections.Response') {
    const answer = args[0];
    if (answer !== 'ACCEPTED' && answer !== 'DENIED' && answer !== 'NOT_ANSWERED') {
      throw new Error(`converse: <Connections.Response> takes ACCEPTED, DENIED or NOT_ANSWERED, not "${answer}"`);
    }
    return { kind: 'consent', answer };
  }
  if (name === 'SessionEndedRequest') {
    return { kind: 'ended', reason: (args[0] ?? 'EXCEEDED_MAX_REPROMPTS') as SessionEndedReason };
  }
  const slots: Intent['slots'] = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new Error(`converse: slot "${arg}" in <${body}> must be name=value`);
    const slotName = arg.slice(0, eq);
    slots[slotName] = { name: slotName, value: arg.slice(eq + 1), confirmationStatus: 'NONE' };
  }
  return { kind: 'intent', intent: { name, confirmationStatus: 'NONE', slots } };
}

function waitSeconds(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(h|m|s)$/.exec(value.trim());
  if (!m) throw new Error(`converse: WAIT takes a time like 25h, 90m or 40s, not "${value}"`);
  return Number(m[1]) * (m[2] === 'h' ? 3600 : m[2] === 'm' ? 60 : 1);
}

async function userTurn(sim: VoiceSimulator, what: string, interruptAt: number | undefined): Promise<Turn> {
  const raw = /^<(.+)>$/.exec(what.trim());
  if (!raw) return interruptAt === undefined ? sim.say(what) : sim.interrupt(interruptAt, what);
  const request = parseRawRequest(raw[1]);
  if (request.kind === 'consent') {
    if (interruptAt !== undefined) throw new Error('converse: a consent answer cannot break in');
    return sim.answerConsent(request.answer);
  }
  if (interruptAt !== undefined) {
    // VoiceSimulator.interrupt takes words only: move the clock by hand to the same moment.
    const last = sim.lastTurn;
    if (!last) throw new Error('converse: nothing to interrupt yet');
    const target = Date.parse(String(last.request.request.timestamp)) + interruptAt * 1000;
    sim.wait((target - sim.now) / 1000 - SIMULATOR_THINK_SECONDS);
    const turn = request.kind === 'ended' ? await sim.endSession(request.reason) : await sim.intent(request.intent);
    if (Date.parse(String(turn.request.request.timestamp)) !== target) {
      throw new Error('converse: a raw-intent interrupt landed at the wrong time (is thinkSeconds not 1?)');
    }
    return turn;
  }
  return request.kind === 'ended' ? sim.endSession(request.reason) : sim.intent(request.intent);
}

function describeTurn(turn: Turn): string {
  const state = turn.ended ? 'session over' : 'open';
  const reprompt = turn.reprompt ? `\n     (reprompt: ${turn.reprompt})` : '';
  return `A: ${turn.text || '<silence>'}   [${state}, ${turn.seconds.toFixed(1)} s]${reprompt}`;
}

/**
 * Plays a script against the simulator, checking every reply. Returns the turns, one per
 * `U:` line, in order, for any further checks a test wants to make.
 */
export async function converse(sim: VoiceSimulator, script: string): Promise<Turn[]> {
  let transcript = transcripts.get(sim);
  if (!transcript) {
    transcript = [];
    transcripts.set(sim, transcript);
  }
  const turns: Turn[] = [];
  let last: { turn: Turn; line: string } | undefined;
  let checked = true;
  for (const rawLine of script.split('\n')) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(U|A|WAIT)(?:@(\d+(?:\.\d+)?))?\s*:\s*(.*)$/.exec(line);
    if (!m) throw new Error(`converse: cannot read the line "${line}" (U:, U@seconds:, A: or WAIT:)`);
    const [, who, at, rest] = m;
    if (who === 'WAIT') {
      const seconds = waitSeconds(rest);
      sim.wait(seconds);
      transcript.push(`   (${rest.trim()} pass)`);
      continue;
    }
    if (who === 'U') {
      const said = rest.trim();
      if (!said) throw new Error('converse: a U: line needs something to say');
      transcript.push(at === undefined ? `U: ${said}` : `U (breaking in ${at} s into that): ${said}`);
      let result: { turn: Turn; errorLogs: string[] };
      try {
        result = await capturingLogs(() => userTurn(sim, said, at === undefined ? undefined : Number(at)));
      } catch (error) {
        throw new ConversationMismatch(`The skill threw on "${said}": ${(error as Error)?.stack ?? error}`, transcript.join('\n'));
      }
      const { turn, errorLogs } = result;
      transcript.push(describeTurn(turn));
      turns.push(turn);
      const problems = await generalProblems(turn, errorLogs);
      if (problems.length > 0) {
        throw new ConversationMismatch(`Bad response to "${said}":\n- ${problems.join('\n- ')}\nSSML: ${turn.ssml}`, transcript.join('\n'));
      }
      last = { turn, line };
      checked = false;
      continue;
    }
    // A:
    if (!last) throw new Error(`converse: "${line}" has no U: line before it`);
    if (checked) throw new Error(`converse: two A: lines for one U: line ("${line}")`);
    const spec = parseSpec(rest);
    const problems = specMismatches(last.turn, spec);
    checked = true;
    if (problems.length > 0) {
      throw new ConversationMismatch(
        `The reply to "${last.line}" does not match "${line}":\n- ${problems.join('\n- ')}`,
        transcript.join('\n'),
      );
    }
  }
  return turns;
}
