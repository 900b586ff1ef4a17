import "server-only";

// Text that goes into XML (feeds, the sitemap) passes through here first. The
// `feed` package serializes with xml-js, whose escaping has gaps we close
// before handing it anything (see render-feed.ts): it splits only the first
// "]]>" of a CDATA section, and it un-escapes "&amp;" before escaping "&".

/**
 * Removes what XML 1.0 forbids outright (C0 controls but tab/newline/return,
 * lone surrogates, U+FFFE/U+FFFF): a document containing them is not XML at
 * all. Everything else — bidi controls like U+202E included — is legal and
 * kept: it is the author's text, and escaping makes it inert.
 */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}

/** Escapes text as HTML/XML character data (for elements whose content is HTML: RSS description, Atom type="html"). */
export function escapeMarkup(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * Plain text for an xml-js `_text` node. xml-js turns every "&amp;" back into
 * "&" before escaping "&", "<" and ">", so a literal "&amp;" in a title would
 * lose its "amp;". Doubling each "&" first makes that round trip exact.
 */
export function xmlJsText(text: string): string {
  return stripInvalidXmlChars(text).replace(/&/g, "&amp;");
}

/** A URL for an XML text node or attribute written without escaping (Next's sitemap serializer). */
export function xmlUrl(url: string): string {
  return escapeMarkup(url);
}

/**
 * Adds attributes to the document's root element (the first start tag after
 * the XML declaration), for what the `feed` package cannot declare itself:
 * xml:lang on Atom, the Dublin Core namespace for dc:creator on RSS.
 */
export function addRootAttributes(xml: string, root: string, attributes: Record<string, string>): string {
  const start = xml.indexOf(`<${root}`);
  if (start < 0) throw new Error(`No <${root}> element`);
  const insertAt = start + root.length + 1;
  const added = Object.entries(attributes)
    .filter(([name]) => !new RegExp(`^<${root}[^>]*\\s${name.replace(":", "\\:")}=`).test(xml.slice(start)))
    .map(([name, value]) => ` ${name}="${escapeMarkup(value)}"`)
    .join("");
  return xml.slice(0, insertAt) + added + xml.slice(insertAt);
}
