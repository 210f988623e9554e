/**
 * The shape every locale's speech has: one sentence for every key of the
 * en-US reference. A locale missing a key, or with one en-US lacks, fails the build.
 */
import type { SpeechKey } from '../vocabulary/say';

export type Speech = { readonly [Key in SpeechKey]: string };
