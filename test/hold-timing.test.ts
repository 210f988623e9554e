/**
 * A hold is an APLA document: its length and each cue's start are exact by construction
 * (pauses), but each cue takes as long as the voice takes to say it, and a cue that runs
 * over the next one, or past the end of the hold, would talk over it or stretch the hold.
 * This test says every cue with a real synthesizer (espeak-ng, measured with sox), reads
 * the real hold documents back with those lengths, and checks that no cue overlaps the next,
 * that the chime still starts exactly at the hold time, and that no silence is over 10 s,
 * at every pace, for every variant. It prints how much room each hold has to spare.
 */
import { readApla } from '../lambda/speech/apla/reader';
import { renderSpeech, voiceFor } from '../lambda/speech/render';
import { VARIANT_IDS } from '../lambda/routine/routine';
import { PACES, Pace } from '../lambda/vocabulary/pace';
import type { AplaDocument } from '../lambda/speech/apla/document';
import { mapWithConcurrency, requireEspeak, synthesizeSecondsAsync } from './support/espeak';

const HOLDS = [20, 30, 45, 60];

interface Row {
  variant: string;
  pace: Pace;
  hold: number;
  chimeAtMs: number;
  cues: number;
  /** The least room between a cue's end (as espeak says it) and the next cue or the end of the hold. */
  tightestMs: number;
  longestSilenceMs: number;
}

function holdDocument(variant: (typeof VARIANT_IDS)[number], seconds: number, pace: Pace): AplaDocument {
  return renderSpeech([{ hold: { variant, seconds, holdIndex: 0 } }, { key: 'hold.release.0' }], voiceFor('en-US', pace)).apla!;
}

describe('holds measured with espeak-ng', () => {
  const rows: Row[] = [];

  beforeAll(async () => {
    requireEspeak();
    const cases = VARIANT_IDS.flatMap((variant) =>
      PACES.flatMap((pace) => HOLDS.map((hold) => ({ variant, pace, hold, document: holdDocument(variant, hold, pace) }))),
    );
    // Each distinct cue is synthesized once per pace: the same words take the same time.
    const distinct = new Map<string, { text: string; pace: Pace }>();
    for (const { document } of cases) {
      for (const event of readApla(document).events) {
        if (event.kind === 'speech') distinct.set(`${event.pace}|${event.text}`, { text: event.text, pace: event.pace });
      }
    }
    const keys = [...distinct.keys()];
    const durations = await mapWithConcurrency(keys, 2, (key) => synthesizeSecondsAsync(distinct.get(key)!.text, distinct.get(key)!.pace));
    const measuredMs = new Map(keys.map((key, i) => [key, durations[i] * 1000]));

    for (const { variant, pace, hold, document } of cases) {
      const { events } = readApla(document, (text, p) => measuredMs.get(`${p}|${text}`)!);
      const holdMs = hold * 1000;
      const chime = events.find((event) => event.kind === 'audio');
      const cues = events.filter((event) => event.kind === 'speech' && event.atMs < holdMs);
      let tightestMs = Infinity;
      cues.forEach((cue, i) => (tightestMs = Math.min(tightestMs, (i + 1 < cues.length ? cues[i + 1].atMs : holdMs) - (cue.atMs + cue.ms))));
      const longestSilenceMs = Math.max(0, ...events.filter((event) => event.kind === 'silence' && event.atMs < holdMs).map((event) => event.ms));
      rows.push({ variant, pace, hold, chimeAtMs: chime?.atMs ?? NaN, cues: cues.length, tightestMs, longestSilenceMs });
    }
    const table = rows
      .map((r) => `${r.variant.padEnd(9)} ${r.pace.padEnd(7)} ${String(r.hold).padStart(3)} s  chime at ${(r.chimeAtMs / 1000).toFixed(3)} s  cues ${r.cues}  tightest room ${(r.tightestMs / 1000).toFixed(2)} s  longest silence ${(r.longestSilenceMs / 1000).toFixed(1)} s`)
      .join('\n');
    const tightest = rows.reduce((a, b) => (b.tightestMs < a.tightestMs ? b : a));
    console.log(`Hold timing, cues spoken by espeak-ng + sox inside the APLA hold\n${table}\ntightest room: ${(tightest.tightestMs / 1000).toFixed(2)} s (${tightest.variant}, ${tightest.pace}, ${tightest.hold} s)`);
  }, 120_000);

  test('covers every variant, pace and hold length', () => {
    expect(rows).toHaveLength(VARIANT_IDS.length * PACES.length * HOLDS.length);
  });

  test.each(HOLDS)('a %i s hold: no cue, as espeak says it, runs into the next or past the hold; the chime is exact', (hold) => {
    for (const row of rows.filter((r) => r.hold === hold)) {
      expect({ ...row, fits: row.tightestMs >= 0 }).toMatchObject({ fits: true, chimeAtMs: hold * 1000 });
    }
  });

  test('no silence is longer than 10 s, and every hold has cues to hear', () => {
    for (const row of rows) {
      expect(row.longestSilenceMs).toBeLessThanOrEqual(10_000);
      expect(row.cues).toBeGreaterThanOrEqual(row.hold >= 30 ? 3 : 2);
    }
  });
});
