/**
 * The coach with real people: confusion, safety words, obstacles, minutes, brevity,
 * an honest pause, a safe place to resume, and variety. Whole conversations through
 * the built bundle (dist/index.js), resolved against the real interaction model,
 * written as U: / A: turns (see test/support/conversation.ts).
 */
import { VoiceSimulator, type SkillHandler, type Turn } from '../lambda/local/voice-simulator';
import { converse } from './support/conversation';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { handler } = require('../dist/index.js') as { handler: SkillHandler };

let users = 0;
const newUserId = () => `amzn1.ask.account.patient-coach-test-${++users}`;
const newSim = (userId: string = newUserId()) => new VoiceSimulator({ handler, userId });

const words = (text: string) => text.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word)).length;

const TO_SITTING_STEP_3 = `
  U: open hamstring coach
  U: sitting
  A: ~find a firm chair~ ?
  U: ready
  A: ~now your right leg~ ?
  U: ready
  A: ~toes of your right foot~ ?
`;

const TO_FIRST_HOLD = `
  U: open hamstring coach
  U: on my back
  U: ready
  U: ready
  U: ready
  U: ready
  A: ~round 1 of 2, right leg~ ~release~ ~ready for round 1, with your left leg~ ?
`;

describe('confusion', () => {
  test.each(['what?', 'huh?', 'pardon?', 'say that again', "I didn't hear you", 'sorry?'])(
    '"%s" repeats the step the user is on, word for word',
    async (said) => {
      const turns = await converse(newSim(), `${TO_SITTING_STEP_3}\nU: ${said}\nA: ~toes of your right foot~ ~say ready~ ?`);
      expect(turns.at(-1)!.text).toBe(turns.at(-2)!.text);
    },
  );

  test('"what?" after a hold repeats its question, never the hold', async () => {
    const turns = await converse(newSim(), `${TO_FIRST_HOLD}\nU: what?\nA: ~ready for round 1, with your left leg~ !~release~ ?`);
    expect(turns.at(-1)!.ssml).not.toMatch(/<break|<audio/);
  });

  test('not understood: a brief re-ask, then an offer of help, then a kind goodbye that keeps the place', async () => {
    const userId = newUserId();
    const turns = await converse(
      newSim(userId),
      `${TO_SITTING_STEP_3}
      U: purple elephants dancing
      A: ~sorry, i didn't catch that~ ~say ready when you're in position~ ?
      U: the moon is made of cheese
      A: ~not sure what to say~ ~say: help~ ~say ready when you're there~ !~sorry~ ?
      U: bananas in pyjamas
      A: ~leave it there for now~ ~your place is saved~ ~open hamstring coach~ .
      U: open hamstring coach
      A: ~welcome back~ ~carry on~ ?
      `,
    );
    const [first, second, third] = turns.slice(-4, -1).map((turn) => turn.text);
    expect(new Set([first, second, third]).size).toBe(3);
  });

  test('at the menu, each miss is worded differently, and an understood answer starts the count again', async () => {
    await converse(
      newSim(),
      `
      U: open hamstring coach
      U: purple elephants
      A: ~sorry~ ~which stretch would you like: sitting, standing, or lying down~ ?
      U: repeat
      A: ~would you like to stretch~ ?
      U: purple elephants
      A: ~sorry~ !~not sure what to say~ ?
      U: more purple elephants
      A: ~not sure what to say~ ~help~ ~would you like to stretch~ ?
      U: even more purple elephants
      A: ~leave it there for now~ !~place is saved~ .
      `,
    );
  });
});

describe('safety words', () => {
  test('"my back hurts" before any stretch is heard, and the gentle lying-down stretch offered; the session stays open', async () => {
    await converse(
      newSim(),
      `
      U: open hamstring coach
      U: my back hurts
      A: ~sorry your back hurts~ ~gentle stretch~ ~stop at once if anything hurts~ ~try it lying on your back~ !~ease out of the stretch~ ?
      U: yes
      A: ~here's the lying-down stretch~ ~lie down on your back~ ?
      U: it hurts
      A: ~stop right here~ ~see your doctor~ .
      `,
    );
  });

  test.each(['I feel dizzy', "I'm light headed", 'I feel faint', 'my leg is numb', 'my foot is tingling', 'I feel sick'])(
    '"%s" mid-hold stops at once and says to sit or lie down and get help if it does not pass',
    async (said) => {
      await converse(newSim(), `${TO_FIRST_HOLD}\nU: ready\nU: ready\nU: ready\nU: ready\nU@12: ${said}\nA: ~stop right now~ ~sit or lie down somewhere safe~ ~doesn't pass~ ~get help~ .`);
    },
  );

  test.each(['I fell', "I've fallen", "I can't get up", 'help me up', 'call for help'])(
    '"%s" says plainly the skill cannot call anyone, and how to get help',
    async (said) => {
      const [turn] = await converse(
        newSim(),
        `U: open hamstring coach\nU: ${said}\nA: ~i can't call anyone~ ~alexa, call~ ~emergency~ ~phone~ !~calling now~ .`.split('\n').slice(1).join('\n'),
      );
      expect(turn).toBeDefined();
    },
  );

  test('"stop stop stop" stops', async () => {
    await converse(newSim(), `${TO_SITTING_STEP_3}\nU: stop stop stop\nA: ~place is saved~ ~goodbye~ .`);
  });
});

describe('obstacles', () => {
  test('"I don\'t have a step" during the standing stretch: the elbows-on-a-counter way, guided step by step to the end', async () => {
    const turns = await converse(
      newSim(),
      `
      U: open hamstring coach
      U: standing up
      A: ~find something sturdy~ ?
      U: I don't have a step
      A: ~no step~ ~elbows on a counter~ ~2 rounds~ ~stand facing a kitchen counter~ ?
      U: ready
      A: ~straighten both knees~ ?
      U: ready
      A: ~chest and your bottom~ ?
      U: ready
      A: ~bend forward slowly from your hips~ ~elbows on the counter~ ~never rounded~ ?
      U: ready
      A: ~round 1 of 2, both legs~ ~release~ ~ready for round 2?~ ?
      U: ready
      A: ~lift your elbows~ ?
      U: ready
      A: ~bend forward again~ ?
      U: ready
      A: ~round 2 of 2, both legs~ ~that was your last hold~ ?
      U: done
      A: ~whole stretch~ ~every day at this time~ ?
      U: no
      A: ~no reminder~ .
      `,
    );
    expect(turns.filter((turn) => turn.apla !== undefined)).toHaveLength(2);
    for (const turn of turns) expect(`${turn.text} ${turn.reprompt}`).not.toMatch(/your both/i);
  });

  test('paused at the counter, what is left is said without "your both legs"', async () => {
    const turns = await converse(
      newSim(),
      `
      U: open hamstring coach
      U: I don't have a step
      U: ready
      U: ready
      U: ready
      A: ~elbows on the counter~ ?
      U: ready
      U@12: pause
      A: ~paused, with~ ~seconds left~ ~say resume~ ?
      U: how much longer?
      A: ~this hold has~ ~seconds left~ ?
      U: help
      A: ~stretch is paused~ ?
      `,
    );
    for (const turn of turns) expect(`${turn.text} ${turn.reprompt}`).not.toMatch(/your both/i);
  });

  test.each([
    ["I can't reach my leg", '~loop a belt or a towel around your foot~'],
    ["I don't have a belt", '~a towel, a scarf, or a dressing-gown cord~'],
    ["I can't get down on the floor", '~a firm bed works~'],
    ["I can't stand", "~won't need to stand~"],
  ])('lying down, "%s" is answered where the user is, then the step again', async (said, answer) => {
    await converse(
      newSim(),
      `
      U: open hamstring coach
      U: the one in bed
      U: ready
      U: ready
      A: ~lace your fingers behind your right knee~ ?
      U: ${said}
      A: ${answer} ~lace your fingers behind your right knee~ ?
      `,
    );
  });

  test('"I can\'t stand" at the menu goes to the sitting stretch; "I can\'t get down on the floor" offers sitting, or a firm bed', async () => {
    await converse(newSim(), "U: open hamstring coach\nU: I can't stand\nA: ~sitting on a chair~ ~here's the sitting stretch~ ~find a firm chair~ ?");
    await converse(
      newSim(),
      `
      U: open hamstring coach
      U: I can't get down on the floor
      A: ~no need to get down on the floor~ ~firm bed~ ~sitting on a chair instead~ ?
      U: no
      A: ~would you like to stretch~ ?
      U: I'm lying in bed
      A: ~here's the lying-down stretch~ ~floor or on a firm bed~ ?
      `,
    );
  });

  test('"which leg?", "how long?", "how many are left?" and "where am I?" are answered from where the user is', async () => {
    await converse(
      newSim(),
      `${TO_FIRST_HOLD}
      U: which leg?
      A: ~round 1 of 2, left leg~ ~1 of 4 holds are done~ ~each 30 seconds~ ~ready for round 1~ ?
      U: how long is the hold?
      A: ~each 30 seconds~ ?
      U: how many are left?
      A: ~1 of 4 holds are done~ ?
      U: where am I?
      A: ~round 1 of 2, left leg~ ?
      `,
    );
  });
});

describe('saying less', () => {
  test('a first-time welcome with the doctor notice is at most 35 words; returning welcomes at most 15', async () => {
    const userId = newUserId();
    const [first] = await converse(newSim(userId), 'U: open hamstring coach\nA: ~check with your doctor~ ~sitting~ ~standing~ ~lying down~ ?');
    expect(words(first.text)).toBeLessThanOrEqual(35);
    const [back] = await converse(newSim(userId), 'U: open hamstring coach\nA: ~welcome back~ ?');
    expect(words(back.text)).toBeLessThanOrEqual(15);

    // Returning with a routine to pick up, and with a usual stretch.
    await converse(newSim(userId), `${TO_SITTING_STEP_3.replace('U: open hamstring coach', '')}\nU: stop\nA: ~place is saved~ .`);
    const [resume] = await converse(newSim(userId), 'U: open hamstring coach\nA: ~welcome back~ ~carry on~ ?');
    expect(words(resume.text)).toBeLessThanOrEqual(15);
  });

  const HELP_AT: Array<[string, string, string]> = [
    ['the menu', 'U: open hamstring coach', '~time each hold~'],
    ['a step', TO_SITTING_STEP_3, '~step 3 of 5~'],
    ['after a hold', TO_FIRST_HOLD, '~finished a hold~'],
    ['a paused hold', `${TO_FIRST_HOLD}\nU: ready\nU: ready\nU: ready\nU: ready\nU@15: pause\nA: ~paused~ ?`, '~stretch is paused~'],
    ['the resume offer', `${TO_SITTING_STEP_3}\nU: stop\nU: open hamstring coach\nA: ~carry on~ ?`, '~answer yes or no~'],
  ];

  test.each(HELP_AT)('help at %s is at most 40 words, without the doctor notice, and its reprompt at most 20', async (_where, before, about) => {
    const sim = newSim();
    await converse(sim, before);
    const [help] = await converse(sim, `U: help\nA: ${about} !~check with your doctor~ !~surgery~ ?`);
    expect(words(help.text)).toBeLessThanOrEqual(40);
    expect(words(help.reprompt)).toBeLessThanOrEqual(20);
  });

  test('no reprompt in a whole routine is over 20 words, and the choices are never listed twice in one reply', async () => {
    const sim = newSim();
    const turns = await converse(sim, `U: open hamstring coach\nU: purple elephants\nU: help\nU: sitting\nU: help\nU: what?`);
    for (const turn of turns) {
      expect(words(turn.reprompt)).toBeLessThanOrEqual(20);
      expect(turn.text.match(/sitting/gi)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });
});

describe('an honest pause', () => {
  test('in a step: the place is kept, and both ways back are said; a later launch offers to carry on', async () => {
    const userId = newUserId();
    await converse(
      newSim(userId),
      `${TO_SITTING_STEP_3}
      U: pause
      A: ~paused~ ~say resume to carry on now~ ~later~ ~alexa, open hamstring coach~ !~I'll wait~ ?
      U: <SessionEndedRequest EXCEEDED_MAX_REPROMPTS>
      A: <silence> .
      U: open hamstring coach
      A: ~welcome back~ ~sitting stretch~ ~carry on~ ?
      `,
    );
  });

  test('mid-hold: the time left is kept too, and "resume" holds only that', async () => {
    await converse(
      newSim(),
      `${TO_FIRST_HOLD}
      U: ready
      U: ready
      U: ready
      U: ready
      U@20: pause
      A: ~paused, with~ ~seconds left on your left leg~ ~say resume to carry on now~ ~alexa, open hamstring coach~ ?
      U: resume
      A: ~back into your stretch, left leg~ ~seconds more~ ?
      `,
    );
  });
});

describe('variety', () => {
  function holdCues(turn: Turn): string {
    // What is said between the lead-in and the release: the hold's own cues.
    return turn.text.replace(/^.*?seconds\./, '').replace(/(And release|Now release).*$/, '').trim();
  }

  test('no two holds of a routine sound the same, each has a form reminder, and the wrap-up differs from one session to the next', async () => {
    const userId = newUserId();
    const routine = `
      U: open hamstring coach
      U: sitting
      U: ready
      U: ready
      U: ready
      U: ready
      U: ready
      U: ready
      U: ready
      U: ready
      U: ready
      U: ready
      U: ready
      U: ready
      U: ready
      U: ready
      U: ready
      U: ready
      U: ready
      U: done
    `;
    const first = await converse(newSim(userId), routine);
    const holds = first.filter((turn) => turn.apla !== undefined);
    expect(holds).toHaveLength(4);
    expect(new Set(holds.map(holdCues)).size).toBe(4);
    const forms = ['back long and straight', 'chest stays lifted', 'toes still pointing up', 'knee as straight as is comfortable'];
    holds.forEach((hold, i) => expect(hold.text.toLowerCase()).toContain(forms[i]));
    expect(new Set(holds.map((hold) => /(And release|Now release)[^.]*\.\s*\S+ \S+\./.exec(hold.text)?.[0])).size).toBeGreaterThan(1);

    const second = await converse(newSim(userId), routine.replace('U: sitting', 'U: yes'));
    expect(second.at(-1)!.text).not.toBe(first.at(-1)!.text);
    expect(second.at(-1)!.ended).toBe(true);
  });
});
