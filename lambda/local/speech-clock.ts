/**
 * How long a response takes to say aloud, pauses and sounds included, by the
 * skill's own timing model: the clock of the voice simulator and of the bench.
 */
import { readSsml } from '../speech/ssml-reader';
import { segmentsSeconds } from '../speech/render';

export function spokenSeconds(ssml: string): number {
  return readSsml(ssml).reduce((sum, { segment, pace }) => sum + segmentsSeconds([segment], pace), 0);
}
