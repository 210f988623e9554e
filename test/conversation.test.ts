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

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { handler } = require('../dist/index.js') as { handler: SkillHandler };

let users = 0;
function newUserId(): string {
  users += 1;
  return `amzn1.ask.account.conversation-test-${users}`;
}
function newSim(userId: string = newUserId()): VoiceSimulator {
  return new VoiceSimulator({ handler, userId });
}

function intentName(turn: Turn): string | undefined {
  const request = turn.request.request;
  return request.type === 'IntentRequest' ? (request as IntentRequest).intent.name : undefined;
}

/** Fails with the conversation so far in the message, so a failure shows where it happened. */
function check(sim: VoiceSimulator, condition: boolean, what: string): void {
  if (!condition) throw new Error(`${what}\n\n--- transcript so far ---\n${transcriptOf(sim)}`);
}

// ------------------------------------------------------------------ the script runner itself

describe('converse() catches what it should', () => {
  const launch = 'U: open hamstring coach';
  const cases: Array<[string, string, RegExp]> = [
    ['a missing fragment', '~no such words anywhere~ ?', /"no such words anywhere" is not said/],
    ['fragments out of order', '~which would you like~ ~welcome~ ?', /"welcome" is said, but not after/],
    ['a forbidden fragment', '~welcome~ !~check with your doctor~ ?', /"check with your doctor" is said, and must not be/],
    ['a session that should have ended', '~welcome~ .', /should be over/],
  ];
  test.each(cases)('%s fails, with the transcript', async (_what, spec, message) => {
    const attempt = converse(newSim(), `${launch}\nA: ${spec}`);
    await expect(attempt).rejects.toThrow(message);
    await expect(converse(newSim(), `${launch}\nA: ${spec}`)).rejects.toThrow(/transcript so far[\s\S]*U: open hamstring coach[\s\S]*A: Welcome/);
  });

  test('a session that should stay open, and a script line it cannot read, fail too', async () => {
    await expect(converse(newSim(), 'U: open hamstring coach\nU: stop\nA: ~goodbye~ ?')).rejects.toThrow(/should stay open/);
    await expect(converse(newSim(), 'U: open hamstring coach\nA: ~welcome~')).rejects.toThrow(/must end with \?/);
    await expect(converse(newSim(), 'U: open hamstring coach\nA: welcome ?')).rejects.toThrow(/between ~ ~/);
    await expect(converse(newSim(), 'A: ~welcome~ ?')).rejects.toThrow(/no U: line/);
  });
});

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
  check(sim, /^And release\./.test(after), `"release" does not follow the chime: ${after}${shown}`);
  if (last) {
    // The session stays open through the last hold (so "Alexa, it hurts" still reaches the skill),
    // and the response ends by asking whether the user is out of the stretch.
    check(
      sim,
      after.indexOf('last hold') > 0 && /ready to finish\?$/.test(after) && !turn.ended && turn.text.indexOf('Well done') < 0,
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
      ['sit back up slowly', `bring your ${other} foot back in`, `stretch your ${leg} leg out`],
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
      ['stand tall'],
      ['lean forward slowly from your hips', 'behind your right thigh'],
    ],
    switchSteps: (leg, other) => [
      [`lower your ${other} foot`, `rest your ${leg} heel on the step`],
      ['keep both knees straight', `behind your ${leg} thigh`],
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
      [`lower your ${other} leg`, `bend your ${leg} knee`],
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
    'A: ~welcome to hamstring coach~ ~check with your doctor~ ~sitting~ ~standing~ ~lying on your back~ ?',
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
    const head = `~round ${round} of 2, ${leg} leg~ ~hold it there for 30 seconds~ ~halfway there~ ~release~`;
    const next = HOLDS[h + 1];
    if (!next) {
      lines.push(`A: ${head} ~that was your last hold~ ~ready to finish~ !~well done~ ?`);
      lines.push('U: done');
      lines.push(`A: ~that's the whole stretch~ ~2 rounds on each leg~ ~well done~ ~take care~ .`);
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
      A: ~check with your doctor~ ~here's the lying-down stretch~ ~lie down on your back~ ~say ready~ !~welcome~ !~which would you like~ !~bend your right knee~ ?
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
      A: ~welcome to hamstring coach~ ~check with your doctor~ ~sitting on a chair~ ~standing up~ ~lying on your back~ ~which would you like~ ?
      U: stop
      A: ~goodbye~ .
      U: open hamstring coach
      A: ~welcome back~ ~which would you like~ !~check with your doctor~ !~welcome to hamstring coach~ ?
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
      A: ~welcome back~ ~usual standing stretch~ ~30 second holds~ !~check with your doctor~ ?
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
    await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~which would you like~ ?
      U: in a chair
      A: ~sitting stretch~ ?
      U: it hurts
      A: ~see your doctor~ .
      `,
    );
    await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~welcome back~ ~usual sitting stretch~ ?
      U: no
      A: ~which would you like~ ?
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
  StartOver: { name: 'AMAZON.StartOverIntent', say: 'start over' },
  Yes: { name: 'AMAZON.YesIntent', say: 'yes' },
  No: { name: 'AMAZON.NoIntent', say: 'no' },
  Pause: { name: 'AMAZON.PauseIntent', say: 'pause' },
  Resume: { name: 'AMAZON.ResumeIntent', say: 'resume' },
  Ready: { name: 'ReadyIntent', say: "i'm ready" },
  SetHoldTime: { name: 'SetHoldTimeIntent', say: 'hold for forty five seconds' },
  Pain: { name: 'PainIntent', say: 'it hurts' },
  SpeakSlower: { name: 'SpeakSlowerIntent', say: 'speak slower' },
  SpeakFaster: { name: 'SpeakFasterIntent', say: 'speak faster' },
  DeleteMyData: { name: 'DeleteMyDataIntent', say: 'forget me' },
  StartStretch: { name: 'StartStretchIntent', say: 'sitting' },
} as const;
type IntentKey = keyof typeof INTENTS;

const TO_STEP_2 = `
  U: open hamstring coach
  A: ~which would you like~ ?
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
  menu: { setup: 'U: open hamstring coach\nA: ~which would you like~ ?' },
  step: { setup: TO_STEP_2 },
  'mid-hold': { setup: TO_FIRST_HOLD, interruptAt: 15 },
  released: { setup: TO_FIRST_HOLD },
  paused: { setup: `${TO_FIRST_HOLD}\nU@15: pause\nA: ~paused~ ~seconds left on your right leg~ ?` },
  'resume offer': {
    setup: `${TO_STEP_2}\nU: stop\nA: ~place is saved~ .\nU: open hamstring coach\nA: ~welcome back~ ~carry on~ ?`,
  },
  'forget question': { setup: `${TO_STEP_2}\nU: forget me\nA: ~forget everything~ ~yes or no~ ?` },
};

interface Expectation {
  /** The A: line for the reply. */
  reply: string;
  /** More of the conversation, to show the effect lasted (or did not). */
  after?: string;
  ssmlHas?: RegExp;
  ssmlLacks?: RegExp;
}

const PAIN: Expectation = {
  reply: '~stop right here~ ~ease out of the stretch~ ~never push into pain~ ~see your doctor~ !~say ready~ .',
  // "At once": no pauses, no hold, nothing else.
  ssmlLacks: /<break|<audio|APLA|Ready for round/,
};

/** What is asked at each stage: what Repeat and most side requests come back to. */
const CURRENT: Record<Stage, string> = {
  menu: '~which would you like~',
  step: "~bend your right knee~ ~say ready when you're there~",
  'mid-hold': '~paused~ ~seconds left on your right leg~ ~say resume~',
  released: '~ready for round 1, with your left leg~',
  paused: '~paused~ ~seconds left on your right leg~ ~say resume~',
  'resume offer': '~stopped partway through the lying-down stretch~ ~carry on from there~',
  'forget question': '~forget everything~ ~yes or no~',
};

/** Where "yes" to the resume offer puts the user after stopping at each stage. */
const RESUMES_AT: Partial<Record<Stage, string>> = {
  step: '~bend your right knee~',
  'mid-hold': '~straighten your right knee toward the ceiling~',
  released: '~bend your left knee~',
  paused: '~straighten your right knee toward the ceiling~',
  'resume offer': '~bend your right knee~',
  'forget question': '~bend your right knee~',
};

function stopExpectation(stage: Stage): Expectation {
  const resumesAt = RESUMES_AT[stage];
  if (!resumesAt) {
    return {
      reply: '~goodbye~ !~place is saved~ .',
      after: 'U: open hamstring coach\nA: ~welcome back~ !~carry on~ ~which would you like~ ?',
    };
  }
  return {
    reply: stage === 'resume offer' ? '~goodbye~ .' : '~place is saved~ ~goodbye~ .',
    after: `U: open hamstring coach\nA: ~welcome back~ ~carry on~ ?\nU: yes\nA: ~pick up where you left off~ ${resumesAt} ?`,
  };
}

const HOLD_AGAIN = '~that hold again~ ~round 1 of 2, right leg~ ~hold it there for 30 seconds~ ~release~ ~ready for round 1, with your left leg~ ?';
const RESUMED_HOLD = '~back into your stretch, right leg~ ~more seconds~ ~release~ ~ready for round 1, with your left leg~ ?';
const FROM_THE_TOP = '~again from the top~ ~lie down on your back~ !~bend your right knee~ ?';
const TO_LEFT_LEG = '~lower your right leg~ ~bend your left knee~ ?';
const PICK_UP = '~pick up where you left off~ ~bend your right knee~ ?';
const ASKED_AGAIN = '~forget everything~ ~yes or no~ ?';
const KEPT_AFTER = "U: no\nA: ~kept everything~ ~bend your right knee~ ?";

function expectationFor(stage: Stage, intent: IntentKey): Expectation {
  const current = CURRENT[stage];
  const inRoutine = stage === 'step' || stage === 'mid-hold' || stage === 'released' || stage === 'paused';
  const holdStopped = stage === 'mid-hold' || stage === 'paused';
  switch (intent) {
    case 'Pain':
      return PAIN;
    case 'Stop':
    case 'Cancel':
    case 'NavigateHome':
      return stopExpectation(stage);
    case 'SpeakSlower':
      return { reply: `~speak more slowly~ ${current} ?`, ssmlHas: /<prosody rate="80%">/ };
    case 'SpeakFaster':
      return { reply: `~a little faster~ ${current} ?`, ssmlHas: /<prosody rate="120%">/ };
    case 'SetHoldTime':
      return { reply: `~45 seconds~ ${current} ?` };
    case 'StartStretch':
      return { reply: "~here's the sitting stretch~ ~find a firm chair~ ~say ready~ ?" };
    case 'DeleteMyData':
      return {
        reply: '~forget everything~ ~yes or no~ ?',
        after: stage === 'forget question' ? KEPT_AFTER : `U: no\nA: ~kept everything~ ${current} ?`,
      };
    case 'Help': {
      const help: Record<Stage, string> = {
        menu: '~I guide you~ ~sitting~ ~standing~ ~lying on your back~ ~which would you like~ ?',
        step: "~step 2 of 4~ !~I guide you~ ~say ready when you're there~ ?",
        'mid-hold': '~paused~ ~seconds left on your right leg~ !~I guide you~ ~say resume~ ?',
        released: '~just finished a hold~ ~round 1, with your left leg~ !~I guide you~ ~ready for round 1~ ?',
        paused: '~paused~ ~seconds left on your right leg~ !~I guide you~ ~say resume~ ?',
        'resume offer': '~asked you a question~ ~yes or no~ !~I guide you~ ~carry on from there~ ?',
        'forget question': '~asked you a question~ ~yes or no~ !~I guide you~ ~forget everything~ ?',
      };
      return { reply: help[stage] };
    }
    case 'Fallback': {
      // What can be said here, then the question again (not the whole step).
      const options: Record<Stage, string> = {
        menu: '~you can say sitting, standing, or lying down~ ~which would you like~',
        step: "~you can say ready, repeat, go back~ ~say ready when you're there~",
        'mid-hold': '~you can say resume~ ~say resume when you want to carry on~',
        released: '~you can say ready~ ~ready for round 1, with your left leg~',
        paused: '~you can say resume~ ~say resume when you want to carry on~',
        'resume offer': `~please say yes or no~ ${current}`,
        'forget question': `~please say yes or no~ ${current}`,
      };
      return { reply: `~sorry~ ${options[stage]} ?` };
    }
    default:
      break;
  }
  if (stage === 'menu') {
    const needsChoice = intent === 'Next' || intent === 'Yes' || intent === 'Ready' || intent === 'Resume';
    return { reply: `${needsChoice ? '~pick a stretch~ ' : ''}~which would you like~ !~here's the~ ?` };
  }
  if (stage === 'resume offer') {
    const accepts = intent === 'Next' || intent === 'Yes' || intent === 'Ready' || intent === 'Resume';
    if (accepts) return { reply: PICK_UP };
    if (intent === 'No') {
      return {
        reply: '~start fresh~ ~usual lying-down stretch~ ?',
        after: 'U: stop\nA: ~goodbye~ .\nU: open hamstring coach\nA: ~welcome back~ !~carry on~ ~usual~ ?',
      };
    }
    // "go back" and "start over" decline the offer, like "no"; the rest hear it again.
    if (intent === 'Previous' || intent === 'StartOver') {
      return {
        reply: '~start fresh~ ~usual lying-down stretch~ ?',
        after: 'U: stop\nA: ~goodbye~ .\nU: open hamstring coach\nA: ~welcome back~ !~carry on~ ~usual~ ?',
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
    case 'Repeat':
      return { reply: `${current} ?` };
    case 'StartOver':
      return { reply: FROM_THE_TOP };
    case 'No':
      return { reply: `~no rush~ ${current} ?` };
    case 'Pause':
      if (holdStopped) return { reply: `${current} ?` };
      return {
        reply: "~I'll wait~ ~say resume~ ?",
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
    const sim = newSim();
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
  const m = /for (\d+) more seconds/i.exec(turn.text);
  return m ? Number(m[1]) : NaN;
}

describe('pausing a hold', () => {
  test('"pause" 15 s into a 30 s hold, then "resume": the hold goes on for what was left, not from zero', async () => {
    const sim = newSim();
    const turns = await converse(
      sim,
      `${TO_FIRST_HOLD}
      U@15: pause
      A: ~paused~ ~seconds left on your right leg~ ~say resume~ ?
      U: help
      A: ~paused~ ~seconds left on your right leg~ ?
      U: resume
      A: ~back into your stretch, right leg~ ~more seconds~ ~release~ ~ready for round 1, with your left leg~ !~30 seconds~ ?
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
      A: ~hold it there for 30 more seconds~ ?
      U@20: wait
      A: ~paused~ ?
      U: carry on
      A: ~back into your stretch~ ~more seconds~ ?
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
      A: ~I'll wait~ !~seconds left~ ?
      U: ready
      A: ~bend your left knee~ ?
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
      A: ~straighten your right knee toward the ceiling~ ?
      U: ready
      A: ~round 1 of 2, right leg~ ~30 seconds~ ?
      `,
    );
  });
});

// ------------------------------------------------------------------ hold length

describe('hold length', () => {
  async function firstHoldAfter(sim: VoiceSimulator, before: string, seconds: number): Promise<Turn> {
    const turns = await converse(
      sim,
      `
      U: open hamstring coach
      A: ~which would you like~ ?
      ${before}
      U: sitting
      A: ~hold each one for ${seconds} seconds~ ?
      U: ready
      U: ready
      U: ready
      U: ready
      U: ready
      A: ~round 1 of 2, right leg~ ~hold it there for ${seconds} seconds~ ~release~ ?
      `,
    );
    const hold = turns[turns.length - 1];
    expectHold(sim, hold, seconds);
    return hold;
  }

  test('"hold for forty five seconds": the next hold says 45 seconds and lasts at least 45', async () => {
    const sim = newSim();
    const hold = await firstHoldAfter(sim, "U: hold for forty five seconds\nA: ~45 seconds~ !~20 to 60~ ?", 45);
    expect(hold.seconds).toBeGreaterThanOrEqual(45);
  });

  test('"hold for ninety seconds" is clamped to 60, and the user is told', async () => {
    const sim = newSim();
    const hold = await firstHoldAfter(sim, 'U: hold for ninety seconds\nA: ~20 to 60 seconds~ ~60 seconds~ ?', 60);
    expect(hold.seconds).toBeGreaterThanOrEqual(60);
  });

  test('"hold for five seconds" is clamped to 20, and the user is told', async () => {
    const sim = newSim();
    const hold = await firstHoldAfter(sim, 'U: hold for five seconds\nA: ~20 to 60 seconds~ ~20 seconds~ ?', 20);
    expect(hold.seconds).toBeGreaterThanOrEqual(20);
  });

  test('a hold length set mid-routine applies from the next hold, and is remembered next session', async () => {
    const userId = newUserId();
    const sim = newSim(userId);
    await converse(
      sim,
      `${TO_STEP_2}
      U: make the hold sixty seconds
      A: ~60 seconds~ ~bend your right knee~ ?
      U: ready
      U: ready
      U: ready
      A: ~round 1 of 2, right leg~ ~hold it there for 60 seconds~ ?
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
      A: ~usual lying-down stretch~ ~60 second holds~ ?
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
      A: ~which would you like~ ?
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
      A: ~which would you like~ ?
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
      A: ~forget everything~ ~yes or no~ ?
      U: no
      A: ~kept everything~ ~which would you like~ ?
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
      A: ~forget everything~ ~yes or no~ ?
      U: yes
      A: ~deleted everything~ ~goodbye~ .
      `,
    );
    const turns = await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~welcome to hamstring coach~ ~check with your doctor~ !~welcome back~ !~carry on~ !~usual~ ~which would you like~ ?
      U: sitting
      A: ~hold each one for 30 seconds~ ?
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

  test('stopped after 2 steps: the next launch offers to carry on, and "yes" goes back to that step', async () => {
    const userId = newUserId();
    await converse(newSim(userId), STOP_AFTER_TWO_STEPS);
    await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~welcome back~ ~lying-down stretch~ ~carry on~ ?
      U: yes
      A: ~pick up where you left off~ ~bend your right knee~ !~lie down on your back~ ?
      U: ready
      A: ~lace your fingers behind your right knee~ ?
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
      A: ~start fresh~ ~usual lying-down stretch~ ?
      U: yes
      A: ~here's the lying-down stretch~ ~lie down on your back~ ?
      U: stop
      A: ~goodbye~ .
      U: open hamstring coach
      A: ~carry on~ ?
      `,
    );
    // (That last offer is for the fresh routine just started and stopped at step 1.)
    await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~carry on~ ?
      U: yes
      A: ~lie down on your back~ ?
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
      A: ~welcome back~ !~carry on~ ~usual lying-down stretch~ ?
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

  test('stopped mid-hold: "yes" puts the user back in position before that hold', async () => {
    const userId = newUserId();
    await converse(newSim(userId), `${TO_FIRST_HOLD}\nU@20: stop\nA: ~place is saved~ .`);
    await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~carry on~ ?
      U: yes
      A: ~straighten your right knee toward the ceiling~ ?
      U: ready
      A: ~round 1 of 2, right leg~ ~hold it there for 30 seconds~ ?
      `,
    );
  });

  // BUG (lambda/state/machine.ts, promptFor 'offerResume'): the question names the leg of the
  // stored cursor (the hold just finished), not the leg the user will carry on with
  // (resumePoint(cursor).holdIndex). After finishing the right-leg hold and stopping, the user
  // hears "on your right leg", and "yes" then starts the left leg.
  test('stopped after finishing the right-leg hold: the offer names the leg that comes next (left)', async () => {
    const userId = newUserId();
    await converse(newSim(userId), `${TO_FIRST_HOLD}\nU: stop\nA: ~place is saved~ .`);
    await converse(
      newSim(userId),
      `
      U: open hamstring coach
      A: ~carry on~ !~right leg~ ?
      U: yes
      A: ~bend your left knee~ ?
      `,
    );
  });

  // BUG (lambda/persistence/user-record.ts recordDigest + lambda/interceptors/user-data.ts
  // SaveUserData): the digest leaves the time stamp out, so resuming a routine at the step where
  // it was stored "changes nothing" and nothing is written: `unfinished.savedAt` keeps the time
  // of the first session. A user who stopped 23 h ago, picks it up, and stops again at once is,
  // two hours later, not offered it, because the 24 h window still counts from the first stop.
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
      A: ~bend your right knee~ ?
      U: stop
      A: ~place is saved~ .
      WAIT: 2h
      U: open hamstring coach
      A: ~welcome back~ ~carry on~ ?
      `,
    );
  });

  // BUG (lambda/state/machine.ts, menuEvent / dispatch): a one-shot "Alexa, ask hamstring coach
  // to carry on" (ResumeIntent in a new session) ignores the stored unfinished routine and answers
  // "First, let's pick a stretch", although the user has just been told "Open Hamstring Coach
  // again when you want to carry on". It should resume it (or at least offer to).
  test('a one-shot "ask hamstring coach to carry on" picks up the unfinished routine', async () => {
    const userId = newUserId();
    await converse(newSim(userId), STOP_AFTER_TWO_STEPS);
    const [turn] = await converse(newSim(userId), 'U: ask hamstring coach to carry on\nA: !~pick a stretch~ ~right~ ?');
    // Either straight back to the step, or the offer to carry on.
    expect(turn.text).toMatch(/bend your right knee|carry on from there/i);
  });
});

// ------------------------------------------------------------------ the last hold

// The session stays open through the last hold, as through the others, so on a device
// "Alexa, pause" or "Alexa, it hurts" during it still reaches the skill; the wrap-up comes
// when the user says they are done.
describe('the last hold', () => {
  const upToLastHold = () => wholeRoutineScript(VARIANTS.LYING, 'on my back').script.split('\n').slice(0, -2).join('\n');

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
      A: ~sorry~ ~you can say sitting, standing, or lying down~ ?
      U: on my back
      U: <NoSuchIntent>
      A: ~sorry~ ~you can say ready~ ~say ready when you're there~ ?
      `,
    );
  });

  test('StartStretchIntent with no slot, an empty slot or an unknown stretch lists the three stretches', async () => {
    const sim = newSim();
    const turns = await converse(
      sim,
      `
      U: open hamstring coach
      U: <StartStretchIntent>
      A: ~I can guide three stretches~ ~sitting~ ~standing~ ~lying~ ?
      U: start the stretch
      A: ~I can guide three stretches~ ~which would you like~ ?
      U: the cobra stretch
      A: ~I can guide three stretches~ !~here's the~ ~which would you like~ ?
      U: the one in bed
      U: let's do the cobra stretch
      A: ~I can guide three stretches~ ~lie down on your back~ ?
      `,
    );
    const cobra = turns[3].request.request as IntentRequest;
    expect(cobra.intent.name).toBe('StartStretchIntent');
    expect(cobra.intent.slots?.variant?.resolutions?.resolutionsPerAuthority?.[0]?.status.code).toBe('ER_SUCCESS_NO_MATCH');
    expect(intentName(turns[2])).toBe('StartStretchIntent');
  });

  test('SetHoldTimeIntent with "?" for the number asks again and changes nothing', async () => {
    const sim = newSim();
    await converse(
      sim,
      `
      U: open hamstring coach
      U: <SetHoldTimeIntent seconds=?>
      A: ~didn't catch the number~ ~20 to 60 seconds~ ~which would you like~ ?
      U: <SetHoldTimeIntent>
      A: ~didn't catch the number~ ?
      U: sitting
      A: ~hold each one for 30 seconds~ ?
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
      A: ~pick a stretch~ ~which would you like~ ?
      U: yes
      A: ~pick a stretch~ ~which would you like~ ?
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
