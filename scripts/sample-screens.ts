/** One screen of each kind, in US English, with the words the skill says: for docs/screens/. */
import { enUS } from '../lambda/locales/en-US/speech';
import type { ButtonLabels, Screen } from '../lambda/screens';

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}

const buttonLabels: ButtonLabels = { ready: 'Ready', repeat: 'Repeat', pause: 'Pause', stop: 'Stop' };

/** One of each kind, with the words the skill says in en-US. */
export const SAMPLE_SCREENS: Record<string, Screen> = {
  menu: { kind: 'menu', title: 'Which stretch would you like?', choices: { SITTING: 'Sitting', STANDING: 'Standing', LYING: 'Lying down' }, buttonLabels },
  step: {
    kind: 'step', picture: { pose: 'SIT_LEAN', leg: 'right' }, progress: 'Step 5 of 5', legLabel: 'Right leg',
    text: fill(enUS['setup.SITTING.4'], { leg: 'right' }), buttonLabels,
  },
  hold: {
    kind: 'hold', picture: { pose: 'LIE_LEG_UP', leg: 'left' }, legLabel: 'Left leg', roundLabel: 'Round 1 of 2',
    // Short enough that the renderer's 8 s of virtual time shows the bar part-way down.
    holdMs: 12_000, leadInMs: 2_000, releasedText: 'Release', buttonLabels,
  },
  release: {
    kind: 'release', title: 'Release', text: fill(enUS['hold.askNext'], { round: 2, leg: 'left' }),
    picture: { pose: 'STAND_FACING_STEP', leg: 'left' }, buttonLabels,
  },
  wrapUp: {
    kind: 'wrapUp', title: 'Well done', text: fill(enUS['wrapUp.done.0'], { rounds: 2 }), streakDays: 3,
    streakText: fill(enUS['wrapUp.streak'], { count: 3 }),
  },
  text: { kind: 'text', title: 'Stop here', body: enUS['pain.stop'], buttons: [], buttonLabels },
};
