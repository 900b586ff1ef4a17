// ts_headline marks matches with its StartSel/StopSel strings, inline in the text.
// HTML tags as markers would have to be trusted by the page (and the stored text may
// itself contain "<b>"), so the markers are two control characters that are stripped
// from the text before ts_headline sees it; the page then renders plain segments.

export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

export type HighlightSegment = { text: string; match: boolean };

/** "a \u0002b\u0003 c" → [{a, false}, {b, true}, {c, false}]; adjacent segments of one kind are merged. */
export function parseHighlight(marked: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let match = false;
  let text = "";
  const flush = () => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.match === match) last.text += text;
    else segments.push({ text, match });
    text = "";
  };
  for (const char of marked) {
    if (char === MATCH_START || char === MATCH_END) {
      flush();
      match = char === MATCH_START;
    } else {
      text += char;
    }
  }
  flush();
  return segments;
}
