/**
 * A passage quoted over several paragraphs: an amending document's "… như sau: “Điều 6. … 1. … 10.
 * …”" or "Bổ sung Chương VIIa … như sau: “Chương VIIa … Điều 85a. …”". Its articles and khoản are
 * the quote's, not the document's: neither its outline (the reader) nor its numbering (the checker).
 */

/** An amending document's own instruction: "7. Sửa đổi, bổ sung Điều 13 như sau:", "b) Bãi bỏ khoản 2 như sau:". */
const AMENDING = /^(?:\d+\.|[a-zđ]\))\s*(?:Sửa đổi|Bổ sung|Bãi bỏ|Thay thế)(?![\p{L}\p{M}]).*:$/iu;

/** Of each line: not quoted, or in a quote that closes, or in one never closed (a quote mark typed at a line's start and left open). */
export type QuoteState = 'none' | 'closed' | 'unclosed';

/**
 * How sure a reading must be. `lenient` (counting numbers): any line that starts with a mark opens a
 * quote, and any closing mark ends it. `strict` (making the outline, where a wrong quote would fold
 * a report's parts into text): a quote opens only under a line that introduces it ("… như sau:", an
 * article that amends) and ends only on a line that ends with its closing mark (”. ”; ”.) — a báo
 * cáo's “c) Khu vực …” left open, closed by a word quoted fifty lines on, is no quote.
 */
export type QuoteReading = 'lenient' | 'strict';

/** An article that amends ("Điều 2. Bổ sung khoản 3a vào sau khoản 3 Điều 4 Thông tư số 38/2025/TT-BCT …"): what it quotes follows it. */
const AMENDING_ARTICLE = /^Điều\s+\d+[a-zđ]?[.:]\s*(?:Sửa đổi|Bổ sung|Bãi bỏ|Thay thế)(?![\p{L}\p{M}])/iu;

/**
 * Each line's place in a quoted passage, the lines given in reading order (trimmed text). A quote
 * opens with a mark at a line's start and ends on the line that closes it; one opened with “ closes
 * with ” only (a ‘word’ quoted inside does not end it), one opened with a single ‘ — typed for “ —
 * closes with either. The document's next instruction ("… như sau:") is its own line even when the
 * quote before it was never closed.
 */
export function quoteStates(texts: readonly string[], reading: QuoteReading): QuoteState[] {
  const states: QuoteState[] = texts.map(() => 'none');
  let openedAt = -1;
  /** What ends the open quote: its closing mark anywhere (lenient), or ending the line, before a stop or a semicolon (strict). */
  let closes = /[”"]/;
  const end = (at: number, state: QuoteState) => {
    for (let k = openedAt; k <= at; k += 1) states[k] = state;
    openedAt = -1;
  };
  /** The last line with text before this one: what introduces a quote. */
  let before = '';
  texts.forEach((text, at) => {
    if (openedAt >= 0 && AMENDING.test(text)) end(at - 1, 'unclosed');
    const introduced = reading === 'lenient' || /:$/.test(before) || AMENDING_ARTICLE.test(before);
    if (text !== '') before = text;
    const opens = openedAt < 0 && /^[“"‘]/.test(text) && introduced;
    if (opens) {
      openedAt = at;
      const marks = text.startsWith('‘') ? '[”"’]' : '[”"]';
      closes = new RegExp(reading === 'lenient' ? marks : `${marks}[.;,)]*$`);
    }
    if (openedAt >= 0 && closes.test(opens ? text.slice(1) : text)) end(at, 'closed');
  });
  if (openedAt >= 0) end(texts.length - 1, 'unclosed');
  return states;
}
