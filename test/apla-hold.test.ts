/**
 * The hold as the APLA document the skill sends (renderSpeech, as a hold response renders it),
 * read back with the speech module's APLA reader: for every variant × 20/30/45/60 s × pace the
 * backbone is exactly the hold, the chime starts exactly at the hold time even when the voice
 * takes twice the timing model, no two cue tracks overlap, every Speech is valid Amazon SSML and
 * the document follows Amazon's APLA rules; then the same over every hold from 1 to 60 s.
 */
import fc from 'fast-check';
import { StaticAplTemplateValidator } from 'apl-suggester';
import type { AplaComponent, AplaDocument, AplaMixer } from '../lambda/speech/apla/document';
import { AplaEvent, modelSpeechMs, modelSpeechMsFor, readApla, SpeechMs } from '../lambda/speech/apla/reader';
import { RenderedSpeech, renderSpeech, voiceFor } from '../lambda/speech/render';
import { RELEASE_CHIME } from '../lambda/speech/segments';
import { ssmlText } from '../lambda/speech/spoken-response';
import { LOCALE_IDS } from '../lambda/locales/registry';
import { VARIANT_IDS, VariantId } from '../lambda/routine/routine';
import { Pace, PACES } from '../lambda/vocabulary/pace';
import { lengthPhrase, type Say } from '../lambda/vocabulary/say';
import { aplaRuleProblems } from './support/apla-rules';
import { aplaProblems, ssmlProblems } from './support/response-checks';

const HOLDS = [20, 30, 45, 60];
const twiceTheModel: SpeechMs = (text, pace) => 2 * modelSpeechMs(text, pace);

/** A hold response's speech, as the state machine builds it. */
function holdSpeech(variant: VariantId, seconds: number, pace: Pace): RenderedSpeech {
  const say: Say[] = [
    { key: 'hold.leadIn', params: { round: 1, rounds: 2, legPhrase: { key: 'legPhrase.right' }, length: lengthPhrase(seconds) } },
    { hold: { variant, seconds, holdIndex: 0 } },
    { key: 'hold.release.0' },
    { key: 'hold.praise.0' },
    { key: 'hold.askNext', params: { round: 1, legPhrase: { key: 'legPhrase.left' } } },
  ];
  return renderSpeech(say, voiceFor('en-US', pace));
}

function mixerOf(document: AplaDocument): AplaMixer {
  const root = document.mainTemplate.item;
  if (root.type !== 'Sequencer' || root.items[0].type !== 'Mixer') throw new Error(`no Mixer first: ${JSON.stringify(root)}`);
  return root.items[0];
}

function breaksMs(ssml: string): number {
  return [...ssml.matchAll(/<break time="(\d+)ms"\/>/g)].reduce((sum, m) => sum + Number(m[1]), 0);
}

function speechesOf(component: AplaComponent): string[] {
  if (component.type === 'Speech') return [component.content];
  return 'items' in component ? component.items.flatMap(speechesOf) : [];
}

/** Everything a hold document must be; returns the timeline read at 2x the model. */
function expectExactHold(document: AplaDocument, seconds: number, pace: Pace): AplaEvent[] {
  const holdMs = seconds * 1000;
  const [backbone, ...tracks] = mixerOf(document).items;
  // The backbone: pauses only, exactly the hold.
  expect(backbone.type).toBe('Speech');
  if (backbone.type !== 'Speech') throw new Error('backbone');
  expect(ssmlText(backbone.content)).toBe('');
  expect(breaksMs(backbone.content)).toBe(holdMs);
  // Each cue track: pauses up to its start, then the cue, paced by prosody around the words only.
  for (const track of tracks) {
    if (track.type !== 'Speech') throw new Error(`a cue track is a ${track.type}`);
    expect(track.content).toMatch(/^<speak>(<break time="\d+ms"\/> )*[^<]*(<prosody rate="\d+%">[^<]+<\/prosody>|[^<]+)<\/speak>$/);
    if (pace !== 'normal') expect(track.content).toContain('<prosody rate=');
  }
  // The chime starts exactly at the hold time, by the model and at twice the model; then release and the question.
  for (const speechMs of [modelSpeechMs, twiceTheModel]) {
    const { events } = readApla(document, speechMs);
    const chime = events.find((event) => event.kind === 'audio');
    expect(chime).toMatchObject({ atMs: holdMs, src: RELEASE_CHIME.src });
  }
  const { events } = readApla(document, twiceTheModel);
  const cues = events.filter((event) => event.kind === 'speech' && event.atMs < holdMs);
  expect(cues).toHaveLength(tracks.length);
  cues.forEach((cue, i) => {
    const next = cues[i + 1];
    expect(cue.atMs + cue.ms).toBeLessThanOrEqual(next ? next.atMs : holdMs);
  });
  const after = events.filter((event) => event.atMs >= holdMs && event.kind === 'speech').map((event) => (event.kind === 'speech' ? event.text : ''));
  expect(after.join(' ')).toMatch(/^And release\..*Ready for round 1, with your left leg\?$/);
  return events;
}

describe.each(VARIANT_IDS)('%s', (variant) => {
  test.each(PACES.flatMap((pace) => HOLDS.map((seconds) => [seconds, pace] as const)))(
    'a %i s hold at the %s pace is exact, its cues never overlap at 2x the model, every Speech is valid SSML',
    async (seconds, pace) => {
      const { ssml, apla } = holdSpeech(variant, seconds, pace);
      expect(ssml).toMatch(/^(<prosody rate="\d+%">)?Round 1 of 2, right leg\./);
      expect(ssml).not.toMatch(/<break|<audio/);
      expect(apla).toBeDefined();
      expectExactHold(apla!, seconds, pace);
      expect(aplaRuleProblems(apla)).toEqual([]);
      expect(await aplaProblems(apla)).toEqual([]);
      for (const content of speechesOf(apla!.mainTemplate.item)) expect(await ssmlProblems(content)).toEqual([]);
    },
  );
});

test('every hold from 1 to 60 s, at every pace and variant, is exact and never overlaps at 2x the model', () => {
  fc.assert(
    fc.property(
      fc.record({ seconds: fc.integer({ min: 1, max: 60 }), pace: fc.constantFrom(...PACES), variant: fc.constantFrom(...VARIANT_IDS) }),
      ({ seconds, pace, variant }) => {
        const { apla } = holdSpeech(variant, seconds, pace);
        expectExactHold(apla!, seconds, pace);
        expect(aplaRuleProblems(apla)).toEqual([]);
      },
    ),
    { numRuns: 300 },
  );
});

test('the largest hold response is well within the limits: one Audio, 240 s, valid SSML', async () => {
  const { apla } = holdSpeech('SITTING', 60, 'slow');
  expect(await aplaProblems(apla)).toEqual([]);
  expect(readApla(apla!).totalMs).toBeLessThan(70_000);
  expect(JSON.stringify(apla).length).toBeLessThan(6000);
});

describe('the APLA rules checker', () => {
  const valid = () => holdSpeech('LYING', 30, 'normal').apla! as unknown as { mainTemplate: { item: { items: Record<string, unknown>[] } } };

  test('catches what Amazon would refuse: unknown components, missing properties, data binding, the wrong type', () => {
    const unknown = valid();
    unknown.mainTemplate.item.items.push({ type: 'Text', text: 'hello' });
    expect(aplaRuleProblems(unknown)).toEqual([expect.stringMatching(/unknown component type "Text"/)]);

    const silence = valid();
    silence.mainTemplate.item.items.push({ type: 'Silence' });
    expect(aplaRuleProblems(silence)).toEqual([expect.stringMatching(/Silence needs a duration/)]);

    const bound = valid();
    bound.mainTemplate.item.items.push({ type: 'Speech', contentType: 'PlainText', content: 'Hi ${payload.name}' });
    expect(aplaRuleProblems(bound)).toEqual([expect.stringMatching(/data binding/)]);

    const contentType = valid();
    contentType.mainTemplate.item.items.push({ type: 'Speech', contentType: 'Markdown', content: 'hi' });
    expect(aplaRuleProblems(contentType)).toEqual([expect.stringMatching(/contentType "Markdown"/)]);

    expect(aplaRuleProblems({ ...valid(), type: 'APL' })).toEqual([expect.stringMatching(/type "APL" is not "APLA"/)]);
    expect(aplaRuleProblems({ type: 'APLA', version: '0.91', mainTemplate: { item: { type: 'Mixer', items: [] } } })).toEqual([
      expect.stringMatching(/non-empty items/),
    ]);
  });

  test('the limits and the SSML of every Speech are checked too', async () => {
    const audio = valid();
    for (let i = 0; i < 15; i++) audio.mainTemplate.item.items.push({ type: 'Audio', source: RELEASE_CHIME.src });
    expect(await aplaProblems(audio)).toEqual(['16 Audio components']);

    const long = valid();
    for (let i = 0; i < 25; i++) long.mainTemplate.item.items.push({ type: 'Silence', duration: 10_000 });
    expect(await aplaProblems(long)).toEqual([expect.stringMatching(/^2\d\d\.\d s of audio$/)]);

    const badSsml = valid();
    badSsml.mainTemplate.item.items.push({ type: 'Speech', contentType: 'SSML', content: '<speak><break time="11000ms"/>Tom & Jerry</speak>' });
    const problems = await aplaProblems(badSsml);
    expect(problems).toContainEqual(expect.stringMatching(/break of 11000ms/));
    expect(problems).toContainEqual(expect.stringMatching(/ssml-check-core/));
  });

  test('apl-suggester validates visual APL only: it refuses an APLA document outright (if this fails, use it here)', async () => {
    const found = await new StaticAplTemplateValidator().validate(valid() as never);
    expect(found).toContainEqual(expect.objectContaining({ path: '/type', errorMessage: expect.stringMatching(/allowed values : APL$/) }));
    // ...and says nothing of a component APLA does not have.
    const unknown = valid();
    unknown.mainTemplate.item.items.push({ type: 'NoSuchComponent' });
    const more = await new StaticAplTemplateValidator().validate(unknown as never);
    expect(more).toHaveLength(found.length);
  });
});

describe('every locale', () => {
  const cases = LOCALE_IDS.flatMap((locale) => PACES.map((pace) => [locale, pace] as const));

  test.each(cases)('%s at the %s pace: every variant × 20/30/45/60 s is exact, with room for every cue at twice that locale\'s model', (locale, pace) => {
    const speechMs = modelSpeechMsFor(locale);
    const twice: SpeechMs = (text, p) => 2 * speechMs(text, p);
    for (const variant of VARIANT_IDS) {
      for (const seconds of [20, 30, 45, 60]) {
        const say: Say[] = [{ hold: { variant, seconds, holdIndex: seconds % 4 } }, { key: 'hold.release.0' }];
        const { apla } = renderSpeech(say, voiceFor(locale, pace));
        if (!apla) throw new Error(`${locale}: no APLA document`);
        const [backbone] = mixerOf(apla).items;
        expect(backbone.type === 'Speech' && breaksMs(backbone.content)).toBe(seconds * 1000);
        const { events } = readApla(apla, twice);
        expect(events.find((event) => event.kind === 'audio')?.atMs).toBe(seconds * 1000);
        const cues = events.filter((event) => event.kind === 'speech' && event.atMs < seconds * 1000);
        expect(cues.length).toBeGreaterThanOrEqual(2);
        cues.forEach((cue, i) => expect(cue.atMs + cue.ms).toBeLessThanOrEqual(cues[i + 1]?.atMs ?? seconds * 1000));
        for (const content of speechesOf(apla.mainTemplate.item)) expect(content).not.toMatch(/undefined|\{\{/);
      }
    }
  });
});
