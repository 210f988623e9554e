/**
 * The pauses a voice makes inside a text, for the timing models of any script: a clause break
 * at a comma-like mark, a sentence break at a full stop, each only when words follow it (the
 * final one is part of every utterance's fixed cost). Punctuation of Latin, Devanagari, Arabic
 * and CJK writing: , ; : — – 、 ، ؛ | . ! ? … 。 ！ ？ । ॥ ؟
 *
 * The patterns spell these as \u escapes: one literal non-ASCII character makes the whole
 * bundle a two-byte string, which Node reads and V8 compiles several milliseconds slower at
 * every cold start (scripts/audit-bundle.mjs refuses such a bundle).
 */
const MARK = /[.!?\u2026\u3002\uFF01\uFF1F\u0964\u0965\u061F]+|[,;:\u2014\u2013\u3001\uFF0C\uFF1B\uFF1A\u060C\u061B]/gu;
const SENTENCE_END = /^[.!?\u2026\u3002\uFF01\uFF1F\u0964\u0965\u061F]+$/u;

export interface TextPieces {
  /** The text between breaks, in order, without the marks; empty ones dropped. */
  pieces: string[];
  clauseBreaks: number;
  sentenceBreaks: number;
}

/** Splits a text at its pause marks; `hasWords` says whether a piece has anything to say. */
export function splitAtPauses(text: string, hasWords: (piece: string) => boolean): TextPieces {
  const pieces: string[] = [];
  const breaks: Array<'clause' | 'sentence'> = [];
  let from = 0;
  const close = (to: number, mark: string | undefined): void => {
    const piece = text.slice(from, to);
    if (hasWords(piece)) {
      pieces.push(piece);
      breaks.push(mark !== undefined && SENTENCE_END.test(mark) ? 'sentence' : 'clause');
    } else if (mark !== undefined && SENTENCE_END.test(mark) && breaks.length > 0) {
      breaks[breaks.length - 1] = 'sentence'; // "Well, … ." keeps the stronger break
    }
  };
  for (const match of text.matchAll(MARK)) {
    close(match.index, match[0]);
    from = match.index + match[0].length;
  }
  close(text.length, undefined);
  breaks.pop(); // nothing follows the last piece
  return {
    pieces,
    clauseBreaks: breaks.filter((b) => b === 'clause').length,
    sentenceBreaks: breaks.filter((b) => b === 'sentence').length,
  };
}
