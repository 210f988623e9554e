/** The hold composer and its SSML, without the SDK: every hold from 1 to 60 s, every pace and variant. */
import fc from 'fast-check';
import { composeHold, MAX_SILENCE_SECONDS } from '../lambda/speech/hold-composer';
import { holdCues, renderSsml, segmentsSeconds, toSegments, voiceFor } from '../lambda/speech/render';
import { translator } from '../lambda/speech/i18n';
import { VARIANT_IDS } from '../lambda/routine/routine';
import { PACES } from '../lambda/vocabulary/pace';
import { estimateSpeechSeconds } from '../lambda/speech/timing/speech-duration';
import type { Say } from '../lambda/vocabulary/say';
import { ssmlProblems } from './support/response-checks';

const t = translator('en-US');
const arbitraryHold = fc.record({
  seconds: fc.integer({ min: 1, max: 60 }),
  pace: fc.constantFrom(...PACES),
  variant: fc.constantFrom(...VARIANT_IDS),
});

function compose(seconds: number, pace: (typeof PACES)[number], variant: (typeof VARIANT_IDS)[number]) {
  return composeHold(seconds, holdCues(t, { variant, holdIndex: 0 }), (text) => estimateSpeechSeconds(text, pace));
}

test('a 30 s hold: quiet start, a reminder, halfway, five more seconds, then the chime', () => {
  const segments = compose(30, 'normal', 'SITTING');
  const words = segments.filter((s) => s.kind === 'speech').map((s) => (s.kind === 'speech' ? s.text : ''));
  expect(words).toEqual(['Keep your back long and straight.', 'Halfway there.', 'Five more seconds.']);
  expect(segments[0]).toMatchObject({ kind: 'break' });
  expect(segments.at(-1)).toMatchObject({ kind: 'audio', src: expect.stringMatching(/^soundbank:\/\//) });
});

test('a 60 s hold counts down on the tens; a 45 s hold reminds the user of their form', () => {
  const words = compose(60, 'normal', 'LYING')
    .filter((s) => s.kind === 'speech')
    .map((s) => (s.kind === 'speech' ? s.text : ''));
  expect(words).toEqual(['50 seconds to go.', '40 seconds to go.', 'Halfway there.', '20 seconds to go.', 'Keep your back flat.', 'Five more seconds.']);
  const fortyFive = compose(45, 'normal', 'LYING').map((s) => (s.kind === 'speech' ? s.text : ''));
  expect(fortyFive).toContain('Keep your back flat.');
});

test('the four holds of a routine each sound different, and each opens with its own form reminder', () => {
  const holds = [0, 1, 2, 3].map((holdIndex) =>
    composeHold(30, holdCues(t, { variant: 'SITTING', holdIndex }), (text) => estimateSpeechSeconds(text, 'normal'))
      .flatMap((s) => (s.kind === 'speech' ? [s.text] : []))
      .join(' | '),
  );
  expect(new Set(holds).size).toBe(4);
  const forms = ['Keep your back long and straight.', 'Chest stays lifted.', 'Toes still pointing up.', 'Knee as straight as is comfortable.'];
  holds.forEach((words, i) => expect(words.startsWith(forms[i])).toBe(true));
});

test('by the timing model, every hold lasts exactly its seconds up to the chime', () => {
  fc.assert(
    fc.property(arbitraryHold, ({ seconds, pace, variant }) => {
      const body = compose(seconds, pace, variant).filter((s) => s.kind !== 'audio');
      expect(Math.abs(segmentsSeconds(body, pace) - seconds)).toBeLessThan(0.01);
    }),
    { numRuns: 400 },
  );
});

test('no silence is over 10 s, no break is empty, no two breaks touch, and long holds have halfway and five-left cues', () => {
  fc.assert(
    fc.property(arbitraryHold, ({ seconds, pace, variant }) => {
      const segments = compose(seconds, pace, variant);
      segments.forEach((segment, i) => {
        if (segment.kind !== 'break') return;
        expect(segment.ms).toBeGreaterThan(0);
        expect(segment.ms).toBeLessThanOrEqual(MAX_SILENCE_SECONDS * 1000);
        expect(segments[i + 1]?.kind).not.toBe('break');
      });
      const words = segments.map((s) => (s.kind === 'speech' ? s.text : '')).join(' ');
      if (seconds >= 15) expect(words).toContain('Halfway there.');
      // Below 20 s (what is left of a paused hold) the two would crowd: five-left gives way to halfway.
      if (seconds >= 20 || (seconds >= 10 && seconds < 15)) expect(words).toContain('Five more seconds.');
    }),
    { numRuns: 400 },
  );
});

test('every hold from 20 to 60 s renders to valid Amazon SSML with every break within 10 s', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.record({ seconds: fc.integer({ min: 20, max: 60 }), pace: fc.constantFrom(...PACES), variant: fc.constantFrom(...VARIANT_IDS) }),
      async ({ seconds, pace, variant }) => {
        const say: Say[] = [
          { key: 'hold.leadIn', params: { round: 1, rounds: 2, legPhrase: { key: 'legPhrase.right' }, length: { key: 'length.seconds', params: { count: seconds } } } },
          { hold: { variant, seconds, holdIndex: 0 } },
          { key: 'hold.release.0' },
          { key: 'hold.askNext', params: { round: 1, legPhrase: { key: 'legPhrase.left' } } },
        ];
        const ssml = `<speak>${renderSsml(say, voiceFor('en-US', pace))}</speak>`;
        expect(await ssmlProblems(ssml)).toEqual([]);
        if (pace !== 'normal') expect(ssml).toMatch(/<prosody rate="(80|120)%">/);
        expect(ssml).not.toMatch(/<prosody[^>]*>[^<]*<break/);
      },
    ),
    { numRuns: 150 },
  );
});

test('the question after a hold comes after the last pause', () => {
  const say: Say[] = [
    { hold: { variant: 'STANDING', seconds: 30, holdIndex: 0 } },
    { key: 'hold.release.0' },
    { key: 'hold.askNext', params: { round: 1, legPhrase: { key: 'legPhrase.left' } } },
  ];
  const segments = toSegments(say, voiceFor('en-US', 'normal'));
  const last = segments.at(-1);
  expect(last).toMatchObject({ kind: 'speech', text: expect.stringMatching(/release.*Ready for round 1, with your left leg\?$/) });
});

test('text is escaped for SSML', () => {
  const ssml = renderSsml([{ key: 'welcome.new' }], voiceFor('en-US', 'normal'));
  expect(ssml).toContain('I&apos;ll');
  expect(ssml).not.toMatch(/I'll/);
});
