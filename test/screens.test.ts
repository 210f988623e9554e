/**
 * The Echo Show screens: every document Amazon's own validator (apl-suggester) finds no
 * fault with, nothing fetched at render time, every word bound to something the
 * datasources hold, touches that send exactly the intent they show, a countdown as
 * long as the hold, and a directive small enough to ride with a spoken response.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StaticAplTemplateValidator } from 'apl-suggester';
import type { interfaces } from 'ask-sdk-model';
import {
  BUTTON_INTENTS,
  POSES,
  POSE_IDS,
  SCREEN_TOKEN,
  intentFromUserEvent,
  renderDocumentDirective,
  type ButtonId,
  type ButtonLabels,
  type Screen,
} from '../lambda/screens';
import { MENU_POSES } from '../lambda/screens/poses';
import { buttonsOf } from '../lambda/screens/touch';
import { SPOKEN_VARIANT_IDS, VARIANTS, VARIANT_IDS, type Leg } from '../lambda/routine/routine';
import { VARIANT_PICTURES, WITH_A_BELT } from '../lambda/screens/step-poses';

type Directive = interfaces.alexa.presentation.apl.RenderDocumentDirective;
type Json = Record<string, unknown>;

const LEGS: readonly Leg[] = ['right', 'left'];
const labels: ButtonLabels = { ready: 'Ready', repeat: 'Repeat', pause: 'Pause', stop: 'Stop' };
/** The longest step the skill says today is about 230 characters; allow room for longer languages. */
const LONG_WORDS =
  'Now lean forward slowly from your hips. Keep your back flat, never rounded. Your chest goes forward, and your bottom goes gently back. Stop when you feel a strong but comfortable stretch behind your right thigh, and breathe.';

function screensWithPictures(pose: (typeof POSE_IDS)[number], leg: Leg): Screen[] {
  const picture = { pose, leg };
  return [
    { kind: 'step', picture, progress: 'Step 2 of 5', legLabel: `${leg} leg`, text: LONG_WORDS, buttonLabels: labels },
    {
      kind: 'hold', picture, legLabel: `${leg} leg`, roundLabel: 'Round 1 of 2', holdText: 'Hold', holdMs: 30_000, leadInMs: 3_200,
      releasedText: 'Release', buttonLabels: labels,
    },
    { kind: 'release', title: 'Release', text: 'Ready for round 2, with your left leg?', picture, buttonLabels: labels },
  ];
}

const OTHER_SCREENS: Screen[] = [
  { kind: 'menu', title: 'Which stretch would you like?', choices: { SITTING: 'Sitting', STANDING: 'Standing', LYING: 'Lying down' }, buttonLabels: labels },
  { kind: 'hold', picture: { pose: 'SIT_LEAN', leg: 'right' }, legLabel: 'Right leg', roundLabel: 'Round 2 of 2', holdText: 'Hold', holdMs: 20_000, leadInMs: 0, buttonLabels: labels },
  { kind: 'release', title: 'Release', text: 'That was your last hold.', buttonLabels: labels },
  { kind: 'wrapUp', title: 'Well done', text: 'That’s the whole stretch.', streakDays: 1, streakText: 'That’s 1 day in a row.' },
  { kind: 'wrapUp', title: 'Well done', text: 'That’s the whole stretch.', streakDays: 40, streakText: 'That’s 40 days in a row.' },
  { kind: 'text', title: 'Paused', body: 'Say resume when you want to carry on.', buttons: ['repeat', 'stop'], buttonLabels: labels },
  { kind: 'text', title: 'Stop here', body: LONG_WORDS, buttons: [], buttonLabels: labels },
];

const ALL_SCREENS: Screen[] = [
  ...POSE_IDS.flatMap((pose) => LEGS.flatMap((leg) => screensWithPictures(pose, leg))),
  ...OTHER_SCREENS,
];

function describeScreen(screen: Screen): string {
  return 'picture' in screen && screen.picture ? `${screen.kind} ${screen.picture.pose} ${screen.picture.leg}` : screen.kind;
}

/** Every object in a JSON tree, depth first. */
function walk(node: unknown, visit: (object: Json) => void): void {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit));
  else if (node !== null && typeof node === 'object') {
    visit(node as Json);
    Object.values(node).forEach((child) => walk(child, visit));
  }
}

function objectsOfType(node: unknown, type: string): Json[] {
  const found: Json[] = [];
  walk(node, (object) => {
    if (object.type === type) found.push(object);
  });
  return found;
}

function documentOf(directive: Directive): Json {
  return directive.document as Json;
}

/** Resolves a plain `${payload.a.b}` binding against the datasources, as APL would. */
function resolveBinding(binding: string, datasources: Json): unknown {
  const match = /^\$\{payload\.([\w.]+)\}$/.exec(binding);
  if (!match) throw new Error(`not a plain binding: ${binding}`);
  return match[1].split('.').reduce<unknown>((value, key) => (value as Json | undefined)?.[key], datasources);
}

describe('screen documents pass apl-suggester', () => {
  const validator = new StaticAplTemplateValidator();

  async function warnings(document: object): Promise<unknown[]> {
    // The validator logs its own progress to the console; keep the test output clean.
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      return await validator.validate(document);
    } finally {
      log.mockRestore();
    }
  }

  test.each(ALL_SCREENS.map((screen) => [describeScreen(screen), screen] as const))('%s', async (_, screen) => {
    const directive = renderDocumentDirective(screen);
    expect(await warnings(documentOf(directive))).toEqual([]);
    expect(await validator.validateDataSources(directive.datasources ?? {})).toEqual([]);
  });

  test('the validator does find faults (so a clean result means something)', async () => {
    const document = documentOf(renderDocumentDirective(OTHER_SCREENS[0]));
    const json = JSON.stringify(document);
    const unknownProperty = JSON.parse(json.replace('"type":"Frame"', '"type":"Frame","fontColor":"red"'));
    const badDrawing = JSON.parse(json.replace('"strokeLineCap":"round"', '"strokeLineCap":"pointy"'));
    expect(await warnings(unknownProperty)).not.toEqual([]);
    expect(await warnings(badDrawing)).not.toEqual([]);
  });
});

describe('every document is self-contained', () => {
  test.each(ALL_SCREENS.map((screen) => [describeScreen(screen), screen] as const))('%s', (_, screen) => {
    const directive = renderDocumentDirective(screen);
    const document = documentOf(directive);
    expect(directive.type).toBe('Alexa.Presentation.APL.RenderDocument');
    expect(directive.token).toBe(SCREEN_TOKEN);
    expect(document.import).toBeUndefined();
    expect(directive.packages).toBeUndefined();
    // Nothing to download: no URLs, no images, video or fonts from elsewhere.
    expect(JSON.stringify(directive)).not.toMatch(/https?:|"Image"|"Video"|fontFamily/);
    // Every picture the document names is drawn in it.
    const graphics = document.graphics as Json;
    const named = [
      ...objectsOfType(document, 'VectorGraphic').map((graphic) => String(graphic.source)).filter((source) => source !== '${picture}'),
      ...objectsOfType(document, 'Choice').map((choice) => String(choice.picture)),
    ];
    for (const source of named) {
      const name = source.startsWith('${') ? resolveBinding(source, directive.datasources as Json) : source;
      expect(graphics[String(name)]).toMatchObject({ type: 'AVG' });
    }
  });

  test.each(ALL_SCREENS.map((screen) => [describeScreen(screen), screen] as const))('every word shown in %s is in the datasources', (_, screen) => {
    const directive = renderDocumentDirective(screen);
    const bindings = JSON.stringify(directive.document).match(/\$\{payload\.[\w.]+\}/g) ?? [];
    expect(bindings.length).toBeGreaterThan(0);
    for (const binding of bindings) {
      const value = resolveBinding(binding, directive.datasources as Json);
      expect([binding, typeof value]).toEqual([binding, expect.stringMatching(/^(string|number)$/)]);
    }
  });
});

describe('pictures', () => {
  test('every pose has a one-line description and a drawing', () => {
    expect(POSE_IDS.length).toBe(12);
    for (const pose of POSE_IDS) {
      expect(POSES[pose]).toMatch(/^[A-Z][^\n]+\.$/);
      const directive = renderDocumentDirective(screensWithPictures(pose, 'right')[0]);
      const graphic = (documentOf(directive).graphics as Json)[pose] as Json;
      expect((graphic.items as unknown[]).length).toBeGreaterThan(4);
    }
  });

  test('the left leg is the mirror image of the right', () => {
    for (const pose of POSE_IDS) {
      const [right, left] = LEGS.map((leg) => renderDocumentDirective(screensWithPictures(pose, leg)[0]));
      expect(documentOf(left).graphics).toEqual(documentOf(right).graphics);
      const scaleOf = (directive: Directive) => {
        const [picture] = objectsOfType(directive.document, 'VectorGraphic');
        const [{ scaleX }] = picture.transform as Array<{ scaleX: string }>;
        return resolveBinding(scaleX, directive.datasources as Json);
      };
      expect([scaleOf(right), scaleOf(left)]).toEqual([1, -1]);
    }
  });

  test('the menu shows each way to stretch with its own picture', () => {
    const directive = renderDocumentDirective(OTHER_SCREENS[0]);
    expect(Object.keys(documentOf(directive).graphics as Json).sort()).toEqual(Object.values(MENU_POSES).sort());
  });
});

describe('the hold countdown', () => {
  const hold = (holdMs: number, leadInMs: number): Screen => ({
    kind: 'hold', picture: { pose: 'LIE_LEG_UP', leg: 'right' }, legLabel: 'Right leg', roundLabel: 'Round 1 of 2', holdText: 'Hold',
    holdMs, leadInMs, releasedText: 'Release', buttonLabels: labels,
  });

  test.each([
    [20_000, 0],
    [30_000, 3_200],
    [60_000, 12_345],
  ])('a %i ms hold empties the bar over exactly %i ms after the lead-in', (holdMs, leadInMs) => {
    const animations = objectsOfType(renderDocumentDirective(hold(holdMs, leadInMs)).document, 'AnimateItem');
    // One per layout (hub and round); only the one on screen runs.
    expect(animations).toHaveLength(2);
    for (const animation of animations) {
      expect(animation).toMatchObject({ duration: holdMs, delay: leadInMs, easing: 'linear' });
      const [{ property, from, to }] = animation.value as Array<{ property: string; from: Json[]; to: Json[] }>;
      expect(property).toBe('transform');
      expect(from).toContainEqual({ scaleX: 1 });
      expect(to).toContainEqual({ scaleX: 0 });
    }
  });

  test('"release" appears only when the bar has run out', () => {
    const document = renderDocumentDirective(hold(30_000, 2_000)).document;
    for (const sequence of objectsOfType(document, 'Sequential')) {
      const [animate, reveal] = sequence.commands as Json[];
      expect(animate.type).toBe('AnimateItem');
      expect(reveal).toMatchObject({ type: 'SetValue', property: 'opacity', value: 1 });
      const [released] = objectsOfType(document, 'Text').filter((text) => text.id === reveal.componentId);
      expect(released).toMatchObject({ opacity: 0, text: '${payload.screen.releasedText}' });
    }
  });

  test('no screen shows running digits that could drift from the audio', () => {
    for (const screen of ALL_SCREENS) {
      expect(JSON.stringify(renderDocumentDirective(screen).document)).not.toMatch(/elapsedTime|localTime|utcTime|handleTick/);
    }
  });

  test('only the hold animates', () => {
    for (const screen of ALL_SCREENS.filter((s) => s.kind !== 'hold')) {
      expect(objectsOfType(renderDocumentDirective(screen).document, 'AnimateItem')).toEqual([]);
    }
  });
});

describe('touch', () => {
  test.each(ALL_SCREENS.map((screen) => [describeScreen(screen), screen] as const))('each button on %s sends the intent its label names', (_, screen) => {
    const directive = renderDocumentDirective(screen);
    const document = documentOf(directive);
    if (buttonsOf(screen).length === 0) {
      expect(objectsOfType(document, 'Button')).toEqual([]);
      return;
    }
    // The button layout sends its `intent` parameter, and nothing else.
    const layout = (document.layouts as Json).Button as Json;
    expect(objectsOfType(layout, 'SendEvent')).toEqual([{ type: 'SendEvent', arguments: ['${intent}'] }]);
    expect(objectsOfType(layout, 'Text')[0].text).toBe('${label}');

    const shown = new Set<ButtonId>();
    for (const button of objectsOfType(document, 'Button')) {
      const id = /buttonLabels\.(\w+)\}$/.exec(String(button.label))?.[1] as ButtonId;
      expect(button.intent).toBe(BUTTON_INTENTS[id]);
      expect(resolveBinding(String(button.label), directive.datasources as Json)).toBe(labels[id]);
      expect(intentFromUserEvent({ arguments: [button.intent] })).toEqual({ intentName: BUTTON_INTENTS[id] });
      shown.add(id);
    }
    expect([...shown]).toEqual([...buttonsOf(screen)]);
  });

  test('the buttons stand for these intents', () => {
    expect(BUTTON_INTENTS).toEqual({ ready: 'ReadyIntent', repeat: 'AMAZON.RepeatIntent', pause: 'AMAZON.PauseIntent', stop: 'AMAZON.StopIntent' });
  });

  test('each screen shows the buttons that make sense there', () => {
    const kinds = Object.fromEntries(OTHER_SCREENS.concat(ALL_SCREENS.slice(0, 3)).map((screen) => [screen.kind, buttonsOf(screen)]));
    expect(kinds).toMatchObject({
      menu: ['stop'], step: ['ready', 'repeat', 'pause', 'stop'], hold: ['pause', 'stop'], release: ['ready', 'repeat', 'stop'], wrapUp: [],
    });
    expect(buttonsOf(OTHER_SCREENS[5])).toEqual(['repeat', 'stop']);
  });

  test('touching a way to stretch on the menu starts that stretch', () => {
    const directive = renderDocumentDirective(OTHER_SCREENS[0]);
    const document = documentOf(directive);
    // The choice layout sends StartStretchIntent with its `variant` parameter, and nothing else.
    const layout = (document.layouts as Json).Choice as Json;
    expect(objectsOfType(layout, 'SendEvent')).toEqual([{ type: 'SendEvent', arguments: ['StartStretchIntent', '${variant}'] }]);
    expect(objectsOfType(layout, 'VectorGraphic')[0].source).toBe('${picture}');
    const choices = objectsOfType(document, 'Choice');
    // Three in the hub layout and three in the round one.
    expect(choices).toHaveLength(6);
    for (const choice of choices) {
      const variant = choice.variant as keyof typeof MENU_POSES;
      expect(choice.label).toBe(`\${payload.screen.choices.${variant}}`);
      expect(resolveBinding(String(choice.label), directive.datasources as Json)).toBe((OTHER_SCREENS[0] as Extract<Screen, { kind: 'menu' }>).choices[variant]);
      expect(choice.picture).toBe(MENU_POSES[variant]);
      expect(intentFromUserEvent({ arguments: ['StartStretchIntent', variant] })).toEqual({ intentName: 'StartStretchIntent', slots: { variant } });
    }
    expect(new Set(choices.map((choice) => choice.variant))).toEqual(new Set(SPOKEN_VARIANT_IDS));
  });
});

describe('reading a UserEvent back into an intent', () => {
  test.each([
    [['ReadyIntent'], { intentName: 'ReadyIntent' }],
    [['AMAZON.RepeatIntent'], { intentName: 'AMAZON.RepeatIntent' }],
    [['AMAZON.PauseIntent'], { intentName: 'AMAZON.PauseIntent' }],
    [['AMAZON.StopIntent'], { intentName: 'AMAZON.StopIntent' }],
    [['StartStretchIntent', 'SITTING'], { intentName: 'StartStretchIntent', slots: { variant: 'SITTING' } }],
    [['StartStretchIntent', 'STANDING'], { intentName: 'StartStretchIntent', slots: { variant: 'STANDING' } }],
    [['StartStretchIntent', 'LYING'], { intentName: 'StartStretchIntent', slots: { variant: 'LYING' } }],
  ])('%j is %j', (args, intent) => {
    expect(intentFromUserEvent({ arguments: args })).toEqual(intent);
  });

  test.each([
    ['no arguments', undefined],
    ['not an array', 'ReadyIntent'],
    ['empty', []],
    ['an intent no screen sends', ['AMAZON.HelpIntent']],
    ['a made-up intent', ['DeleteMyDataIntent']],
    ['a button with extra arguments', ['ReadyIntent', 'SITTING']],
    ['a stretch without its variant', ['StartStretchIntent']],
    ['an unknown variant', ['StartStretchIntent', 'HANGING']],
    ['a variant in the wrong case', ['StartStretchIntent', 'sitting']],
    ['a stretch with extra arguments', ['StartStretchIntent', 'LYING', 'x']],
    ['not strings', [42, null]],
    ['an object key', ['constructor']],
  ])('%s is undefined', (_, args) => {
    expect(intentFromUserEvent({ arguments: args })).toBeUndefined();
  });
});

describe('size', () => {
  test('the biggest directive leaves room for the speech in a 24 KB response', () => {
    const sizes = ALL_SCREENS.map((screen) => Buffer.byteLength(JSON.stringify(renderDocumentDirective(screen)), 'utf8'));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(12 * 1024);
  });
});

describe('the screens module stays pure', () => {
  const lambda = join(__dirname, '..', 'lambda');
  const importsOf = (path: string): string[] => [...readFileSync(path, 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]);

  test('drawing a screen imports nothing from state, speech or the SDK runtime', () => {
    const folder = join(lambda, 'screens');
    for (const file of readdirSync(folder).filter((name) => name !== 'for-reply.ts' && name !== 'index.ts')) {
      const source = readFileSync(join(folder, file), 'utf8');
      for (const path of importsOf(join(folder, file))) {
        expect([file, path]).toEqual([file, expect.stringMatching(/^(\.\/|\.\.\/routine\/|ask-sdk-model$)/)]);
      }
      // The SDK model only for types: nothing of it in the bundle.
      expect(source).not.toMatch(/^import \{[^}]*\} from 'ask-sdk-model'/m);
    }
  });

  test('choosing a screen reads the state machine and the translator, never the SDK or the handlers', () => {
    for (const path of importsOf(join(lambda, 'screens', 'for-reply.ts'))) {
      expect(path).toMatch(/^(\.\/|\.\.\/(routine|state|vocabulary)\/|\.\.\/speech\/i18n$)/);
    }
    // The translator only as a type: the handler passes the locale's one in.
    expect(readFileSync(join(lambda, 'screens', 'for-reply.ts'), 'utf8')).toMatch(/^import type \{ Translate \} from '\.\.\/speech\/i18n';$/m);
  });

  test('imports point down: neither state nor speech knows about screens', () => {
    for (const folder of ['state', 'speech', 'routine', 'vocabulary']) {
      const files = readdirSync(join(lambda, folder), { recursive: true }).map(String).filter((name) => name.endsWith('.ts'));
      for (const file of files) {
        for (const path of importsOf(join(lambda, folder, file))) expect([folder, file, path]).toEqual([folder, file, expect.not.stringMatching(/screens/)]);
      }
    }
  });
});

describe('a picture for every step', () => {
  test.each(VARIANT_IDS)('%s: one pose per setup and switch step, a pose held and one to rest in', (variant) => {
    const pictures = VARIANT_PICTURES[variant];
    expect([pictures.setup.length, pictures.switch.length]).toEqual([VARIANTS[variant].setupSteps, VARIANTS[variant].switchSteps]);
    for (const pose of [...pictures.setup, ...pictures.switch, pictures.hold, pictures.rest]) expect(POSE_IDS).toContain(pose);
    // The last step of each is the position held.
    expect([pictures.setup.at(-1), pictures.switch.at(-1)]).toEqual([pictures.hold, pictures.hold]);
  });

  test('every pose drawn is shown somewhere', () => {
    const shown = new Set([
      ...VARIANT_IDS.flatMap((variant) => Object.values(VARIANT_PICTURES[variant]).flat()),
      ...Object.values(WITH_A_BELT),
      ...Object.values(MENU_POSES),
    ]);
    expect([...shown].sort()).toEqual([...POSE_IDS].sort());
  });
});
