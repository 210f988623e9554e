/**
 * Canadian English: said as in en-US (the kitchen counter, "toward"), with the bathrobe belt
 * Canadians reach for instead of a dressing-gown cord.
 */
import { enUS } from '../en-US/speech';
import type { Speech } from '../speech';

export const speech: Speech = {
  ...enUS,
  'obstacle.noBelt': 'A towel, a scarf, or a bathrobe belt works just as well as a belt.',
};
