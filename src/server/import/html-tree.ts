import "server-only";

// A small HTML reader for post bodies: a character-by-character tokenizer
// (after the states of the WHATWG tokenizer: data, tag, attributes with
// quoted/unquoted values, comments, raw-text elements) and a forgiving tree
// builder (void elements, implied ends of <p> and <li>, stray end tags
// ignored). No regular expression parses markup here.
//
// Why our own: none of parse5, htmlparser2, linkedom or any other HTML parser
// is in node_modules, and helpers may not add dependencies. This file is the
// one place to swap for parse5 (`parseFragment`, then the same walk in
// html-to-doc.ts) once the dependency is added.

export interface HtmlElement {
  type: "element";
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export interface HtmlText {
  type: "text";
  text: string;
}
export type HtmlNode = HtmlElement | HtmlText;

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param"]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noscript", "noembed", "noframes"]);
/** Opening one of these closes an open <p> (HTML's "close a p element"). */
const CLOSES_P = new Set([
  "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
]);

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", mdash: "—", ndash: "–", hellip: "…",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", laquo: "«", raquo: "»", copy: "©", reg: "®", trade: "™",
  euro: "€", pound: "£", deg: "°", middot: "·", bull: "•", times: "×", shy: "\u00ad", zwj: "\u200d", zwnj: "\u200c",
  lrm: "\u200e", rlm: "\u200f", eacute: "é", egrave: "è", ecirc: "ê", aacute: "á", agrave: "à", acirc: "â",
  iacute: "í", oacute: "ó", ocirc: "ô", uacute: "ú", ccedil: "ç", ntilde: "ñ", atilde: "ã", otilde: "õ",
  auml: "ä", ouml: "ö", uuml: "ü", szlig: "ß", iexcl: "¡", iquest: "¿", Eacute: "É", Agrave: "À", Ccedil: "Ç",
};

/** Decodes character references (&amp; &#39; &#x2014; and the common named ones; unknown ones stay as written). */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c !== "&") {
      out += c;
      i++;
      continue;
    }
    const end = text.indexOf(";", i + 1);
    const name = end > i && end - i <= 32 ? text.slice(i + 1, end) : "";
    let decoded: string | undefined;
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) decoded = String.fromCodePoint(code);
    } else if (name) decoded = NAMED[name];
    if (decoded === undefined) {
      out += c;
      i++;
    } else {
      out += decoded;
      i = end + 1;
    }
  }
  return out;
}

type Token =
  | { kind: "start"; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: "end"; name: string }
  | { kind: "text"; text: string };

const isSpace = (c: string | undefined) => c === " " || c === "\n" || c === "\t" || c === "\r" || c === "\f";
const isAlpha = (c: string | undefined) => !!c && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));

function* tokenize(html: string): Generator<Token> {
  let i = 0;
  let text = "";
  const n = html.length;
  const flush = function* () {
    if (text) yield { kind: "text", text: decodeEntities(text) } as Token;
    text = "";
  };
  while (i < n) {
    const c = html[i]!;
    if (c !== "<") {
      text += c;
      i++;
      continue;
    }
    const next = html[i + 1];
    if (html.startsWith("<!--", i)) {
      yield* flush();
      const end = html.indexOf("-->", i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (next === "!" || next === "?") {
      // Doctype, CDATA or a processing instruction: a bogus comment to the next ">".
      yield* flush();
      const end = html.indexOf(">", i + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const closing = next === "/";
    if (!isAlpha(closing ? html[i + 2] : next)) {
      text += c;
      i++;
      continue;
    }
    yield* flush();
    i += closing ? 2 : 1;
    let name = "";
    while (i < n && !isSpace(html[i]) && html[i] !== "/" && html[i] !== ">") name += html[i++];
    name = name.toLowerCase();
    const attrs: Record<string, string> = {};
    let selfClosing = false;
    // Attributes: name, optional "=", then a "…", '…' or unquoted value.
    while (i < n && html[i] !== ">") {
      const ch = html[i]!;
      if (isSpace(ch)) {
        i++;
        continue;
      }
      if (ch === "/") {
        selfClosing = html[i + 1] === ">";
        i++;
        continue;
      }
      let attr = "";
      while (i < n && !isSpace(html[i]) && html[i] !== "=" && html[i] !== ">" && !(html[i] === "/" && html[i + 1] === ">")) attr += html[i++];
      while (i < n && isSpace(html[i])) i++;
      let value = "";
      if (html[i] === "=") {
        i++;
        while (i < n && isSpace(html[i])) i++;
        const quote = html[i];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, i + 1);
          value = html.slice(i + 1, end < 0 ? n : end);
          i = end < 0 ? n : end + 1;
        } else {
          while (i < n && !isSpace(html[i]) && html[i] !== ">") value += html[i++];
        }
      }
      attr = attr.toLowerCase();
      if (attr && !(attr in attrs)) attrs[attr] = decodeEntities(value);
    }
    i++; // the ">"
    if (closing) {
      yield { kind: "end", name };
      continue;
    }
    yield { kind: "start", name, attrs, selfClosing };
    if (RAW_TEXT.has(name)) {
      // Raw text to the matching end tag: "<script>…</script>" never opens tags inside.
      const lower = html.toLowerCase();
      const end = lower.indexOf(`</${name}`, i);
      const raw = html.slice(i, end < 0 ? n : end);
      if (raw) yield { kind: "text", text: name === "textarea" || name === "title" ? decodeEntities(raw) : raw };
      yield { kind: "end", name };
      i = end < 0 ? n : Math.max(lower.indexOf(">", end) + 1, end + name.length + 2);
    }
  }
  yield* flush();
}

/** Parses a fragment of HTML (a post body) into a tree; never throws on bad markup. */
export function parseHtmlFragment(html: string): HtmlNode[] {
  const root: HtmlElement = { type: "element", name: "#root", attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1]!;
  const closeUntil = (name: string) => {
    for (let j = stack.length - 1; j > 0; j--) {
      if (stack[j]!.name === name) {
        stack.length = j;
        return;
      }
    }
  };
  for (const token of tokenize(html)) {
    if (token.kind === "text") {
      top().children.push({ type: "text", text: token.text });
    } else if (token.kind === "start") {
      if (CLOSES_P.has(token.name) && stack.some((e) => e.name === "p")) closeUntil("p");
      if (token.name === "li" && stack.some((e) => e.name === "li")) {
        // A new item closes the open one, within the same list.
        const li = stack.map((e) => e.name).lastIndexOf("li");
        const list = Math.max(stack.map((e) => e.name).lastIndexOf("ul"), stack.map((e) => e.name).lastIndexOf("ol"));
        if (li > list) stack.length = li;
      }
      const element: HtmlElement = { type: "element", name: token.name, attrs: token.attrs, children: [] };
      top().children.push(element);
      if (!VOID.has(token.name) && !token.selfClosing) stack.push(element);
    } else if (token.name === "br") {
      top().children.push({ type: "element", name: "br", attrs: {}, children: [] });
    } else {
      closeUntil(token.name);
    }
  }
  return root.children;
}
