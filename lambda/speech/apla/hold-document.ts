/**
 * A hold as an APLA document, fully inflated:
 *
 *   Sequencer[
 *     Mixer[ backbone: a Speech of <break>s only, exactly the hold long,
 *            one Speech per cue: <break>s up to exactly its start, then the cue ],
 *     Audio: the release chime,
 *     Speech: what follows the hold (release, the question) ]
 *
 * A Mixer lasts as long as its longest item. The backbone is pauses, which last
 * their time on any voice; the composer leaves every cue room to finish before
 * the hold ends, so the chime starts exactly at the hold time. Pace is a
 * <prosody rate> around each cue's words, never around a pause.
 */
import type { HoldTimeline } from '../hold-composer';
import { MAX_BREAK_MS, RELEASE_CHIME, Segment } from '../segments';
import { toSsml } from '../ssml';
import type { Pace } from '../../vocabulary/pace';
import { APLA_VERSION, AplaComponent, AplaDocument, AplaSpeech } from './document';

export function holdDocument(hold: HoldTimeline, after: readonly Segment[], pace: Pace): AplaDocument {
  const items: AplaComponent[] = [];
  if (hold.holdMs > 0) {
    items.push({
      type: 'Mixer',
      items: [speech(pauses(hold.holdMs), pace), ...hold.cues.map((cue) => speech([...pauses(cue.atMs), { kind: 'speech', text: cue.text }], pace))],
    });
  }
  items.push({ type: 'Audio', source: RELEASE_CHIME.src });
  items.push(...sequence(after, pace));
  return { type: 'APLA', version: APLA_VERSION, mainTemplate: { parameters: [], item: { type: 'Sequencer', items } } };
}

/** Breaks totalling exactly `ms`, none over Alexa's 10 s. */
export function pauses(ms: number): Segment[] {
  const breaks: Segment[] = [];
  for (let left = Math.round(ms); left > 0; left -= MAX_BREAK_MS) breaks.push({ kind: 'break', ms: Math.min(MAX_BREAK_MS, left) });
  return breaks;
}

function speech(segments: readonly Segment[], pace: Pace): AplaSpeech {
  return { type: 'Speech', contentType: 'SSML', content: `<speak>${toSsml(segments, pace)}</speak>` };
}

/** Segments as APLA items: speech and pauses in one Speech, each sound its own Audio. */
function sequence(segments: readonly Segment[], pace: Pace): AplaComponent[] {
  const items: AplaComponent[] = [];
  let spoken: Segment[] = [];
  const flush = () => {
    if (spoken.length > 0) items.push(speech(spoken, pace));
    spoken = [];
  };
  for (const segment of segments) {
    if (segment.kind === 'audio') {
      flush();
      items.push({ type: 'Audio', source: segment.src });
    } else {
      spoken.push(segment);
    }
  }
  flush();
  return items;
}
