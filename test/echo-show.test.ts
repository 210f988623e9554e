/**
 * The skill on an Echo Show, through the built bundle (dist/index.js) and the voice simulator:
 * a screen with every reply on a device that supports APL and none on a speaker, where the
 * response is otherwise byte for byte the same; the right screen for each moment in every
 * locale, in that locale's words; touches that act exactly as the intents they name; a
 * countdown as long as the hold; every response under 24 KB with its screen; and every
 * document sent passes Amazon's validator.
 */
import { StaticAplTemplateValidator } from 'apl-suggester';
import type { Intent, ResponseEnvelope } from 'ask-sdk-model';
import { VoiceSimulator, type SkillHandler, type Turn } from '../lambda/local/voice-simulator';
import { LOCALE_IDS } from '../lambda/locales/registry';
import { translator, type Translate } from '../lambda/speech/i18n';
import type { ScreenDevice } from '../lambda/support/request-envelope';
import type { SpeechKey } from '../lambda/vocabulary/say';
import { MAX_RESPONSE_BYTES, responseProblems } from './support/response-checks';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { handler } = require('../dist/index.js') as { handler: SkillHandler };

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const HUB: ScreenDevice = { pixelWidth: 1280, pixelHeight: 800, shape: 'RECTANGLE' };
/** Every locale the skill speaks: each gets its screens in its own words. */
const LOCALES: readonly string[] = LOCALE_IDS;
const APL = 'Alexa.Presentation.APL.RenderDocument';

let users = 0;
function newSim(locale: string, screen?: ScreenDevice): VoiceSimulator {
  users += 1;
  return new VoiceSimulator({ handler, locale, screen, userId: `amzn1.ask.account.echo-show-${users}` });
}

/** An intent as Alexa sends it once it has resolved the slots to these ids. */
function intent(name: string, slots: Record<string, string> = {}): Intent {
  const resolved = Object.fromEntries(
    Object.entries(slots).map(([slot, id]) => [
      slot,
      {
        name: slot, value: id, confirmationStatus: 'NONE',
        resolutions: { resolutionsPerAuthority: [{ authority: 'amzn1.er-authority.echo-sdk.test', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: id, id } }] }] },
      },
    ]),
  );
  return { name, confirmationStatus: 'NONE', slots: resolved } as Intent;
}

/** What the user does: a launch, an intent, a touch, or Alexa closing the session. */
type Action =
  | { launch: true }
  | { intent: Intent }
  | { touch: unknown[] }
  | { ended: true };

const LAUNCH: Action = { launch: true };
const said = (name: string, slots?: Record<string, string>): Action => ({ intent: intent(name, slots) });
const touched = (...args: unknown[]): Action => ({ touch: args });
const times = <T,>(n: number, item: T): T[] => Array.from({ length: n }, () => item);

async function act(sim: VoiceSimulator, action: Action): Promise<Turn> {
  if ('launch' in action) return sim.launch();
  if ('intent' in action) return sim.intent(action.intent);
  if ('touch' in action) return sim.touch(...action.touch);
  return sim.endSession();
}

function screenDirectives(envelope: ResponseEnvelope): Json[] {
  return ((envelope.response?.directives ?? []) as Json[]).filter((d) => d.type === APL);
}

/** The screen a turn shows (the directive's datasources), or undefined. */
function screenOf(turn: Turn): Json | undefined {
  return screenDirectives(turn.envelope)[0]?.datasources.screen;
}

/** The response with its screen taken out: what a speaker without one should get. */
function withoutScreen(envelope: ResponseEnvelope): ResponseEnvelope {
  const copy = JSON.parse(JSON.stringify(envelope)) as Json;
  const rest = ((copy.response.directives ?? []) as Json[]).filter((d) => d.type !== APL);
  if (rest.length > 0) copy.response.directives = rest;
  else delete copy.response.directives;
  return copy as ResponseEnvelope;
}

/** Every object in a JSON tree of the given APL type. */
function objectsOfType(node: unknown, type: string, found: Json[] = []): Json[] {
  if (Array.isArray(node)) node.forEach((child) => objectsOfType(child, type, found));
  else if (node !== null && typeof node === 'object') {
    if ((node as Json).type === type) found.push(node as Json);
    Object.values(node).forEach((child) => objectsOfType(child, type, found));
  }
  return found;
}

/** The hold in the APLA document: the Mixer's backbone of pauses, in ms. */
function aplaHoldMs(envelope: ResponseEnvelope): number {
  const apla = ((envelope.response?.directives ?? []) as Json[]).find((d) => d.type === 'Alexa.Presentation.APLA.RenderDocument');
  const [mixer] = objectsOfType(apla?.document, 'Mixer');
  const backbone = String(mixer.items[0].content);
  return [...backbone.matchAll(/<break time="(\d+)ms"\/>/g)].reduce((sum, m) => sum + Number(m[1]), 0);
}

/** Every APL document sent in this file, once each, for the validator at the end. */
const documentsSent = new Map<string, { document: Json; datasources: Json }>();

/** Runs actions in turn; every response must pass the general checks and, on a screen device, carry exactly one screen. */
async function play(sim: VoiceSimulator, actions: readonly Action[], screen: boolean): Promise<Turn[]> {
  const turns: Turn[] = [];
  for (const action of actions) {
    const turn = await act(sim, action);
    expect(await responseProblems(turn.envelope)).toEqual([]);
    const directives = screenDirectives(turn.envelope);
    const silent = 'ended' in action;
    expect([JSON.stringify(action), directives.length]).toEqual([JSON.stringify(action), screen && !silent ? 1 : 0]);
    for (const directive of directives) {
      documentsSent.set(JSON.stringify(directive.document), { document: directive.document, datasources: directive.datasources });
    }
    turns.push(turn);
  }
  return turns;
}

/** A whole sitting routine, with help, pause and repeat on the way: every hold and the wrap-up. */
const WHOLE_ROUTINE: Action[] = [
  LAUNCH,
  touched('StartStretchIntent', 'SITTING'),
  ...times(4, said('ReadyIntent')),
  said('AMAZON.HelpIntent'),
  said('ReadyIntent'), // the first hold
  said('AMAZON.RepeatIntent'), // after it: the question again
  said('AMAZON.PauseIntent'),
  said('ReadyIntent'),
  ...times(3, said('ReadyIntent')), // the second hold
  ...times(4, said('ReadyIntent')), // the third
  ...times(4, said('ReadyIntent')), // the fourth
  said('ReadyIntent'), // wrap-up, which after a first routine asks about a daily reminder
  said('AMAZON.NoIntent'),
];

describe('a screen on an Echo Show, none on a speaker', () => {
  test.each(LOCALES)('%s: a whole routine: the same response, with one screen added only where APL is supported', async (locale) => {
    const speaker = newSim(locale);
    const show = newSim(locale, HUB);
    const spoken = await play(speaker, WHOLE_ROUTINE.map((a) => ('touch' in a ? said('StartStretchIntent', { variant: 'SITTING' }) : a)), false);
    const shown = await play(show, WHOLE_ROUTINE.map((a) => ('touch' in a ? said('StartStretchIntent', { variant: 'SITTING' }) : a)), true);
    expect(shown[shown.length - 1].ended).toBe(true);
    for (const [i, turn] of shown.entries()) {
      expect(JSON.stringify(withoutScreen(turn.envelope))).toBe(JSON.stringify(spoken[i].envelope));
    }
  });

  test('a SessionEndedRequest gets no screen: Alexa has closed the session', async () => {
    const sim = newSim('en-US', HUB);
    await play(sim, [LAUNCH, { ended: true }], true);
  });
});

describe.each(LOCALES)('%s: the screen for each moment, in the locale’s words', (locale) => {
  const t: Translate = translator(locale);
  const labels = { ready: t('screen.button.ready'), repeat: t('screen.button.repeat'), pause: t('screen.button.pause'), stop: t('screen.button.stop') };
  type LegId = 'right' | 'left' | 'both';
  const step = (key: SpeechKey, leg: LegId = 'right', otherLeg: LegId = 'left') =>
    t(key, { leg: { key: `legName.${leg}` }, otherLeg: { key: `legName.${otherLeg}` } });

  test('menu, steps, hold, release, help, pause and the wrap-up with its streak', async () => {
    const sim = newSim(locale, HUB);
    const turns = await play(sim, WHOLE_ROUTINE, true);
    const screens = turns.map(screenOf) as Json[];
    expect(screens[0]).toEqual({
      kind: 'menu', title: t('screen.choose'),
      choices: { SITTING: t('screen.variant.SITTING'), STANDING: t('screen.variant.STANDING'), LYING: t('screen.variant.LYING') },
      buttonLabels: labels,
    });
    expect(screens[1]).toEqual({
      kind: 'step', picture: { pose: 'SIT_TALL', leg: 'right', scaleX: 1 }, progress: t('screen.stepOf', { step: 1, steps: 5 }),
      legLabel: t('screen.leg.right'), text: step('setup.SITTING.0'), buttonLabels: labels,
    });
    expect(screens.slice(2, 6).map((s) => [s.kind, s.picture?.pose, s.progress])).toEqual([
      ['step', 'SIT_LEG_OUT', t('screen.stepOf', { step: 2, steps: 5 })],
      ['step', 'SIT_LEG_OUT', t('screen.stepOf', { step: 3, steps: 5 })],
      ['step', 'SIT_LEG_OUT', t('screen.stepOf', { step: 4, steps: 5 })],
      ['step', 'SIT_LEAN', t('screen.stepOf', { step: 5, steps: 5 })],
    ]);
    expect(screens[5].text).toBe(step('setup.SITTING.4'));
    expect(screens[6]).toMatchObject({ kind: 'text', title: t('screen.help'), buttons: ['ready', 'repeat', 'stop'] });
    expect(screens[6].body).toBe(turns[6].text);
    expect(screens[7]).toMatchObject({
      kind: 'hold', picture: { pose: 'SIT_LEAN', leg: 'right' }, legLabel: t('screen.leg.right'),
      roundLabel: t('screen.roundOf', { round: 1, rounds: 2 }), holdText: t('screen.hold'), holdMs: 30_000, releasedText: t('screen.release'),
    });
    expect(screens[8]).toMatchObject({ kind: 'release', title: t('screen.release'), picture: { pose: 'SIT_TALL', leg: 'right' } });
    expect(turns[8].text).toContain(screens[8].text);
    expect(screens[9]).toMatchObject({ kind: 'text', title: t('screen.paused'), body: turns[9].text, buttons: ['repeat', 'stop'] });
    // The switch to the left leg: the picture turns round.
    expect(screens[10]).toMatchObject({ kind: 'step', picture: { pose: 'SIT_TALL', leg: 'left', scaleX: -1 }, legLabel: t('screen.leg.left'), text: step('switch.SITTING.0', 'left', 'right') });
    expect(screens.filter((s) => s.kind === 'hold').map((s) => [s.legLabel, s.roundLabel])).toEqual([
      [t('screen.leg.right'), t('screen.roundOf', { round: 1, rounds: 2 })],
      [t('screen.leg.left'), t('screen.roundOf', { round: 1, rounds: 2 })],
      [t('screen.leg.right'), t('screen.roundOf', { round: 2, rounds: 2 })],
      [t('screen.leg.left'), t('screen.roundOf', { round: 2, rounds: 2 })],
    ]);
    // A first day: no streak to show, as none is said. The wrap-up asks about a daily reminder; "no" closes on plain text.
    const wrapUp = screens[screens.length - 2];
    expect(wrapUp).toEqual({ kind: 'wrapUp', title: t('screen.wellDone'), text: turns[turns.length - 2].text, streakDays: 1 });
    expect(screens[screens.length - 1]).toMatchObject({ kind: 'text', body: turns[turns.length - 1].text, buttons: [] });

    // The next day: a streak of two, shown as words and two ticked days.
    sim.wait(24 * 3600);
    const again = await play(sim, [LAUNCH, said('AMAZON.YesIntent'), ...times(5 + 3 * 4, said('ReadyIntent')), said('ReadyIntent')], true);
    // The offer of the usual stretch is a question on a plain screen.
    expect(screenOf(again[0])).toMatchObject({ kind: 'text', title: t('screen.title'), body: again[0].text, buttons: ['repeat', 'stop'] });
    expect(screenOf(again[again.length - 1])).toMatchObject({ kind: 'wrapUp', streakDays: 2, streakText: t('screen.streak', { count: 2 }) });
    expect(again[again.length - 1].ended).toBe(true);
  });

  test('the counter way: its own pictures, both legs at once; a pause mid-hold; feeling unwell', async () => {
    const sim = newSim(locale, HUB);
    const turns = await play(sim, [LAUNCH, said('ObstacleIntent', { obstacle: 'NO_STEP' }), ...times(3, said('ReadyIntent')), said('ReadyIntent')], true);
    const screens = turns.map(screenOf) as Json[];
    expect(screens.slice(1).map((s) => [s.kind, s.picture.pose, s.legLabel])).toEqual([
      ['step', 'STAND_FACING_COUNTER', t('screen.leg.both')],
      ['step', 'STAND_FACING_COUNTER', t('screen.leg.both')],
      ['step', 'STAND_FACING_COUNTER', t('screen.leg.both')],
      ['step', 'STAND_ELBOWS_ON_COUNTER', t('screen.leg.both')],
      ['hold', 'STAND_ELBOWS_ON_COUNTER', t('screen.leg.both')],
    ]);
    expect(screens[4]).toMatchObject({ progress: t('screen.stepOf', { step: 4, steps: 4 }), text: step('setup.COUNTER.3', 'both', 'both') });
    // "Pause", touched 10 s into the hold.
    sim.wait(10 - turns[turns.length - 1].seconds - 1);
    const [paused, unwell] = await play(sim, [touched('AMAZON.PauseIntent'), said('FeelingUnwellIntent')], true);
    expect(screenOf(paused)).toMatchObject({ kind: 'text', title: t('screen.paused'), body: paused.text, buttons: ['ready', 'repeat', 'stop'] });
    expect(screenOf(unwell)).toEqual({ kind: 'text', title: t('screen.safety'), body: t('unwell.stop'), buttons: [], buttonLabels: labels });
    expect(unwell.ended).toBe(true);
  });

  test('lying down: the belt picture once a belt is suggested; pain stops with a plain screen', async () => {
    const sim = newSim(locale, HUB);
    const turns = await play(sim, [LAUNCH, touched('StartStretchIntent', 'LYING'), said('ReadyIntent'), said('ObstacleIntent', { obstacle: 'CANT_REACH' }), said('PainIntent')], true);
    const screens = turns.map(screenOf) as Json[];
    expect(screens.slice(1, 4).map((s) => s.picture.pose)).toEqual(['LIE_FLAT', 'LIE_HANDS_BEHIND_KNEE', 'LIE_TOWEL_ROUND_FOOT']);
    expect(screens[3].text).toBe(step('setup.LYING.1'));
    expect(screens[4]).toEqual({ kind: 'text', title: t('screen.safety'), body: t('pain.stop'), buttons: [], buttonLabels: labels });
  });

  test('needing help, and stop: plain screens with nothing to touch', async () => {
    const help = await play(newSim(locale, HUB), [LAUNCH, said('NeedHelpIntent')], true);
    expect(screenOf(help[1])).toMatchObject({ kind: 'text', title: t('screen.safety'), body: t('needHelp.answer'), buttons: [] });
    const stop = await play(newSim(locale, HUB), [LAUNCH, said('AMAZON.StopIntent')], true);
    expect(screenOf(stop[1])).toMatchObject({ kind: 'text', title: t('screen.title'), body: stop[1].text, buttons: [] });
  });
});

describe('touch does what saying it does', () => {
  /** The same conversation twice: once said, once touched where a button or picture stands for the intent. */
  async function sameConversation(locale: string, pairs: Array<[said: Action, touched: Action]>): Promise<void> {
    const bySpeech = await play(newSim(locale, HUB), pairs.map(([s]) => s), true);
    const byTouch = await play(newSim(locale, HUB), pairs.map(([, t]) => t), true);
    expect(byTouch.map((turn) => JSON.stringify(turn.envelope))).toEqual(bySpeech.map((turn) => JSON.stringify(turn.envelope)));
    expect(byTouch.map((turn) => turn.text)).toEqual(bySpeech.map((turn) => turn.text));
  }
  const same = (action: Action): [Action, Action] => [action, action];
  const button = (name: string): [Action, Action] => [said(name), touched(name)];

  test.each(LOCALES)('%s: every button and every menu picture', async (locale) => {
    for (const variant of ['SITTING', 'STANDING', 'LYING']) {
      await sameConversation(locale, [
        same(LAUNCH),
        [said('StartStretchIntent', { variant }), touched('StartStretchIntent', variant)],
        button('AMAZON.RepeatIntent'),
        ...times(4, button('ReadyIntent')),
        button('AMAZON.PauseIntent'),
        button('AMAZON.RepeatIntent'),
        button('ReadyIntent'),
        button('AMAZON.StopIntent'),
      ]);
    }
  });

  test('a touch no screen of ours sends is answered like words not understood', async () => {
    for (const args of [['AMAZON.HelpIntent'], ['StartStretchIntent', 'HANGING'], [], ['ReadyIntent', 'extra'], [42]]) {
      await sameConversation('en-US', [same(LAUNCH), [said('AMAZON.FallbackIntent'), touched(...args)]]);
    }
  });
});

describe('the countdown is the hold', () => {
  test.each([20, 45, 60])('a %i s hold: the bar waits the hold clock’s lead-in, then runs exactly the APLA hold', async (seconds) => {
    const sim = newSim('en-US', HUB);
    const turns = await play(sim, [LAUNCH, said('SetHoldTimeIntent', { seconds: String(seconds) }), touched('StartStretchIntent', 'STANDING'), ...times(5, said('ReadyIntent'))], true);
    const hold = turns[turns.length - 1];
    const screen = screenOf(hold) as Json;
    expect(screen.kind).toBe('hold');
    expect(screen.holdMs).toBe(seconds * 1000);
    expect(aplaHoldMs(hold.envelope)).toBe(screen.holdMs);
    const clock = (hold.envelope.sessionAttributes as Json).conversation.routine.hold;
    expect(screen.leadInMs).toBe(Math.round(clock.offsetSeconds * 1000));
    expect(screen.leadInMs).toBeGreaterThan(1000);
    const [document] = screenDirectives(hold.envelope).map((d) => d.document);
    for (const animation of objectsOfType(document, 'AnimateItem')) {
      expect(animation).toMatchObject({ delay: screen.leadInMs, duration: screen.holdMs, easing: 'linear' });
    }
  });
});

describe('size', () => {
  test.each(LOCALES)('%s: the biggest response (a 60 s hold at the slowest pace, with its screen) stays under 24 KB', async (locale) => {
    const sim = newSim(locale, HUB);
    const turns = await play(sim, [
      LAUNCH, said('SetHoldTimeIntent', { seconds: '60' }), said('SpeakSlowerIntent'),
      touched('StartStretchIntent', 'LYING'), ...times(4, said('ReadyIntent')),
    ], true);
    const hold = turns[turns.length - 1];
    expect((screenOf(hold) as Json).holdMs).toBe(60_000);
    const bytes = Buffer.byteLength(JSON.stringify(hold.envelope));
    expect(bytes).toBeLessThan(MAX_RESPONSE_BYTES);
  });
});

describe('every document sent passes apl-suggester', () => {
  test('no warnings, for the documents and their data', async () => {
    expect(documentsSent.size).toBeGreaterThan(10);
    const validator = new StaticAplTemplateValidator();
    // The validator logs its own progress to the console; keep the test output clean.
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      for (const { document, datasources } of documentsSent.values()) {
        expect(await validator.validate(document)).toEqual([]);
        expect(await validator.validateDataSources(datasources)).toEqual([]);
        expect(document.import).toBeUndefined();
      }
    } finally {
      log.mockRestore();
      warn.mockRestore();
    }
  });
});
