/**
 * Which screen goes with a reply: a pure function of the state machine's reply,
 * the state before the turn and the locale's translator. Every word comes from the
 * translator (the `screen.*` labels, and the very sentences the voice says), so
 * each locale gets its screens with no code of its own.
 *
 * The reply's state says where the user is (menu, a step, a hold, after a hold);
 * what was said decides the answers that are not a place: safety, help, pause.
 */
import { ROUNDS_PER_LEG, SPOKEN_VARIANT_IDS, legOfHold, roundOfHold, type SpokenVariantId } from '../routine/routine';
import type { Translate } from '../speech/i18n';
import { isPositioning, positioningSteps } from '../state/cursor';
import { routinePrompt } from '../state/prompts';
import type { Reply } from '../state/reply';
import type { MachineState, RoutineCursor } from '../state/types';
import type { Say, SpeechKey } from '../vocabulary/say';
import type { PoseId } from './poses';
import type { ButtonId, ButtonLabels, Screen, TextScreen } from './screen';
import { VARIANT_PICTURES, WITH_A_BELT } from './step-poses';

/** Answers that stop everything: a plain screen, no buttons. */
const SAFETY_KEYS: readonly SpeechKey[] = ['pain.stop', 'unwell.stop', 'needHelp.answer'];
/** The belt or towel was just suggested. */
const BELT_KEYS: readonly SpeechKey[] = ['obstacle.cantReach', 'obstacle.noBelt'];

/** The screen for a reply; undefined when nothing is shown (a reply to a session that Alexa has already closed). */
export function screenForReply(reply: Reply, before: MachineState, t: Translate): Screen | undefined {
  if (reply.session === 'silent') return undefined;
  const said = keysOf(reply.say);
  const labels = buttonLabels(t);
  const { conversation, user } = reply.state;
  const cursor = conversation.phase === 'routine' ? conversation.routine : undefined;
  const text = (title: SpeechKey, buttons: readonly ButtonId[]): TextScreen => ({
    kind: 'text',
    title: t(title),
    body: wordsOf([...reply.say, ...(reply.ask ?? [])], t),
    // A reply that ends the session leaves nothing to touch.
    buttons: reply.session === 'end' ? [] : buttons,
    buttonLabels: labels,
  });

  if (said.some((key) => SAFETY_KEYS.includes(key))) return text('screen.safety', []);
  if (user.completedSessions > before.user.completedSessions) {
    const days = user.streak.days;
    return {
      kind: 'wrapUp',
      title: t('screen.wellDone'),
      text: wordsOf([...reply.say.filter((item) => !('key' in item) || item.key !== 'wrapUp.streak'), ...(reply.ask ?? [])], t),
      streakDays: days,
      // Like the voice, a streak is only mentioned from two days on.
      ...(days >= 2 ? { streakText: t('screen.streak', { count: days }) } : {}),
    };
  }
  if (said.some((key) => key.startsWith('help.'))) {
    return text('screen.help', cursor && isPositioning(cursor) ? ['ready', 'repeat', 'stop'] : ['repeat', 'stop']);
  }
  if (said.some((key) => key.startsWith('pause.')) || cursor?.stage === 'paused') {
    // "Ready" carries on a paused hold; paused between steps, "Repeat" gives the step again.
    return text('screen.paused', cursor?.stage === 'paused' ? ['ready', 'repeat', 'stop'] : ['repeat', 'stop']);
  }
  if (reply.session === 'end') return text('screen.title', []);
  if (cursor) return routineScreen(cursor, said, t, labels);
  if (conversation.phase === 'menu') return menuScreen(t, labels);
  // A yes-or-no question: the offer of a way, picking up, a longer hold, forgetting.
  return text('screen.title', ['repeat', 'stop']);
}

function routineScreen(cursor: RoutineCursor, said: readonly SpeechKey[], t: Translate, buttonLabels: ButtonLabels): Screen {
  const { variant, holdIndex } = cursor;
  const pictures = VARIANT_PICTURES[variant];
  const leg = legOfHold(variant, holdIndex);
  const legLabel = t(`screen.leg.${leg}`);
  const withBelt = (pose: PoseId): PoseId =>
    variant === 'LYING' && said.some((key) => BELT_KEYS.includes(key)) ? (WITH_A_BELT[pose] ?? pose) : pose;

  if (cursor.stage === 'holding' && cursor.hold) {
    return {
      kind: 'hold',
      picture: { pose: pictures.hold, leg },
      legLabel,
      roundLabel: t('screen.roundOf', { round: roundOfHold(variant, holdIndex), rounds: ROUNDS_PER_LEG }),
      holdText: t('screen.hold'),
      holdMs: cursor.hold.seconds * 1000,
      // The hold clock's own estimate of the speech before the hold: the bar and the clock agree on when it starts.
      leadInMs: Math.round(cursor.hold.offsetSeconds * 1000),
      releasedText: t('screen.release'),
      buttonLabels,
    };
  }
  const prompt = routinePrompt(cursor);
  if (isPositioning(cursor)) {
    const steps = cursor.stage === 'setup' ? pictures.setup : pictures.switch;
    return {
      kind: 'step',
      picture: { pose: withBelt(steps[cursor.step] ?? pictures.hold), leg },
      progress: t('screen.stepOf', { step: cursor.step + 1, steps: positioningSteps(cursor) }),
      legLabel,
      text: wordsOf(prompt.say, t),
      buttonLabels,
    };
  }
  // After a hold: out of the stretch, and the question of what comes next.
  return { kind: 'release', title: t('screen.release'), text: wordsOf(prompt.ask, t), picture: { pose: pictures.rest, leg }, buttonLabels };
}

function menuScreen(t: Translate, buttonLabels: ButtonLabels): Screen {
  const choices = Object.fromEntries(SPOKEN_VARIANT_IDS.map((variant) => [variant, t(`screen.variant.${variant}`)]));
  return { kind: 'menu', title: t('screen.choose'), choices: choices as Record<SpokenVariantId, string>, buttonLabels };
}

function buttonLabels(t: Translate): ButtonLabels {
  return {
    ready: t('screen.button.ready'),
    repeat: t('screen.button.repeat'),
    pause: t('screen.button.pause'),
    stop: t('screen.button.stop'),
  };
}

function keysOf(items: readonly Say[]): SpeechKey[] {
  return items.flatMap((item) => ('key' in item ? [item.key] : []));
}

/** The sentences as the voice says them, as one passage; a timed hold has no words of its own. */
function wordsOf(items: readonly Say[], t: Translate): string {
  return items.flatMap((item) => ('key' in item ? [t(item.key, item.params)] : [])).join(' ');
}
