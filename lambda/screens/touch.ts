/**
 * Touch does what saying it does: each button and menu picture sends an APL
 * `SendEvent` whose arguments name an intent (and, for a menu choice, the variant),
 * and `intentFromUserEvent` reads those arguments back.
 */
import { isSpokenVariantId, type SpokenVariantId } from '../routine/routine';
import type { ButtonId, Screen } from './screen';

export const BUTTON_INTENTS = {
  ready: 'ReadyIntent',
  repeat: 'AMAZON.RepeatIntent',
  pause: 'AMAZON.PauseIntent',
  stop: 'AMAZON.StopIntent',
} as const satisfies Record<ButtonId, string>;

export const START_STRETCH_INTENT = 'StartStretchIntent';

/** The buttons each kind of screen shows, in order; a text screen says its own. */
export function buttonsOf(screen: Screen): readonly ButtonId[] {
  switch (screen.kind) {
    case 'menu':
      return ['stop'];
    case 'step':
      return ['ready', 'repeat', 'pause', 'stop'];
    case 'hold':
      return ['pause', 'stop'];
    case 'release':
      return ['ready', 'repeat', 'stop'];
    case 'wrapUp':
      return [];
    case 'text':
      return screen.buttons;
  }
}

/** The intent a touch stands for, with the slot values it fills. */
export interface TouchIntent {
  intentName: string;
  slots?: { variant: SpokenVariantId };
}

const BUTTON_INTENT_NAMES: readonly string[] = Object.values(BUTTON_INTENTS);

/**
 * Reads the `arguments` of an `Alexa.Presentation.APL.UserEvent` back into an intent.
 * Anything this skill's screens do not send (an older document, a forged event) is
 * undefined, so the caller can answer it like an utterance it did not understand.
 */
export function intentFromUserEvent(event: { arguments?: unknown }): TouchIntent | undefined {
  const args = event.arguments;
  if (!Array.isArray(args)) return undefined;
  const [name, variant] = args as unknown[];
  if (args.length === 1 && typeof name === 'string' && BUTTON_INTENT_NAMES.includes(name)) return { intentName: name };
  if (args.length === 2 && name === START_STRETCH_INTENT && isSpokenVariantId(variant)) {
    return { intentName: START_STRETCH_INTENT, slots: { variant } };
  }
  return undefined;
}
