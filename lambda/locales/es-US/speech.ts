/**
 * Spanish as said in the United States. Its speakers come from all of Latin
 * America, most of them from Mexico, so this is es-MX (itself es-ES with Latin
 * American usage, in "usted") with the few Mexican-only words replaced by ones
 * every Spanish speaker in the US knows (bufanda, not mascada). Times on 12
 * hours with a. m. / p. m., as in es-MX.
 */
import type { Speech } from '../speech';
import { speech as latinAmerican } from '../es-MX/speech';

export const speech: Speech = {
  ...latinAmerican,
  'obstacle.noBelt': 'Una toalla, una bufanda o el cordón de la bata funcionan igual que un cinturón.',
};
