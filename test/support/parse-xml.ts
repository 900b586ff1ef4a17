// A small, strict XML 1.0 reader for tests: it throws on anything that is not
// well-formed (unbalanced tags, a raw "<" or "&" in text, "]]>" outside CDATA,
// unknown entities, characters XML forbids), and returns the element tree with
// text decoded, so a test can check both that a feed is XML and what it says.
// Not a general parser: no DTDs, no processing instructions but the declaration.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = /^[A-Za-z_:][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (/&(?![A-Za-z]+;|#\d+;|#x[0-9A-Fa-f]+;)/.test(raw)) throw new Error(`Bare "&" in ${where}: ${raw.slice(0, 80)}`);
  return raw.replace(/&(#x[0-9A-Fa-f]+|#\d+|[A-Za-z]+);/g, (_, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const value = ENTITIES[ref];
    if (value === undefined) throw new Error(`Unknown entity &${ref}; in ${where}`);
    return value;
  });
}

export function parseXml(xml: string): XmlElement {
  const illegal = ILLEGAL.exec(xml);
  if (illegal) throw new Error(`Character U+${illegal[0].charCodeAt(0).toString(16)} is not allowed in XML`);
  let pos = 0;
  const declaration = /^<\?xml[^?]*\?>/.exec(xml);
  if (declaration) pos = declaration[0].length;

  const skipSpace = () => {
    while (pos < xml.length && /\s/.test(xml[pos]!)) pos++;
  };

  function parseElement(): XmlElement {
    if (xml[pos] !== "<") throw new Error(`Expected "<" at ${pos}`);
    pos++;
    const name = NAME.exec(xml.slice(pos))?.[0];
    if (!name) throw new Error(`Bad tag name at ${pos}: ${xml.slice(pos, pos + 20)}`);
    pos += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (xml.startsWith("/>", pos)) {
        pos += 2;
        return { name, attributes, children: [] };
      }
      if (xml[pos] === ">") {
        pos++;
        break;
      }
      const attr = /^([A-Za-z_:][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(xml.slice(pos));
      if (!attr) throw new Error(`Bad attribute in <${name}> at ${pos}: ${xml.slice(pos, pos + 40)}`);
      if (attr[1]! in attributes) throw new Error(`Duplicate attribute ${attr[1]} in <${name}>`);
      attributes[attr[1]!] = decode(attr[3] ?? attr[4] ?? "", `attribute ${attr[1]}`);
      pos += attr[0].length;
    }
    const children: (XmlElement | string)[] = [];
    for (;;) {
      if (pos >= xml.length) throw new Error(`Unclosed <${name}>`);
      if (xml.startsWith("<![CDATA[", pos)) {
        const end = xml.indexOf("]]>", pos);
        if (end < 0) throw new Error("Unclosed CDATA section");
        children.push(xml.slice(pos + 9, end));
        pos = end + 3;
      } else if (xml.startsWith("<!--", pos)) {
        const end = xml.indexOf("-->", pos);
        if (end < 0) throw new Error("Unclosed comment");
        pos = end + 3;
      } else if (xml.startsWith("</", pos)) {
        const close = /^<\/([A-Za-z_:][\w.:-]*)\s*>/.exec(xml.slice(pos));
        if (!close || close[1] !== name) throw new Error(`Expected </${name}> at ${pos}: ${xml.slice(pos, pos + 40)}`);
        pos += close[0].length;
        return { name, attributes, children };
      } else if (xml[pos] === "<") {
        children.push(parseElement());
      } else {
        const end = xml.indexOf("<", pos);
        const raw = xml.slice(pos, end < 0 ? xml.length : end);
        if (raw.includes("]]>")) throw new Error(`"]]>" in text: ${raw.slice(0, 80)}`);
        children.push(decode(raw, `<${name}>`));
        pos += raw.length;
      }
    }
  }

  skipSpace();
  const root = parseElement();
  skipSpace();
  if (pos !== xml.length) throw new Error(`Content after the root element at ${pos}`);
  return root;
}

/** The element's text (text and CDATA children, joined; child elements ignored). */
export function textOf(element: XmlElement): string {
  return element.children.filter((c): c is string => typeof c === "string").join("").trim();
}

/** Every descendant element named `name` (document order). */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child === "string") continue;
    if (child.name === name) out.push(child);
    out.push(...findAll(child, name));
  }
  return out;
}

export function findOne(element: XmlElement, name: string): XmlElement {
  const found = findAll(element, name)[0];
  if (!found) throw new Error(`No <${name}> in <${element.name}>`);
  return found;
}

/** Decodes the HTML escapes of an element whose content is HTML (RSS description, Atom type="html"). */
export function decodeHtmlText(html: string): string {
  return html.replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref]!;
  });
}
