/**
 * Whole conversations, through the built Lambda bundle (dist/index.js) and the voice simulator:
 * the three stretches from launch to goodbye, every intent at every stage, pausing and resuming
 * a hold, hold length, speech pace, "forget me", picking up an unfinished routine, and input
 * that arrives out of order or malformed.
 *
 * Every turn goes through converse() (test/support/conversation.ts), which also checks each
 * response against the contract's rules for every response (responseProblems) and fails on
 * the skill's own error apology or an error in its logs.
 *
 * User data lives in the bundle's memory for the whole file, so each test uses its own
 * user ID; "remembers across sessions" reuses one user ID with a new launch.
 */
import type { IntentRequest } from 'ask-sdk-model';
import { VoiceSimulator, type SkillHandler, type Turn } from '../lambda/local/voice-simulator';
import { aplaDocumentsOf } from '../lambda/speech/apla/document';
import { ssmlText } from '../lambda/speech/spoken-response';
import { converse, transcriptOf } from './support/conversation';
import { LOCALE_IDS } from '../lambda/locales/registry';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { handler } = require('../dist/index.js') as { handler: SkillHandler };

let users = 0;
function newUserId(): string {
  users += 1;
  return `amzn1.ask.account.conversation-test-${users}`;
}
function newSim(userId: string = newUserId(), locale = 'en-US'): VoiceSimulator {
  return new VoiceSimulator({ handler, userId, locale });
}

/**
 * The English locales of the registry. The every-intent table is written in English words, so
 * each of its cases runs in one of them, picked by a seed from the case's name: every English
 * market is covered across the table, and a case always runs in the same one.
 */
const ENGLISH_LOCALES = LOCALE_IDS.filter((id) => id.startsWith('en-'));
function seededEnglishLocale(name: string): string {
  let hash = 20261202;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return ENGLISH_LOCALES[hash % ENGLISH_LOCALES.length];
}

function intentName(turn: Turn): string | undefined {
  const request = turn.request.request;
  return request.type === 'IntentRequest' ? (request as IntentRequest).intent.name : undefined;
}

/** Fails with the conversation so far in the message, so a failure shows where it happened. */
function check(sim: VoiceSimulator, condition: boolean, what: string): void {
  if (!condition) throw new Error(`${what}\n\n--- transcript so far ---\n${transcriptOf(sim)}`);
}

// ------------------------------------------------------------------ holds

interface HoldShape {
  /** The hold's backbone of pauses (the first item of the Mixer), in ms; undefined when there is none. */
  backboneMs?: number;
  /** Whether the backbone is pauses only, with no words. */
  backboneSilent: boolean;
  /** When the chime starts, in ms from the start of the APLA document (the end of the lead-in). */
  chimeAtMs?: number;
  /** When "Halfway there" starts, in ms into the hold, if said. */
  halfwayAtMs?: number;
  /** The words after the chime. */
  afterChime: string;
}

/** Reads a hold response's APLA document: the backbone, the cue tracks' timeline, the chime and what follows. */
function holdShape(turn: Turn): HoldShape {
  const [document] = aplaDocumentsOf(turn.envelope.response?.directives);
  const root = document?.mainTemplate.item;
  const mixer = root?.type === 'Sequencer' ? root.items.find((item) => item.type === 'Mixer') : undefined;
  const backbone = mixer?.type === 'Mixer' ? mixer.items[0] : undefined;
  const backboneMs =
    backbone?.type === 'Speech' ? [...backbone.content.matchAll(/<break time="(\d+)ms"\/>/g)].reduce((sum, m) => sum + Number(m[1]), 0) : undefined;
  const backboneSilent = backbone?.type === 'Speech' && ssmlText(backbone.content) === '';
  const events = turn.apla?.events ?? [];
  const chime = events.findIndex((event) => event.kind === 'audio');
  const halfway = events.find((event) => event.kind === 'speech' && /halfway/i.test(event.text));
  const afterChime = chime < 0 ? '' : events.slice(chime).map((event) => (event.kind === 'speech' ? event.text : '')).filter(Boolean).join(' ');
  return { backboneMs, backboneSilent, chimeAtMs: chime < 0 ? undefined : events[chime].atMs, halfwayAtMs: halfway?.atMs, afterChime };
}

/**
 * A hold: the lead-in in outputSpeech, then the APLA document: pauses of exactly the hold
 * time with a cue at halfway, the chime exactly at the hold time, "release", and only then
 * the next question (or, after the last, its own question).
 */
function expectHold(sim: VoiceSimulator, turn: Turn, seconds: number, last = false): void {
  const shape = holdShape(turn);
  const shown = `\nSSML: ${turn.ssml}\nAPLA: ${JSON.stringify(turn.envelope.response?.directives)}`;
  check(sim, turn.apla !== undefined, `the hold response has no APLA document${shown}`);
  check(sim, !/<break|<audio/.test(turn.ssml), `the lead-in (outputSpeech) holds pauses or sounds${shown}`);
  check(sim, turn.seconds >= seconds, `the ${seconds} s hold response lasts only ${turn.seconds.toFixed(1)} s`);
  check(sim, shape.backboneMs === seconds * 1000 && shape.backboneSilent, `the backbone lasts ${shape.backboneMs} ms, not ${seconds * 1000}${shown}`);
  check(sim, shape.chimeAtMs === seconds * 1000, `the chime starts at ${shape.chimeAtMs} ms, not at ${seconds * 1000}${shown}`);
  check(
    sim,
    shape.halfwayAtMs !== undefined && Math.abs(shape.halfwayAtMs - (seconds * 1000) / 2) <= 2000,
    `"Halfway there" comes at ${shape.halfwayAtMs} ms into a ${seconds} s hold${shown}`,
  );
  const after = shape.afterChime;
  check(sim, /^(And|Now) release\b/.test(after), `"release" does not follow the chime: ${after}${shown}`);
  if (last) {
    // The session stays open through the last hold (so "Alexa, it hurts" still reaches the skill),
    // and the response ends by asking whether the user is out of the stretch.
    check(
      sim,
      after.indexOf('last hold') > 0 && /ready to finish\?$/.test(after) && !turn.ended && !/whole stretch/i.test(turn.text),
      `the last hold does not end with its own question: ${after}`,
    );
  } else {
    check(
      sim,
      /Ready for round \d, with your (left|right) leg\?$/.test(after) && turn.text.indexOf('Ready for round') === turn.text.lastIndexOf('Ready for round'),
      `the hold response does not end with the question, asked once, after the hold: ${turn.text}`,
    );
  }
}

// ------------------------------------------------------------------ variants

type VariantKey = 'SITTING' | 'STANDING' | 'LYING';
type Leg = 'right' | 'left';

interface VariantScript {
  name: string;
  phrases: [string, string];
  setup: string[][];
  switchSteps(leg: Leg, other: Leg): string[][];
}

const VARIANTS: Record<VariantKey, VariantScript> = {
  SITTING: {
    name: 'sitting',
    phrases: ['sitting', 'in a chair'],
    setup: [
      ['find a firm chair', 'sit near the front edge'],
      ['now your right leg', 'stretch it out in front of you'],
      ['toes of your right foot', 'toward the ceiling'],
      ['sit up tall'],
      ['lean forward slowly from your hips', 'behind your right thigh'],
    ],
    switchSteps: (leg, other) => [
      ['sit back up', `bring your ${other} foot back in`],
      [`stretch your ${leg} leg out`, 'toes pointing up'],
      ['sit tall', `behind your ${leg} thigh`],
    ],
  },
  STANDING: {
    name: 'standing',
    phrases: ['standing up', 'on my feet'],
    setup: [
      ['find something sturdy', 'stand facing it'],
      ['rest your right heel up on the step', 'point your toes up'],
      ['straighten both knees'],
      ['stand tall', 'your chest and your bottom'],
      ['lean forward slowly from your hips', 'behind your right thigh'],
    ],
    switchSteps: (leg, other) => [
      [`lower your ${other} foot`],
      [`rest your ${leg} heel on the step`],
      ['chest and bottom gently out', `behind your ${leg} thigh`],
    ],
  },
  LYING: {
    name: 'lying-down',
    phrases: ['the one in bed', 'on my back'],
    setup: [
      ['lie down on your back'],
      ['bend your right knee'],
      ['lace your fingers behind your right knee'],
      ['straighten your right knee toward the ceiling'],
    ],
    switchSteps: (leg, other) => [
      [`lower your ${other} leg`],
      [`bend your ${leg} knee`, 'a belt or a towel'],
      [`straighten your ${leg} knee toward the ceiling`],
    ],
  },
};

const READY_WORDS = ['ready', "i'm ready", 'done', "i'm in position", 'okay go'];
const HOLDS: Array<{ round: number; leg: Leg }> = [
  { round: 1, leg: 'right' },
  { round: 1, leg: 'left' },
  { round: 2, leg: 'right' },
  { round: 2, leg: 'left' },
];

const frag = (parts: string[]): string => parts.map((p) => `~${p}~`).join(' ');

/** The whole routine as a script, with the indexes (among U: lines) of the hold turns. */
function wholeRoutineScript(variant: VariantScript, phrase: string): { script: string; holdTurns: number[] } {
  const lines: string[] = [
    'U: open hamstring coach',
    'A: ~welcome to hamstring coach~ ~check with your doctor~ ~sitting~ ~standing~ ~lying down~ ?',
  ];
  const holdTurns: number[] = [];
  let said = 1;
  let readies = 0;
  const ready = (): string => `U: ${READY_WORDS[readies++ % READY_WORDS.length]}`;
  const steps = (list: string[][], first: string) => {
    list.forEach((step, i) => {
      lines.push(i === 0 ? first : ready());
      said += 1;
      const next = list[i + 1] ? ` !~${list[i + 1][0]}~` : '';
      lines.push(`A: ${frag(step)} ~say ready~${next} ?`);
    });
  };
  // The first step comes with the choice of stretch.
  lines.push(`U: ${phrase}`);
  said += 1;
  lines.push(
    `A: ~here's the ${variant.name} stretch~ ~2 rounds on each leg~ ~30 seconds~ ~one step at a time~ ${frag(variant.setup[0])} ~say ready~ !~${variant.setup[1][0]}~ ?`,
  );
  steps(variant.setup.slice(1), ready());
  HOLDS.forEach(({ round, leg }, h) => {
    lines.push(ready());
    holdTurns.push(said);
    said += 1;
    const head = `~round ${round} of 2, ${leg} leg~ ~hold it there for 30 seconds~ ~halfway~ ~release~`;
    const next = HOLDS[h + 1];
    if (!next) {
      lines.push(`A: ${head} ~that was your last hold~ ~ready to finish~ !~whole stretch~ ?`);
      lines.push('U: done');
      // The first completed routine's wrap-up asks about a daily reminder before goodbye.
      lines.push(`A: ~that's the whole stretch~ ~well done~ ~remind you to stretch every day at this time~ !~take care~ ?`);
      lines.push('U: no');
      lines.push(`A: ~okay, no reminder~ ~take care~ .`);
      return;
    }
    lines.push(`A: ${head} ~ready for round ${next.round}, with your ${next.leg} leg~ ?`);
    steps(variant.switchSteps(next.leg, leg), ready());
  });
  return { script: lines.join('\n'), holdTurns };
}

describe('each stretch, from launch to goodbye', () => {
  const cases = (Object.keys(VARIANTS) as VariantKey[]).flatMap((key) =>
    VARIANTS[key].phrases.map((phrase) => [key, phrase] as const),
  );

  test.each(cases)('%s via "%s": every step one at a time, 4 timed holds, the switches and the wrap-up', async (key, phrase) => {
    const variant = VARIANTS[key];
    const sim = newSim();
    const { script, holdTurns } = wholeRoutineScript(variant, phrase);
    const turns = await converse(sim, script);

    const choice = turns[1];
    expect(intentName(choice)).toBe('StartStretchIntent');
    expect(turns.filter((t) => t.apla !== undefined)).toHaveLength(4);
    holdTurns.forEach((index, h) => expectHold(sim, turns[index], 30, h === holdTurns.length - 1));
    // Setup steps, then 3 switches of the same number of steps, each answered one at a time.
    const stepTurns = turns.filter((t) => /say ready when you're there/i.test(t.text));
    expect(stepTurns).toHaveLength(variant.setup.length + 3 * variant.switchSteps('left', 'right').length);
    expect(turns[turns.length - 1].ended).toBe(true);
    expect(sim.inSession).toBe(false);
  });
});

// ------------------------------------------------------------------ one-shot, first time, returning

describe('how a user arrives', () => {
  test('a one-shot "ask hamstring coach for the lying down stretch" starts the first lying step, with the notice for a first-time user', async () => {
    const sim = newSim();
    const [turn] = await converse(
      sim,
      `
      U: ask hamstring coach for the lying down stretch
      A: ~check with your doctor~ ~here's the lying-down stretch~ ~lie down on your back~ ~say ready~ !~welcome~ !~would you like to stretch~ !~bend your right knee~ ?
      U: ready
      A: ~bend your right knee~ !~check with your doctor~ ?
      `,
    );
    expect(turn.request.session?.new).toBe(true);
    expect(intentName(turn)).toBe('StartStretchIntent');
  });

  test('the notice is read once: first launch yes, second launch no; a returning user is offered the usual stretch and "yes" starts it', async () => {
    const userId = newUserId();
    const sim = newSim(userId);
    const [first] = await converse(
      sim,
      `
      U: open hamstring coach
      A: ~welcome to hamstring coach~ ~check with your doctor~ ~sitting~ ~standing~ ~lying down~ ?
      U: stop
      A: ~goodbye~ .
      U: open hamstring coach
      A: ~welcome back~ ~would you like to stretch~ !~check with your doctor~ !~welcome to hamstring coach~ ?
      `,
    );
    expect(first.text.trim().endsWith('?')).toBe(true);
    expect(first.reprompt).toMatch(/sitting|standing|lying/i);

    // Finish a routine: the variant becomes the usual one.
    const { script } = wholeRoutineScript(VARIANTS.STANDING, 'on my feet');
    await converse(sim, script.split('\n').slice(2).join('\n'));

    await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~welcome back~ ~usual standing stretch~ ~holding for 30 seconds~ !~check with your doctor~ ?
      U: yes
      A: ~here's the standing stretch~ ~find something sturdy~ ?
      `,
    );
    // A returning user's one-shot is not read the notice either.
    await converse(
      newSim(userId),
      `
      U: ask hamstring coach for the sitting stretch
      A: ~here's the sitting stretch~ ~find a firm chair~ !~check with your doctor~ ?
      `,
    );
  });

  test('a returning user can turn down the usual stretch and pick another', async () => {
    const userId = newUserId();
    await converse(newSim(userId), wholeRoutineScript(VARIANTS.SITTING, 'in a chair').script);
    await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~welcome back~ ~usual sitting stretch~ ?
      U: no
      A: ~would you like to stretch~ ?
      U: standing up
      A: ~here's the standing stretch~ ~find something sturdy~ ?
      `,
    );
  });
});

// ------------------------------------------------------------------ every intent at every stage

type Stage = 'menu' | 'step' | 'mid-hold' | 'released' | 'paused' | 'resume offer' | 'forget question';

const INTENTS = {
  Help: { name: 'AMAZON.HelpIntent', say: 'help' },
  Stop: { name: 'AMAZON.StopIntent', say: 'stop' },
  Cancel: { name: 'AMAZON.CancelIntent', say: 'cancel' },
  Fallback: { name: 'AMAZON.FallbackIntent', say: 'purple elephants dancing' },
  NavigateHome: { name: 'AMAZON.NavigateHomeIntent', say: '<AMAZON.NavigateHomeIntent>' },
  Next: { name: 'AMAZON.NextIntent', say: 'next' },
  Previous: { name: 'AMAZON.PreviousIntent', say: 'go back' },
  Repeat: { name: 'AMAZON.RepeatIntent', say: 'repeat' },
  Huh: { name: 'AMAZON.RepeatIntent', say: 'huh?' },
  StartOver: { name: 'AMAZON.StartOverIntent', say: 'start over' },
  Yes: { name: 'AMAZON.YesIntent', say: 'yes' },
  No: { name: 'AMAZON.NoIntent', say: 'no' },
  Pause: { name: 'AMAZON.PauseIntent', say: 'pause' },
  Resume: { name: 'AMAZON.ResumeIntent', say: 'resume' },
  Ready: { name: 'ReadyIntent', say: "i'm ready" },
  SetHoldTime: { name: 'SetHoldTimeIntent', say: 'hold for forty five seconds' },
  Pain: { name: 'PainIntent', say: 'it hurts' },
  FeelingUnwell: { name: 'FeelingUnwellIntent', say: 'I feel dizzy' },
  NeedHelp: { name: 'NeedHelpIntent', say: "I can't get up" },
  Obstacle: { name: 'ObstacleIntent', say: "I don't have a belt" },
  Progress: { name: 'ProgressIntent', say: 'which leg?' },
  SpeakSlower: { name: 'SpeakSlowerIntent', say: 'speak slower' },
  SpeakFaster: { name: 'SpeakFasterIntent', say: 'speak faster' },
  DeleteMyData: { name: 'DeleteMyDataIntent', say: 'forget me' },
  StartStretch: { name: 'StartStretchIntent', say: 'sitting' },
} as const;
type IntentKey = keyof typeof INTENTS;

const TO_STEP_2 = `
  U: open hamstring coach
  A: ~would you like to stretch~ ?
  U: the one in bed
  A: ~lie down on your back~ ?
  U: ready
  A: ~bend your right knee~ ?
`;
const TO_FIRST_HOLD = `${TO_STEP_2}
  U: ready
  A: ~lace your fingers~ ?
  U: ready
  A: ~straighten your right knee~ ?
  U: ready
  A: ~round 1 of 2, right leg~ ~30 seconds~ ~release~ ~ready for round 1, with your left leg~ ?
`;

const STAGES: Record<Stage, { setup: string; interruptAt?: number }> = {
  menu: { setup: 'U: open hamstring coach\nA: ~would you like to stretch~ ?' },
  step: { setup: TO_STEP_2 },
  'mid-hold': { setup: TO_FIRST_HOLD, interruptAt: 15 },
  released: { setup: TO_FIRST_HOLD },
  paused: { setup: `${TO_FIRST_HOLD}\nU@15: pause\nA: ~paused~ ~seconds left on your right leg~ ?` },
  'resume offer': {
    setup: `${TO_STEP_2}\nU: stop\nA: ~place is saved~ .\nU: open hamstring coach\nA: ~welcome back~ ~carry on~ ?`,
  },
  'forget question': { setup: `${TO_STEP_2}\nU: forget me\nA: ~forget everything~ ?` },
};

interface Expectation {
  /** The A: line for the reply. */
  reply: string;
  /** More of the conversation, to show the effect lasted (or did not). */
  after?: string;
  ssmlHas?: RegExp;
  ssmlLacks?: RegExp;
}

/** Stopping for safety is at once: no pauses, no hold, nothing else. */
const AT_ONCE = /<break|<audio|APLA|Ready for round/;
const PAIN: Expectation = {
  reply: '~stop right here~ ~ease out of the stretch~ ~never push into pain~ ~see your doctor~ !~say ready~ .',
  ssmlLacks: AT_ONCE,
};
const PAIN_BEFORE_STRETCHING: Expectation = {
  reply: '~sorry your back hurts~ ~gentle stretch~ ~stop at once~ ~lying on your back~ ?',
  after: 'U: yes\nA: ~lying-down stretch~ ~lie down on your back~ ?',
};
const UNWELL: Expectation = { reply: '~stop right now~ ~sit or lie down~ ~get help~ .', ssmlLacks: AT_ONCE };
const NEED_HELP: Expectation = { reply: "~can't call anyone~ ~alexa, call~ ~emergency~ .", ssmlLacks: AT_ONCE };

/** What is asked at each stage: what Repeat and most side requests come back to. */
const CURRENT: Record<Stage, string> = {
  menu: '~would you like to stretch~',
  step: "~bend your right knee~ ~say ready when you're there~",
  'mid-hold': '~paused~ ~seconds left on your right leg~ ~say resume~',
  released: '~ready for round 1, with your left leg~',
  paused: '~paused~ ~seconds left on your right leg~ ~say resume~',
  'resume offer': '~stopped partway through the lying-down stretch~ ~carry on from there~',
  'forget question': '~forget everything~',
};

/** The brief re-ask, with what to say, after one answer that was not understood. */
const REASK: Record<Stage, string> = {
  menu: '~which stretch would you like~',
  step: "~say ready when you're in position~",
  'mid-hold': '~say resume when you want to carry on~',
  released: '~say ready when you want to stretch your left leg~',
  paused: '~say resume when you want to carry on~',
  'resume offer': '~say yes to carry on~',
  'forget question': '~delete your data~ ~yes or no~',
};

/** Where "yes" to the resume offer puts the user after stopping at each stage: the start of that leg's setup. */
const RESUMES_AT: Partial<Record<Stage, string>> = {
  step: '~back into position~ ~lie down on your back~',
  'mid-hold': '~back into position~ ~lie down on your back~',
  released: '~done 1 of 4 holds~ ~back into position~ ~lie down on your back~',
  paused: '~back into position~ ~lie down on your back~',
  'resume offer': '~back into position~ ~lie down on your back~',
  'forget question': '~back into position~ ~lie down on your back~',
};

function stopExpectation(stage: Stage): Expectation {
  const resumesAt = RESUMES_AT[stage];
  if (!resumesAt) {
    return {
      reply: '~goodbye~ !~place is saved~ .',
      after: 'U: open hamstring coach\nA: ~welcome back~ !~carry on~ ~would you like to stretch~ ?',
    };
  }
  return {
    reply: stage === 'resume offer' ? '~goodbye~ .' : '~place is saved~ ~goodbye~ .',
    after: `U: open hamstring coach\nA: ~welcome back~ ~carry on~ ?\nU: yes\nA: ${resumesAt} ?`,
  };
}

const HOLD_AGAIN = "~that hold again~ ~get back into position~ ~straighten your right knee~ ~the ceiling~ ~say ready~ !~release~ ?";
const RESUMED_HOLD = '~back into your stretch, right leg~ ~seconds more~ ~release~ ~ready for round 1, with your left leg~ ?';
const FROM_THE_TOP = '~again from the top~ ~lie down on your back~ !~bend your right knee~ ?';
const TO_LEFT_LEG = '~lower your right leg~ !~bend your left knee~ ?';
const PICK_UP = '~back into position~ ~lie down on your back~ ?';
const ASKED_AGAIN = '~forget everything~ ?';
const KEPT_AFTER = "U: no\nA: ~kept everything~ ~bend your right knee~ ?";
const PAUSED_OUTSIDE_ROUTINE = "~whenever you're ready~ ~open hamstring coach~ ~goodbye~ .";

function expectationFor(stage: Stage, intent: IntentKey): Expectation {
  const current = CURRENT[stage];
  const inRoutine = stage === 'step' || stage === 'mid-hold' || stage === 'released' || stage === 'paused';
  const holdStopped = stage === 'mid-hold' || stage === 'paused';
  switch (intent) {
    case 'Pain':
      return inRoutine || stage === 'forget question' ? PAIN : PAIN_BEFORE_STRETCHING;
    case 'FeelingUnwell':
      return UNWELL;
    case 'NeedHelp':
      return NEED_HELP;
    case 'Stop':
    case 'Cancel':
    case 'NavigateHome':
      return stopExpectation(stage);
    case 'SpeakSlower':
      return { reply: `~speak more slowly~ ${current} ?`, ssmlHas: /<prosody rate="80%">/ };
    case 'SpeakFaster':
      return { reply: `~a little faster~ ${current} ?`, ssmlHas: /<prosody rate="120%">/ };
    case 'SetHoldTime':
      return { reply: `~each hold will be 45 seconds~ ${current} ?` };
    case 'StartStretch':
      return { reply: "~here's the sitting stretch~ ~find a firm chair~ ~say ready~ ?" };
    case 'Obstacle':
      return { reply: `~a towel~ ~works just as well as a belt~ ${current} ?` };
    case 'Repeat':
    case 'Huh':
      return { reply: `${current} ?`, ssmlLacks: /<break|<audio/ };
    case 'DeleteMyData':
      return {
        reply: '~forget everything~ ?',
        after: stage === 'forget question' ? KEPT_AFTER : `U: no\nA: ~kept everything~ ${current} ?`,
      };
    case 'Help': {
      const help: Record<Stage, string> = {
        menu: '~gentle hamstring stretch~ ~time each hold~ ~would you like to stretch~ ?',
        step: "~step 2 of 4~ ~say ready when you're there~ !~check with your doctor~ ?",
        'mid-hold': '~stretch is paused~ ~say resume~ !~check with your doctor~ ?',
        released: "~finished a hold~ ~say ready for your left leg~ ?",
        paused: '~stretch is paused~ ~say resume~ ?',
        'resume offer': '~answer yes or no~ ~carry on from there~ ?',
        'forget question': '~answer yes or no~ ~forget everything~ ?',
      };
      return { reply: help[stage] };
    }
    case 'Fallback':
      return { reply: `~sorry, i didn't catch that~ ${REASK[stage]} ?` };
    case 'Progress': {
      const progress: Record<Stage, string> = {
        menu: "~haven't started~ ~30 seconds~ ~would you like to stretch~ ?",
        step: '~round 1 of 2, right leg~ ~0 of 4 holds are done~ ~bend your right knee~ ?',
        'mid-hold': '~your right leg has~ ~seconds left~ ~0 of 4 holds are done~ ?',
        released: '~round 1 of 2, left leg~ ~1 of 4 holds are done~ ~ready for round 1~ ?',
        paused: '~your right leg has~ ~seconds left~ ~0 of 4 holds are done~ ?',
        'resume offer': "~haven't started~ ~carry on from there~ ?",
        'forget question': '~round 1 of 2, right leg~ ~0 of 4 holds~ ~forget everything~ ?',
      };
      return { reply: progress[stage] };
    }
    default:
      break;
  }
  if (intent === 'Pause' && !inRoutine) return { reply: PAUSED_OUTSIDE_ROUTINE };
  if (stage === 'menu') {
    const needsChoice = intent === 'Next' || intent === 'Yes' || intent === 'Ready' || intent === 'Resume';
    return { reply: `${needsChoice ? '~pick a stretch~ ' : ''}~would you like to stretch~ !~here's the~ ?` };
  }
  if (stage === 'resume offer') {
    const accepts = intent === 'Next' || intent === 'Yes' || intent === 'Ready' || intent === 'Resume';
    if (accepts) return { reply: PICK_UP };
    // "no", "go back" and "start over" decline the offer; the routine is not offered again.
    if (intent === 'No' || intent === 'Previous' || intent === 'StartOver') {
      return {
        reply: '~start fresh~ ~would you like to stretch~ ?',
        after: 'U: stop\nA: ~goodbye~ .\nU: open hamstring coach\nA: ~welcome back~ !~carry on~ ~would you like to stretch~ ?',
      };
    }
    return { reply: `${current} ?` };
  }
  if (stage === 'forget question') {
    if (intent === 'Yes') {
      return {
        reply: "~deleted everything~ ~goodbye~ .",
        after: 'U: open hamstring coach\nA: ~welcome to hamstring coach~ ~check with your doctor~ !~welcome back~ !~carry on~ ?',
      };
    }
    if (intent === 'No') {
      return {
        reply: '~kept everything~ ~bend your right knee~ ?',
        after: 'U: stop\nA: ~place is saved~ .\nU: open hamstring coach\nA: ~welcome back~ !~check with your doctor~ ~carry on~ ?',
      };
    }
    // Anything but yes or no asks again, and deletes nothing.
    return { reply: ASKED_AGAIN, after: KEPT_AFTER };
  }
  // In the routine.
  if (!inRoutine) throw new Error(`no expectation for ${intent} at ${stage}`);
  switch (intent) {
    case 'Next':
      if (holdStopped) return { reply: `~move on~ ${TO_LEFT_LEG}` };
      return { reply: stage === 'step' ? '~lace your fingers behind your right knee~ !~bend your right knee~ ?' : TO_LEFT_LEG };
    case 'Yes':
    case 'Ready':
      if (holdStopped) return { reply: RESUMED_HOLD };
      return { reply: stage === 'step' ? '~lace your fingers behind your right knee~ !~bend your right knee~ ?' : TO_LEFT_LEG };
    case 'Resume':
      if (holdStopped) return { reply: RESUMED_HOLD };
      // After a finished hold, resume goes on to the next leg, like ready.
      if (stage === 'released') return { reply: TO_LEFT_LEG };
      return { reply: `~carry on~ ${current} ?` };
    case 'Previous':
      return { reply: stage === 'step' ? '~lie down on your back~ !~bend your right knee~ ?' : HOLD_AGAIN };
    case 'StartOver':
      return { reply: FROM_THE_TOP };
    case 'No':
      return { reply: `~no rush~ ${current} ?` };
    case 'Pause':
      if (holdStopped) return { reply: `${current} ?` };
      // The microphone closes in seconds, so pause never promises to wait: it says both ways back.
      return {
        reply: '~paused~ ~say resume to carry on now~ ~open hamstring coach~ ?',
        after: stage === 'released' ? `U: resume\nA: ${TO_LEFT_LEG}` : `U: resume\nA: ~carry on~ ${current} ?`,
      };
    default:
      throw new Error(`no expectation for ${intent} at ${stage}`);
  }
}

describe('every intent at every stage', () => {
  const cases = (Object.keys(STAGES) as Stage[]).flatMap((stage) =>
    (Object.keys(INTENTS) as IntentKey[]).map((intent) => [stage, intent] as const),
  );

  test.each(cases)('at the %s: %s', async (stage, intent) => {
    const { setup, interruptAt } = STAGES[stage];
    const expected = expectationFor(stage, intent);
    const sim = newSim(newUserId(), seededEnglishLocale(`${stage}|${intent}`));
    await converse(sim, setup);
    const speaker = interruptAt === undefined ? 'U' : `U@${interruptAt}`;
    const [turn] = await converse(sim, `${speaker}: ${INTENTS[intent].say}\nA: ${expected.reply}`);
    expect(intentName(turn)).toBe(INTENTS[intent].name);
    // What is heard: outputSpeech and any APLA document.
    const heard = turn.ssml + JSON.stringify(turn.envelope.response?.directives ?? []);
    if (expected.ssmlHas) check(sim, expected.ssmlHas.test(heard), `the response lacks ${expected.ssmlHas}: ${heard}`);
    if (expected.ssmlLacks) check(sim, !expected.ssmlLacks.test(heard), `the response has ${expected.ssmlLacks}: ${heard}`);
    if (expected.after) await converse(sim, expected.after);
  });
});

// ------------------------------------------------------------------ navigation within the routine

describe('moving through the steps', () => {
  test('Previous goes back one step, Repeat says the same step again word for word, StartOver goes back to step 1', async () => {
    const sim = newSim();
    const turns = await converse(
      sim,
      `${TO_STEP_2}
      U: next
      A: ~lace your fingers behind your right knee~ ?
      U: go back
      A: ~bend your right knee~ !~lace your fingers~ ?
      U: go back
      A: ~lie down on your back~ !~bend your right knee~ ?
      U: go back
      A: ~that's the first step~ ~lie down on your back~ ?
      U: yes
      A: ~bend your right knee~ ?
      U: repeat
      A: ~bend your right knee~ ?
      U: next
      A: ~lace your fingers~ ?
      U: start over
      A: ~again from the top~ ~lie down on your back~ ?
      `,
    );
    const bendKnee = turns[2].text;
    expect(turns[4].text).toBe(bendKnee);
    expect(turns[7].text).toBe(bendKnee);
    expect(turns[8].text).toBe(bendKnee);
  });
});

// ------------------------------------------------------------------ pause and resume a hold

function moreSeconds(turn: Turn): number {
  const m = /for (\d+) seconds more/i.exec(turn.text);
  return m ? Number(m[1]) : NaN;
}

describe('pausing a hold', () => {
  test('"pause" 15 s into a 30 s hold, then "resume": the hold goes on for what was left, not from zero', async () => {
    const sim = newSim();
    const turns = await converse(
      sim,
      `${TO_FIRST_HOLD}
      U@15: pause
      A: ~paused~ ~seconds left on your right leg~ ~say resume~ ~open hamstring coach~ ?
      U: how much longer?
      A: ~your right leg has~ ~seconds left~ ?
      U: resume
      A: ~back into your stretch, right leg~ ~seconds more~ ~release~ ~ready for round 1, with your left leg~ !~30 seconds~ ?
      `,
    );
    const [hold, paused, help, resumed] = turns.slice(-4);
    expect(hold.seconds).toBeGreaterThan(30);
    const left = moreSeconds(resumed);
    // About 4 s of lead-in, then 11 s of the hold; the lead-in is taken as a slower voice says it, so a little more is owed.
    check(sim, left >= 15 && left <= 21, `resumed for ${left} more seconds after 15 s of a 30 s hold`);
    expect(paused.text).toContain(`${left} seconds left`);
    expect(help.text).toContain(`${left} seconds left`);
    expect(resumed.ssml).not.toContain('<break time="0ms"/>');
    expectHold(sim, resumed, left);
    expect(paused.ssml).not.toContain('<break');
  });

  test('breaking in right at the start of a hold owes all of it; a second pause of a resumed hold owes what is left of that', async () => {
    const sim = newSim();
    const turns = await converse(
      sim,
      `${TO_FIRST_HOLD}
      U@1: pause
      A: ~paused, with 30 seconds left~ ?
      U: resume
      A: ~hold it there for 30 seconds more~ ?
      U@20: wait
      A: ~paused~ ?
      U: carry on
      A: ~back into your stretch~ ~seconds more~ ?
      `,
    );
    const second = moreSeconds(turns[turns.length - 1]);
    check(sim, second >= 10 && second <= 18, `the second resume is for ${second} more seconds`);
  });

  test('breaking in after the hold is over (during the question) counts the hold as done', async () => {
    const sim = newSim();
    const hold = (await converse(sim, TO_FIRST_HOLD)).pop()!;
    await converse(
      sim,
      `
      U@${Math.floor(hold.seconds - 1)}: pause
      A: ~paused~ ~say resume~ !~seconds left~ ?
      U: ready
      A: ~lower your right leg~ ?
      `,
    );
  });

  test('"it hurts" mid-hold stops at once', async () => {
    const sim = newSim();
    const turns = await converse(
      sim,
      `${TO_FIRST_HOLD}
      U@12: it hurts
      A: ~stop right here~ ~ease out of the stretch~ ~never push into pain~ ~see your doctor~ !~seconds left~ .
      `,
    );
    const pain = turns[turns.length - 1];
    expect(pain.ssml).not.toMatch(/<break|<audio/);
    expect(pain.apla).toBeUndefined();
    expect(pain.seconds).toBeLessThan(15);
  });

  test('a user who walks away mid-hold (Alexa ends the session) is offered to carry on next time', async () => {
    const userId = newUserId();
    const sim = newSim(userId);
    await converse(
      sim,
      `${TO_FIRST_HOLD}
      U@15: pause
      A: ~paused~ ?
      U: <SessionEndedRequest EXCEEDED_MAX_REPROMPTS>
      A: <silence> .
      U: open hamstring coach
      A: ~welcome back~ ~carry on~ ?
      U: yes
      A: ~back into position~ ~lie down on your back~ ?
      U: ready
      U: ready
      U: ready
      U: ready
      A: ~round 1 of 2, right leg~ ~30 seconds~ ?
      `,
    );
  });
});

// ------------------------------------------------------------------ hold length

describe('hold length', () => {
  async function firstHoldAfter(sim: VoiceSimulator, before: string, seconds: number): Promise<Turn> {
    const length = seconds === 60 ? 'one minute' : `${seconds} seconds`;
    const turns = await converse(
      sim,
      `
      U: open hamstring coach
      A: ~would you like to stretch~ ?
      ${before}
      U: sitting
      A: ~holding for ${length}~ ?
      U: ready
      U: ready
      U: ready
      U: ready
      U: ready
      A: ~round 1 of 2, right leg~ ~hold it there for ${length}~ ~release~ ?
      `,
    );
    const hold = turns[turns.length - 1];
    expectHold(sim, hold, seconds);
    return hold;
  }

  test('"hold for forty five seconds": the next hold says 45 seconds and lasts at least 45', async () => {
    const sim = newSim();
    const hold = await firstHoldAfter(sim, 'U: hold for forty five seconds\nA: ~each hold will be 45 seconds~ !~shortest~ !~longest~ ?', 45);
    expect(hold.seconds).toBeGreaterThanOrEqual(45);
  });

  test('"hold for ninety seconds" is held for one minute, the longest, and the user is told', async () => {
    const sim = newSim();
    const hold = await firstHoldAfter(sim, 'U: hold for ninety seconds\nA: ~the longest hold is one minute~ !~60 seconds~ ?', 60);
    expect(hold.seconds).toBeGreaterThanOrEqual(60);
  });

  test('"hold for five seconds" is clamped to 20, and the user is told', async () => {
    const sim = newSim();
    const hold = await firstHoldAfter(sim, 'U: hold for five seconds\nA: ~the shortest hold is 20 seconds~ ?', 20);
    expect(hold.seconds).toBeGreaterThanOrEqual(20);
  });

  test.each([
    ['a minute', 60, '~each hold will be one minute~ !~60 seconds~'],
    ['hold for one minute', 60, '~each hold will be one minute~'],
    ['hold for 1 minute', 60, '~each hold will be one minute~'],
    ['half a minute', 30, '~each hold will be 30 seconds~'],
    ['make the hold forty seconds', 40, '~each hold will be 40 seconds~'],
    ['one and a half minutes', 60, '~the longest hold is one minute~'],
    ['2 minutes', 60, '~the longest hold is one minute~'],
  ])('"%s" sets %i second holds, spoken in minutes where it is one', async (said, seconds, reply) => {
    const sim = newSim();
    await firstHoldAfter(sim, `U: ${said}\nA: ${reply} ?`, seconds);
  });

  test('a hold length set mid-routine applies from the next hold, and is remembered next session', async () => {
    const userId = newUserId();
    const sim = newSim(userId);
    await converse(
      sim,
      `${TO_STEP_2}
      U: make the hold sixty seconds
      A: ~one minute~ ~bend your right knee~ ?
      U: ready
      U: ready
      U: ready
      A: ~round 1 of 2, right leg~ ~hold it there for one minute~ ?
      U: stop
      A: ~goodbye~ .
      `,
    );
    await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~carry on~ ?
      U: no
      A: ~start fresh~ ?
      U: sitting
      A: ~holding for one minute~ ?
      `,
    );
  });
});

// ------------------------------------------------------------------ speech pace

describe('speech pace', () => {
  test('"speak slower" slows what follows; it is remembered next session; other users are not affected', async () => {
    const userId = newUserId();
    const turns = await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~would you like to stretch~ ?
      U: speak slower
      A: ~more slowly~ ?
      U: on my back
      A: ~lie down on your back~ ?
      U: slow down
      A: ~already my slowest~ ?
      U: stop
      A: ~goodbye~ .
      `,
    );
    expect(turns[0].ssml).not.toContain('<prosody');
    for (const turn of turns.slice(1)) expect(turn.ssml).toMatch(/^<speak><prosody rate="80%">/);

    const [next] = await converse(newSim(userId), 'U: open hamstring coach\nA: ~welcome back~ ?');
    expect(next.ssml).toContain('<prosody rate="80%">');

    const [other] = await converse(newSim(), 'U: open hamstring coach\nA: ~welcome to hamstring coach~ ?');
    expect(other.ssml).not.toContain('<prosody');
  });

  test('"speak faster" twice from normal: faster, then "already my fastest"; remembered next session', async () => {
    const userId = newUserId();
    const turns = await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~would you like to stretch~ ?
      U: speak faster
      A: ~a little faster~ ?
      U: speak faster
      A: ~already my fastest~ ?
      `,
    );
    expect(turns[1].ssml).toContain('<prosody rate="120%">');
    expect(turns[2].ssml).toContain('<prosody rate="120%">');
    const [next] = await converse(newSim(userId), 'U: open hamstring coach\nA: ~welcome back~ ?');
    expect(next.ssml).toContain('<prosody rate="120%">');
  });

  test('a hold at the slow pace still lasts the hold time (pauses are not slowed, cues are)', async () => {
    const sim = newSim();
    const turns = await converse(
      sim,
      `
      U: open hamstring coach
      U: speak slower
      U: the one in bed
      U: ready
      U: ready
      U: ready
      U: ready
      A: ~round 1 of 2, right leg~ ~30 seconds~ ?
      `,
    );
    const hold = turns[turns.length - 1];
    expect(hold.ssml).toContain('<prosody rate="80%">');
    expect(hold.ssml).not.toMatch(/<prosody[^>]*>[^<]*<break/);
    // In the APLA document too: the cues are slowed, the pauses are not.
    const [document] = aplaDocumentsOf(hold.envelope.response?.directives);
    const aplaJson = JSON.stringify(document);
    expect(aplaJson).toContain('<prosody rate=\\"80%\\">Halfway there.</prosody>');
    expect(aplaJson).not.toMatch(/<prosody[^>]*>[^<]*<break/);
    expectHold(sim, hold, 30);
  });
});

// ------------------------------------------------------------------ forget me

describe('forget me', () => {
  test('"no" keeps everything: the next launch still says welcome back', async () => {
    const userId = newUserId();
    await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~check with your doctor~ ?
      U: speak faster
      A: ~faster~ ?
      U: forget me
      A: ~forget everything~ ?
      U: no
      A: ~kept everything~ ~would you like to stretch~ ?
      `,
    );
    const [launch] = await converse(
      newSim(userId),
      'U: open hamstring coach\nA: ~welcome back~ !~check with your doctor~ ?',
    );
    expect(launch.ssml).toContain('<prosody rate="120%">');
  });

  test('"yes" forgets everything: the next launch is a first-time welcome with the notice, default pace and hold, nothing to resume', async () => {
    const userId = newUserId();
    await converse(
      newSim(userId),
      `${TO_STEP_2}
      U: speak faster
      A: ~faster~ ?
      U: hold for fifty seconds
      A: ~50 seconds~ ?
      U: delete my data
      A: ~forget everything~ ?
      U: yes
      A: ~deleted everything~ ~goodbye~ .
      `,
    );
    const turns = await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~welcome to hamstring coach~ ~check with your doctor~ !~welcome back~ !~carry on~ !~usual~ ~would you like to stretch~ ?
      U: sitting
      A: ~holding for 30 seconds~ ?
      `,
    );
    expect(turns[0].ssml).not.toContain('<prosody');
  });
});

// ------------------------------------------------------------------ picking up an unfinished routine

describe('an unfinished routine', () => {
  const STOP_AFTER_TWO_STEPS = `${TO_STEP_2}
    U: stop
    A: ~place is saved~ ~goodbye~ .
  `;

  test('stopped after 2 steps: the next launch offers to carry on, and "yes" starts that leg\'s setup from the top', async () => {
    const userId = newUserId();
    await converse(newSim(userId), STOP_AFTER_TWO_STEPS);
    await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~welcome back~ ~lying-down stretch~ ~carry on~ ?
      U: yes
      A: ~back into position~ ~lie down on your back~ !~bend your right knee~ !~holds~ ?
      U: ready
      A: ~bend your right knee~ ?
      `,
    );
  });

  test('"no" starts fresh, and the old routine is not offered again', async () => {
    const userId = newUserId();
    await converse(newSim(userId), STOP_AFTER_TWO_STEPS);
    await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~carry on~ ?
      U: no
      A: ~start fresh~ !~usual~ ~would you like to stretch~ ?
      U: on my back
      A: ~here's the lying-down stretch~ ~lie down on your back~ ?
      U: stop
      A: ~goodbye~ !~place is saved~ .
      U: open hamstring coach
      A: ~welcome back~ !~carry on~ ~would you like to stretch~ ?
      `,
    );
  });

  test('an unfinished routine older than 24 hours is not offered; one 23 hours old is', async () => {
    const stale = newUserId();
    const sim = newSim(stale);
    await converse(
      sim,
      `${STOP_AFTER_TWO_STEPS}
      WAIT: 25h
      U: open hamstring coach
      A: ~welcome back~ !~carry on~ ~would you like to stretch~ ?
      `,
    );
    const fresh = newSim();
    await converse(
      fresh,
      `${STOP_AFTER_TWO_STEPS}
      WAIT: 23h
      U: open hamstring coach
      A: ~welcome back~ ~carry on~ ?
      `,
    );
  });

  test('stopped mid-hold: "yes" sets that leg up again from the top, then holds it', async () => {
    const userId = newUserId();
    await converse(newSim(userId), `${TO_FIRST_HOLD}\nU@20: stop\nA: ~place is saved~ .`);
    await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~carry on~ ?
      U: yes
      A: ~back into position~ ~lie down on your back~ ?
      U: ready
      U: ready
      U: ready
      U: ready
      A: ~round 1 of 2, right leg~ ~hold it there for 30 seconds~ ?
      `,
    );
  });

  // The offer names the leg the user will carry on with, not the one of the hold just finished:
  // "yes" after it starts the left leg, so the question must say so.
  test('stopped after finishing the right-leg hold: the offer names the leg that comes next (left)', async () => {
    const userId = newUserId();
    await converse(newSim(userId), `${TO_FIRST_HOLD}\nU: stop\nA: ~place is saved~ .`);
    await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~carry on~ !~right leg~ ?
      U: yes
      A: ~done 1 of 4 holds~ ~lie down on your back~ ?
      U: ready
      A: ~bend your left knee~ ?
      `,
    );
  });

  // Picking a routine up and stopping again at the same step must still store the new time:
  // the 24 h window counts from the last stop, not the first.
  test('picking a routine up renews the 24 hour window', async () => {
    const userId = newUserId();
    const sim = newSim(userId);
    await converse(
      sim,
      `${STOP_AFTER_TWO_STEPS}
      WAIT: 23h
      U: open hamstring coach
      A: ~carry on~ ?
      U: yes
      A: ~lie down on your back~ ?
      U: ready
      A: ~bend your right knee~ ?
      U: stop
      A: ~place is saved~ .
      WAIT: 2h
      U: open hamstring coach
      A: ~welcome back~ ~carry on~ ?
      `,
    );
  });

  // The user was just told "Open Hamstring Coach again when you want to carry on", so a one-shot
  // ResumeIntent in a new session picks up the stored routine (or offers to), never the menu.
  test('a one-shot "ask hamstring coach to carry on" picks up the unfinished routine', async () => {
    const userId = newUserId();
    await converse(newSim(userId), STOP_AFTER_TWO_STEPS);
    await converse(newSim(userId), 'U: ask hamstring coach to carry on\nA: !~pick a stretch~ ~back into position~ ~lie down on your back~ ?');
  });
});

// ------------------------------------------------------------------ the last hold

// The session stays open through the last hold, as through the others, so on a device
// "Alexa, pause" or "Alexa, it hurts" during it still reaches the skill; the wrap-up comes
// when the user says they are done.
describe('the last hold', () => {
  const upToLastHold = () => wholeRoutineScript(VARIANTS.LYING, 'on my back').script.split('\n').slice(0, -4).join('\n');

  test('can be paused like the others', async () => {
    const sim = newSim();
    await converse(sim, upToLastHold());
    await converse(sim, 'U@15: pause\nA: ~paused~ ~seconds left on your left leg~ ?');
  });

  test('"it hurts" during it stops at once, with the advice', async () => {
    const sim = newSim();
    await converse(sim, upToLastHold());
    await converse(sim, 'U@12: it hurts\nA: ~stop right here~ ~never push into pain~ ~see your doctor~ .');
  });

  test('walking away after it still counts the routine as done', async () => {
    const userId = newUserId();
    const sim = newSim(userId);
    await converse(sim, upToLastHold());
    await converse(sim, 'U: <SessionEndedRequest EXCEEDED_MAX_REPROMPTS>\nA: <silence> .');
    await converse(newSim(userId), 'U: open hamstring coach\nA: ~welcome back~ !~carry on~ ~usual lying-down stretch~ ?');
  });
});

// ------------------------------------------------------------------ input out of order or malformed

describe('unexpected input', () => {
  test('a brand-new session that starts with "next" asks for a stretch (with the notice for a first-time user)', async () => {
    const sim = newSim();
    const [turn] = await converse(
      sim,
      'U: next\nA: ~check with your doctor~ ~pick a stretch~ ~sitting~ ~standing~ ~lying~ ?',
    );
    expect(turn.request.session?.new).toBe(true);
    expect(intentName(turn)).toBe('AMAZON.NextIntent');
  });

  test('an intent the model does not have is treated as not understood, at the menu and in a step', async () => {
    const sim = newSim();
    await converse(
      sim,
      `
      U: open hamstring coach
      U: <NoSuchIntent>
      A: ~sorry~ ~which stretch would you like~ ?
      U: on my back
      U: <NoSuchIntent>
      A: ~sorry~ ~say ready when you're in position~ ?
      `,
    );
  });

  test('StartStretchIntent with no slot or an unknown stretch is not understood: it re-asks with the choices', async () => {
    const sim = newSim();
    const turns = await converse(
      sim,
      `
      U: open hamstring coach
      U: <StartStretchIntent>
      A: ~sorry~ ~sitting~ ~standing~ ~lying down~ ?
      U: the one in bed
      U: let's do the cobra stretch
      A: ~sorry~ ~say ready when you're in position~ !~here's the~ ?
      U: start the stretch
      A: ~not sure what to say~ ~help~ ~say ready when you're there~ ?
      `,
    );
    const cobra = turns[3].request.request as IntentRequest;
    expect(cobra.intent.name).toBe('StartStretchIntent');
    expect(cobra.intent.slots?.variant?.resolutions?.resolutionsPerAuthority?.[0]?.status.code).toBe('ER_SUCCESS_NO_MATCH');
    expect(intentName(turns[4])).toBe('StartStretchIntent');
  });

  test('SetHoldTimeIntent with "?" for the number asks again and changes nothing', async () => {
    const sim = newSim();
    await converse(
      sim,
      `
      U: open hamstring coach
      U: <SetHoldTimeIntent seconds=?>
      A: ~didn't catch how long~ ~20 seconds to one minute~ ~would you like to stretch~ ?
      U: <SetHoldTimeIntent duration=?>
      A: ~didn't catch how long~ ?
      U: <SetHoldTimeIntent>
      A: ~didn't catch how long~ ?
      U: sitting
      A: ~holding for 30 seconds~ ?
      `,
    );
  });

  test('intents out of order: Resume and Yes at the menu, Previous at step 1, Resume at a step that is not paused', async () => {
    const sim = newSim();
    await converse(
      sim,
      `
      U: open hamstring coach
      U: resume
      A: ~pick a stretch~ ~would you like to stretch~ ?
      U: yes
      A: ~pick a stretch~ ~would you like to stretch~ ?
      U: standing
      A: ~find something sturdy~ ?
      U: go back
      A: ~that's the first step~ ~find something sturdy~ ?
      U: resume
      A: ~carry on~ ~find something sturdy~ ?
      `,
    );
  });

  test('a SessionEndedRequest with reason ERROR is answered cleanly with no speech, mid-routine or as the only request', async () => {
    const userId = newUserId();
    const sim = newSim(userId);
    const turns = await converse(
      sim,
      `${TO_STEP_2}
      U: <SessionEndedRequest ERROR>
      A: <silence> .
      U: open hamstring coach
      A: ~welcome back~ ~carry on~ ?
      `,
    );
    const ended = turns[turns.length - 2];
    expect(ended.envelope.response.outputSpeech).toBeUndefined();
    expect(ended.envelope.response.reprompt).toBeUndefined();

    const lone = newSim();
    const [only] = await converse(lone, 'U: <SessionEndedRequest ERROR>\nA: <silence> .');
    expect(only.request.session?.new).toBe(true);
    expect(only.envelope.response.outputSpeech).toBeUndefined();
  });

  test('choosing the stretch already under way keeps the user where they are', async () => {
    const sim = newSim();
    await converse(
      sim,
      `${TO_STEP_2}
      U: the lying down one
      A: ~we're doing the lying-down stretch now~ ~bend your right knee~ !~lie down on your back~ ?
      `,
    );
  });
});
