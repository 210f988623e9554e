/**
 * The hold is timed by pauses plus spoken cues, so its length depends on how
 * long the cues take to say. This test says them with a real synthesizer
 * (espeak-ng, measured with sox), adds the pauses, and checks the hold lasts
 * what was promised, within a second, at every pace, for every variant.
 */
import { toSegments, voiceFor } from '../lambda/speech/render';
import { VARIANT_IDS } from '../lambda/routine/routine';
import { PACES, Pace } from '../lambda/vocabulary/pace';
import { mapWithConcurrency, requireEspeak, synthesizeSecondsAsync } from './support/espeak';
import type { Segment } from '../lambda/speech/segments';

const HOLDS = [20, 30, 45, 60];
const TOLERANCE_SECONDS = 1;

interface Row {
  variant: string;
  pace: Pace;
  hold: number;
  measured: number;
  error: number;
  cues: number;
  longestSilence: number;
}

/** The hold itself: from the first pause after the lead-in to the release chime. */
function holdBody(variant: (typeof VARIANT_IDS)[number], seconds: number, pace: Pace): Segment[] {
  const segments = toSegments([{ hold: { variant, seconds, holdIndex: 0 } }], voiceFor('en-US', pace));
  const chime = segments.findIndex((segment) => segment.kind === 'audio');
  return segments.slice(0, chime);
}

describe('holds measured with espeak-ng', () => {
  const rows: Row[] = [];

  beforeAll(async () => {
    requireEspeak();
    const cases = VARIANT_IDS.flatMap((variant) =>
      PACES.flatMap((pace) => HOLDS.map((hold) => ({ variant, pace, hold, body: holdBody(variant, hold, pace) }))),
    );
    // Each distinct cue is synthesized once per pace: the same words take the same time.
    const distinct = new Map<string, { text: string; pace: Pace }>();
    for (const { pace, body } of cases) {
      for (const segment of body) {
        if (segment.kind === 'speech') distinct.set(`${pace}|${segment.text}`, { text: segment.text, pace });
      }
    }
    const keys = [...distinct.keys()];
    const durations = await mapWithConcurrency(keys, 2, (key) => synthesizeSecondsAsync(distinct.get(key)!.text, distinct.get(key)!.pace));
    const measuredSeconds = new Map(keys.map((key, i) => [key, durations[i]]));

    for (const { variant, pace, hold, body } of cases) {
      let measured = 0;
      let longestSilence = 0;
      for (const segment of body) {
        if (segment.kind === 'break') {
          measured += segment.ms / 1000;
          longestSilence = Math.max(longestSilence, segment.ms / 1000);
        } else if (segment.kind === 'speech') {
          measured += measuredSeconds.get(`${pace}|${segment.text}`)!;
        }
      }
      const cues = body.filter((segment) => segment.kind === 'speech').length;
      rows.push({ variant, pace, hold, measured, error: measured - hold, cues, longestSilence });
    }
    const table = rows
      .map((r) => `${r.variant.padEnd(9)} ${r.pace.padEnd(7)} ${String(r.hold).padStart(3)} s  measured ${r.measured.toFixed(2).padStart(6)} s  error ${(r.error >= 0 ? '+' : '') + r.error.toFixed(2)} s  cues ${r.cues}  longest silence ${r.longestSilence.toFixed(1)} s`)
      .join('\n');
    const worst = rows.reduce((a, b) => (Math.abs(b.error) > Math.abs(a.error) ? b : a));
    console.log(`Hold timing, espeak-ng + sox (hold body: pauses + cues, chime excluded)\n${table}\nworst error: ${worst.error.toFixed(2)} s (${worst.variant}, ${worst.pace}, ${worst.hold} s)`);
  }, 120_000);

  test('covers every variant, pace and hold length', () => {
    expect(rows).toHaveLength(VARIANT_IDS.length * PACES.length * HOLDS.length);
  });

  test.each(HOLDS)('a %i s hold lasts its time within 1 s at every pace and variant', (hold) => {
    for (const row of rows.filter((r) => r.hold === hold)) {
      expect({ ...row, within: Math.abs(row.error) <= TOLERANCE_SECONDS }).toMatchObject({ within: true });
    }
  });

  test('no silence is longer than 10 s, and every hold has cues to hear', () => {
    for (const row of rows) {
      expect(row.longestSilence).toBeLessThanOrEqual(10);
      expect(row.cues).toBeGreaterThanOrEqual(row.hold >= 30 ? 3 : 2);
    }
  });
});
