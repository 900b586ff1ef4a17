// Glossary matching, pure (the server checks saved texts with it, the editor the
// text as it is being written): terms found in a source block as whole words or
// phrases in any script, and whether its translation holds the required rendering.

export interface GlossaryRule {
  term: string;
  translation: string;
  doNotTranslate: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether `text` holds `term` as a whole word or phrase (any script; case-insensitive). */
export function containsTerm(text: string, term: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term.normalize("NFC"))}(?![\\p{L}\\p{N}])`, "iu").test(text.normalize("NFC"));
}

/**
 * Whether a translation holds the required rendering. Looser than the source's
 * whole-word match: Arabic and Hebrew attach prepositions and articles to a
 * word (بالسيادة, בריבונות), so the rendering is looked for anywhere.
 */
function rendersTerm(text: string, translation: string): boolean {
  return text.normalize("NFC").toLocaleLowerCase().includes(translation.normalize("NFC").toLocaleLowerCase());
}

/** The rules' terms in each source block, and whether its translated block renders each (an untranslated block misses nothing yet). */
export function checkBlocks<R extends GlossaryRule>(rules: R[], blocks: { source: string; target: string | null }[]): (R & { missing: boolean })[][] {
  return blocks.map(({ source, target }) =>
    rules.filter((r) => containsTerm(source, r.term)).map((r) => ({ ...r, missing: target !== null && target.trim() !== "" && !rendersTerm(target, r.translation) })),
  );
}
