/**
 * Builds the APL document for a screen. The words and numbers stay in the
 * datasources (`payload.screen`); the document holds the layout, the touch commands,
 * the countdown's timing and only the pictures this screen shows.
 *
 * One document serves every viewport: a hub layout (picture beside the words) and a
 * round layout (one scrolling column), chosen by the device with `when`, with sizes
 * from per-viewport resources. That keeps the directive the same on every device, so
 * the caller never needs the request's viewport.
 */
import { SPOKEN_VARIANT_IDS } from '../routine/routine';
import { poseGraphic } from './figure';
import { MENU_POSES, type PoseId } from './poses';
import type { ButtonId, Screen } from './screen';
import { BUTTON_INTENTS, START_STRETCH_INTENT, buttonsOf } from './touch';
import { COLORS, IS_ROUND, RESOURCES, STYLES, dim } from './theme';

const APL_VERSION = '2024.2';

type Component = Record<string, unknown>;
type Layout = 'hub' | 'round';

/** A binding to a field of the screen in the datasources. */
const bound = (path: string): string => '${payload.screen.' + path + '}';

/** Share of the viewport's width the countdown bar takes, per layout. */
const BAR_WIDTH = { hub: 0.5, round: 0.6 } as const;

/** A touchable picture of one way to stretch, with its label: touching it starts that stretch. */
const CHOICE_LAYOUT = {
  parameters: ['variant', 'label', 'picture'],
  item: {
    type: 'TouchWrapper',
    accessibilityLabel: '${label}',
    role: 'button',
    onPress: [{ type: 'SendEvent', arguments: [START_STRETCH_INTENT, '${variant}'] }],
    item: {
      type: 'Container', alignItems: 'center', padding: 12, inheritParentState: true,
      items: [
        { type: 'Frame', style: 'choice', inheritParentState: true, position: 'absolute', left: 0, right: 0, top: 0, bottom: 0, borderWidth: 4, borderRadius: 24 },
        { type: 'VectorGraphic', source: '${picture}', width: dim('choicePicture'), height: dim('choicePicture'), scale: 'best-fit' },
        { type: 'Text', style: 'buttonText', text: '${label}', textAlign: 'center' },
      ],
    },
  },
};

/** A touch button with a translated label, sending its intent. */
const BUTTON_LAYOUT = {
  parameters: ['label', 'intent', { name: 'look', default: 'button' }],
  item: {
    type: 'TouchWrapper',
    accessibilityLabel: '${label}',
    role: 'button',
    onPress: [{ type: 'SendEvent', arguments: ['${intent}'] }],
    item: {
      type: 'Container', direction: 'row', justifyContent: 'center', alignItems: 'center', height: dim('buttonHeight'), inheritParentState: true,
      items: [
        // Drawn behind the label and pinned to all four edges, so the box fills the button.
        { type: 'Frame', style: '${look}', inheritParentState: true, position: 'absolute', left: 0, right: 0, top: 0, bottom: 0, borderWidth: 4, borderRadius: 16 },
        { type: 'Text', style: 'buttonText', text: '${label}', paddingLeft: 8, paddingRight: 8, maxLines: 1 },
      ],
    },
  },
};

function text(style: string, path: string, extra: Component = {}): Component {
  return { type: 'Text', style, text: bound(path), ...extra };
}

/** The screen's pose picture; the datasources say which pose, and its mirroring for the left leg. */
function picture(size: string): Component {
  return {
    type: 'VectorGraphic', source: bound('picture.pose'), width: size, height: size, scale: 'best-fit', align: 'center',
    transform: [{ scaleX: bound('picture.scaleX') }],
  };
}

function buttons(ids: readonly ButtonId[], layout: Layout): Component[] {
  if (ids.length === 0) return [];
  const items = ids.map((id) => ({
    type: 'Button', label: bound(`buttonLabels.${id}`), intent: BUTTON_INTENTS[id], look: id === 'stop' ? 'stopButton' : 'button',
    // In a row, all grow from the same 1 dp start, so every button is as wide as the next.
    ...(layout === 'hub' ? { width: 1, grow: 1 } : {}), spacing: dim('gap'),
  }));
  return [{ type: 'Container', direction: layout === 'hub' ? 'row' : 'column', spacing: dim('gap'), items }];
}

/** A bar that stays full through the lead-in, then empties, left to right, over exactly the hold. */
function countdown(screen: Extract<Screen, { kind: 'hold' }>, layout: Layout): Component[] {
  const width = `\${viewport.width * ${BAR_WIDTH[layout]}}`;
  const commands: Component[] = [{
    type: 'AnimateItem', delay: screen.leadInMs, duration: screen.holdMs, easing: 'linear',
    value: [{
      property: 'transform',
      // Shrinking about the centre while sliding left by half keeps the left edge still.
      from: [{ translateX: 0 }, { scaleX: 1 }],
      to: [{ translateX: `\${-viewport.width * ${BAR_WIDTH[layout] / 2}}` }, { scaleX: 0 }],
    }],
  }];
  if (screen.releasedText !== undefined) commands.push({ type: 'SetValue', componentId: `released-${layout}`, property: 'opacity', value: 1 });
  const bar = {
    type: 'Container', width, height: dim('barHeight'), spacing: dim('gap'),
    items: [
      { type: 'Frame', position: 'absolute', width: '100%', height: '100%', backgroundColor: '@barTrack' },
      { type: 'Frame', width: '100%', height: '100%', backgroundColor: '@barFill', onMount: [{ type: 'Sequential', commands }] },
      // The outline shows the bar's full length, so what is left reads by shape as well as colour.
      { type: 'Frame', position: 'absolute', width: '100%', height: '100%', borderWidth: 4, borderColor: '@text' },
    ],
  };
  const released = screen.releasedText === undefined
    ? []
    : [text('title', 'releasedText', { id: `released-${layout}`, opacity: 0, spacing: dim('gap'), textAlign: layout === 'round' ? 'center' : 'left' })];
  const title = text('title', 'holdText', { spacing: dim('gap'), textAlign: layout === 'round' ? 'center' : 'left' });
  // In the round column the picture sits above, so the word would only push the bar off the screen.
  return [...(layout === 'hub' ? [title] : []), bar, ...released];
}

function streak(screen: Extract<Screen, { kind: 'wrapUp' }>, layout: Layout): Component[] {
  if (screen.streakText === undefined) return [];
  const tick = { type: 'VectorGraphic', source: 'DayDone', width: dim('tickSize'), height: dim('tickSize'), spacing: 12 };
  return [
    { type: 'Container', direction: 'row', spacing: dim('gap'), data: '${Array.range(Math.min(payload.screen.streakDays, 7))}', items: [tick] },
    text('body', 'streakText', { spacing: 12, fontWeight: 'bold', textAlign: layout === 'round' ? 'center' : 'left' }),
  ];
}

/** A ticked circle: one day of the streak. */
const DAY_DONE = {
  type: 'AVG', version: '1.2', width: 40, height: 40,
  items: [
    { type: 'path', pathData: 'M2,20a18,18 0 1,0 36,0a18,18 0 1,0 -36,0Z', fill: COLORS.stretchedLeg },
    { type: 'path', pathData: 'M11,21L17,27L29,13', stroke: COLORS.background, strokeWidth: 5, strokeLineCap: 'round', strokeLineJoin: 'round' },
  ],
};

function menuChoices(layout: Layout): Component[] {
  const choices = SPOKEN_VARIANT_IDS.map((variant) => ({
    type: 'Choice', variant, label: bound(`choices.${variant}`), picture: MENU_POSES[variant],
    grow: layout === 'hub' ? 1 : 0, spacing: dim('gap'),
  }));
  return [{ type: 'Container', direction: layout === 'hub' ? 'row' : 'column', grow: layout === 'hub' ? 1 : 0, alignItems: 'center', spacing: dim('gap'), items: choices }];
}

/** What a screen is made of; each layout arranges the same parts. */
interface Parts {
  header?: readonly [left: string, right: string];
  title?: string;
  picture?: Component;
  body?: string;
  extra: (layout: Layout) => Component[];
  buttons: readonly ButtonId[];
}

function partsOf(screen: Screen): Parts {
  const shown = buttonsOf(screen);
  switch (screen.kind) {
    case 'menu':
      return { title: 'title', extra: menuChoices, buttons: shown };
    case 'step':
      return { header: ['progress', 'legLabel'], picture: picture(dim('pictureSize')), body: 'text', extra: () => [], buttons: shown };
    case 'hold':
      return { header: ['roundLabel', 'legLabel'], picture: picture(dim('pictureSize')), extra: (layout) => countdown(screen, layout), buttons: shown };
    case 'release':
      return { title: 'title', picture: screen.picture && picture(dim('pictureSize')), body: 'text', extra: () => [], buttons: shown };
    case 'wrapUp':
      return { title: 'title', body: 'text', extra: (layout) => streak(screen, layout), buttons: shown };
    case 'text':
      return { title: 'title', body: 'body', extra: () => [], buttons: shown };
  }
}

function hubLayout(parts: Parts): Component {
  const header = parts.header && {
    type: 'Container', direction: 'row', justifyContent: 'spaceBetween',
    items: [text('header', parts.header[0]), text('header', parts.header[1], { color: '@stretchedLeg' })],
  };
  const words = [
    ...(parts.body ? [text('body', parts.body)] : []),
    ...parts.extra('hub'),
  ];
  const middle = {
    // Words beside a picture are centred on it; words alone follow the title.
    type: 'Container', direction: 'row', grow: 1, shrink: 1, alignItems: parts.picture ? 'center' : 'start', spacing: dim('gap'),
    items: [
      ...(parts.picture ? [parts.picture] : []),
      { type: 'Container', grow: 1, shrink: 1, paddingLeft: parts.picture ? dim('gap') : 0, justifyContent: 'center', items: words },
    ],
  };
  return {
    type: 'Container', width: '100vw', height: '100vh', padding: dim('pad'),
    items: [
      ...(header ? [header] : []),
      ...(parts.title ? [text('title', parts.title)] : []),
      middle,
      ...buttons(parts.buttons, 'hub'),
    ],
  };
}

function roundLayout(parts: Parts): Component {
  const centred = { textAlign: 'center' };
  return {
    type: 'ScrollView', width: '100vw', height: '100vh',
    item: {
      type: 'Container', alignItems: 'center', paddingTop: 48, paddingBottom: 96, paddingLeft: dim('pad'), paddingRight: dim('pad'),
      items: [
        ...(parts.header ? [text('header', parts.header[0], centred), text('header', parts.header[1], { ...centred, color: '@stretchedLeg' })] : []),
        ...(parts.title ? [text('title', parts.title, centred)] : []),
        ...(parts.picture ? [{ ...parts.picture, spacing: dim('gap') }] : []),
        ...(parts.body ? [text('body', parts.body, { ...centred, spacing: dim('gap') })] : []),
        ...parts.extra('round'),
        // Narrower than the column, so the lower buttons stay clear of the round edge.
        ...buttons(parts.buttons, 'round').map((row) => ({ ...row, alignSelf: 'stretch', paddingLeft: 40, paddingRight: 40 })),
      ],
    },
  };
}

function posesShown(screen: Screen): PoseId[] {
  switch (screen.kind) {
    case 'menu':
      return SPOKEN_VARIANT_IDS.map((variant) => MENU_POSES[variant]);
    case 'step':
    case 'hold':
      return [screen.picture.pose];
    case 'release':
      return screen.picture ? [screen.picture.pose] : [];
    case 'wrapUp':
    case 'text':
      return [];
  }
}

/** The APL document for a screen: self-contained, no imports. */
export function screenDocument(screen: Screen): Record<string, unknown> {
  const parts = partsOf(screen);
  const graphics: Record<string, unknown> = Object.fromEntries(posesShown(screen).map((pose) => [pose, poseGraphic(pose)]));
  if (screen.kind === 'wrapUp' && screen.streakText !== undefined) graphics.DayDone = DAY_DONE;
  return {
    type: 'APL',
    version: APL_VERSION,
    theme: 'dark',
    resources: RESOURCES,
    styles: STYLES,
    layouts: {
      ...(buttonsOf(screen).length > 0 ? { Button: BUTTON_LAYOUT } : {}),
      ...(screen.kind === 'menu' ? { Choice: CHOICE_LAYOUT } : {}),
    },
    graphics,
    mainTemplate: {
      parameters: ['payload'],
      item: {
        type: 'Frame', width: '100vw', height: '100vh', backgroundColor: '@background',
        items: [{ when: IS_ROUND, ...roundLayout(parts) }, hubLayout(parts)],
      },
    },
  };
}
