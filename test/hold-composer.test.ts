/** The hold composer's timeline, without the SDK: every hold from 1 to 60 s, every pace and variant. */
import fc from 'fast-check';
import { composeHold, HoldTimeline, MAX_SILENCE_SECONDS, REMINDER_FROM_SECONDS } from '../lambda/speech/hold-composer';
import { holdCues, renderSsml, voiceFor } from '../lambda/speech/render';
import { translator } from '../lambda/speech/i18n';
import { VARIANT_IDS, VariantId } from '../lambda/routine/routine';
import { Pace, PACES } from '../lambda/vocabulary/pace';
import { estimateSpeechSeconds } from '../lambda/speech/timing/speech-duration';

const t = translator('en-US');
const arbitraryHold = fc.record({
  seconds: fc.integer({ min: 1, max: 60 }),
  pace: fc.constantFrom(...PACES),
  variant: fc.constantFrom(...VARIANT_IDS),
  /** The caller rotates the reminders from hold to hold. */
  /** Which hold of the routine: its cues are taken in turn. */
  rotation: fc.nat({ max: 5 }),
});

const modelMs = (text: string, pace: Pace) => estimateSpeechSeconds(text, pace) * 1000;

/** The reminders of a routine's hold number `holdIndex`: its own form reminder first. */
function reminders(variant: VariantId, holdIndex = 0): readonly string[] {
  return holdCues(t, { variant, holdIndex }).reminders;
}

function compose(seconds: number, pace: Pace, variant: VariantId, holdIndex = 0): HoldTimeline {
  return composeHold(seconds, holdCues(t, { variant, holdIndex }), (text) => estimateSpeechSeconds(text, pace));
}

const words = (timeline: HoldTimeline) => timeline.cues.map((cue) => cue.text);

/** Each cue ends before the next starts, and the last before the hold ends, if the voice takes twice the model. */
function expectRoomAtTwiceTheModel({ holdMs, cues }: HoldTimeline, pace: Pace): void {
  cues.forEach((cue, i) => {
    expect(Number.isInteger(cue.atMs) && cue.atMs >= 0).toBe(true);
    const end = cue.atMs + 2 * modelMs(cue.text, pace);
    expect(end).toBeLessThanOrEqual(i + 1 < cues.length ? cues[i + 1].atMs : holdMs);
  });
}

test('a 30 s hold: quiet start, a reminder, halfway at 15 s, five more seconds at 25 s', () => {
  const timeline = compose(30, 'normal', 'SITTING');
  expect(timeline.holdMs).toBe(30_000);
  expect(words(timeline)).toEqual(['Keep your back long and straight.', 'Halfway there.', 'Five more seconds.']);
  expect(timeline.cues[0].atMs).toBeGreaterThanOrEqual(5000);
  expect(timeline.cues.slice(1).map((cue) => cue.atMs)).toEqual([15_000, 25_000]);
});

test('a 60 s hold counts down on the tens, exactly; a 45 s hold reminds the user of their form', () => {
  const sixty = compose(60, 'normal', 'LYING');
  expect(sixty.cues.filter((cue) => /seconds to go/.test(cue.text))).toEqual([
    { atMs: 10_000, text: '50 seconds to go.' },
    { atMs: 20_000, text: '40 seconds to go.' },
    { atMs: 40_000, text: '20 seconds to go.' },
  ]);
  expect(sixty.cues).toContainEqual({ atMs: 30_000, text: 'Halfway there.' });
  expect(sixty.cues).toContainEqual({ atMs: 55_000, text: 'Five more seconds.' });
  expect(words(compose(45, 'normal', 'LYING'))).toContain('Keep your back flat.');
});

test('the four holds of a routine each sound different, and each opens with its own form reminder', () => {
  const holds = [0, 1, 2, 3].map((holdIndex) => words(compose(30, 'normal', 'SITTING', holdIndex)));
  expect(new Set(holds.map((cues) => cues.join(' | '))).size).toBe(4);
  const forms = ['Keep your back long and straight.', 'Chest stays lifted.', 'Toes still pointing up.', 'Knee as straight as is comfortable.'];
  holds.forEach((cues, i) => expect(cues[0]).toBe(forms[i]));
});

test('every cue finishes before the next starts, and before the hold ends, even if the voice takes twice the model', () => {
  fc.assert(
    fc.property(arbitraryHold, ({ seconds, pace, variant, rotation }) => {
      const timeline = compose(seconds, pace, variant, rotation);
      expect(timeline.holdMs).toBe(seconds * 1000);
      expectRoomAtTwiceTheModel(timeline, pace);
    }),
    { numRuns: 500 },
  );
});

test('no silence is over 10 s by the model, long holds have halfway and five-left cues, and 20 s or more the first reminder', () => {
  fc.assert(
    fc.property(arbitraryHold, ({ seconds, pace, variant, rotation }) => {
      const timeline = compose(seconds, pace, variant, rotation);
      let quietFrom = 0;
      for (const cue of timeline.cues) {
        expect(cue.atMs - quietFrom).toBeLessThanOrEqual(MAX_SILENCE_SECONDS * 1000);
        quietFrom = cue.atMs + modelMs(cue.text, pace);
      }
      expect(timeline.holdMs - quietFrom).toBeLessThanOrEqual(MAX_SILENCE_SECONDS * 1000);
      const said = words(timeline);
      const cues = holdCues(t, { variant, holdIndex: rotation });
      if (seconds >= 15) expect(said).toContain(cues.halfway);
      // Below 20 s (what is left of a paused hold) the two would crowd: five-left gives way to halfway.
      if (seconds >= 20 || (seconds >= 10 && seconds < 15)) expect(said).toContain(cues.fiveLeft);
      if (seconds >= REMINDER_FROM_SECONDS) expect(said).toContain(reminders(variant, rotation)[0]);
    }),
    { numRuns: 500 },
  );
});

test('the first reminder is placed even when it is long (almost 5 s at the slow pace) and the hold is short', () => {
  const long = 'Keep your back long and straight, and lean forward from your hips.';
  for (const pace of PACES) {
    const timeline = composeHold(20, { ...holdCues(t, { variant: 'SITTING', holdIndex: 0 }), reminders: [long] }, (text) => estimateSpeechSeconds(text, pace));
    expect(words(timeline)).toContain(long);
    expect(words(timeline)).toContain('Halfway there.');
    expect(words(timeline)).toContain('Five more seconds.');
    expectRoomAtTwiceTheModel(timeline, pace);
  }
});

test('text is escaped for SSML', () => {
  const ssml = renderSsml([{ key: 'welcome.new' }], voiceFor('en-US', 'normal'));
  expect(ssml).toContain('I&apos;ll');
  expect(ssml).not.toMatch(/I'll/);
});
