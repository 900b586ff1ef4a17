import { type Code, codesOf, type Inline, type RecordUnits } from "./units";
import { childElements, escapeXml, firstChild, parseXml, tag, textOf, type XmlElement, XmlError } from "./xml";

// XLIFF 2.0 (OASIS, 2014) and 1.2 (2008), written and read. One document per
// target language; one <file> per record (an article's language version, a
// debate's texts), its id "variant:<id>" or "debate:<id>" and the source version
// in our own namespace (XLIFF allows other namespaces' attributes on <file>).

export const XLIFF20_NS = "urn:oasis:names:tc:xliff:document:2.0";
export const XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2";
export const PP_NS = "urn:polyglot-press:xliff:1";

export type XliffVersion = "2.0" | "1.2";

export interface ParsedUnit {
  id: string;
  source: Inline[];
  /** null: no target (or an empty one) — not translated. */
  target: Inline[] | null;
  state: string | null;
}
export interface ParsedFile {
  kind: "variant" | "debate";
  id: string;
  sourceVersion: number | null;
  sourceRevisionId: string | null;
  units: ParsedUnit[];
}
export interface ParsedXliff {
  version: XliffVersion;
  srcLang: string;
  trgLang: string;
  files: ParsedFile[];
}

/** The file is not a usable XLIFF document; each problem names where. Nothing is applied. */
export class XliffError extends Error {
  constructor(readonly problems: string[]) {
    super(`Not a valid XLIFF file: ${problems.join("; ")}`);
  }
}

// ---------- writing ----------

function inline20(items: Inline[], data: string[]): string {
  return items
    .map((i) => {
      if (i.kind === "text") return escapeXml(i.text);
      if (i.kind === "ph") return tag("ph", { id: i.id, type: "fmt", subType: "xlf:lb", canDelete: "no" }, true);
      if (i.code.kind === "link") {
        data.push(tag("data", { id: `d${i.id}` }) + escapeXml(`<a href="${i.code.href}">`) + "</data>", tag("data", { id: `d${i.id}e` }) + escapeXml("</a>") + "</data>");
        return tag("pc", { id: i.id, type: "link", dataRefStart: `d${i.id}`, dataRefEnd: `d${i.id}e` }) + inline20(i.children, data) + "</pc>";
      }
      return tag("pc", { id: i.id, type: "fmt", subType: i.code.kind === "bold" ? "xlf:b" : "xlf:i" }) + inline20(i.children, data) + "</pc>";
    })
    .join("");
}

function notes20(notes: { category: string; text: string }[]): string {
  return `<notes>${notes.map((n) => tag("note", { category: n.category }) + escapeXml(n.text) + "</note>").join("")}</notes>`;
}

export function writeXliff20(records: RecordUnits[], { srcLang, trgLang }: { srcLang: string; trgLang: string }): string {
  const files = records.map((r) => {
    const units = r.units.map((u) => {
      const data: string[] = [];
      const source = inline20(u.source, data);
      const notes = [{ category: "field", text: u.field }, ...(u.maxLength ? [{ category: "maxLength", text: String(u.maxLength) }] : [])];
      return [
        `    ${tag("unit", { id: u.id })}`,
        `      ${notes20(notes)}`,
        ...(data.length ? [`      <originalData>${data.join("")}</originalData>`] : []),
        `      <segment><source>${source}</source></segment>`,
        "    </unit>",
      ].join("\n");
    });
    return [
      `  ${tag("file", { id: `${r.kind}:${r.id}`, original: r.url, "pp:sourceVersion": r.sourceVersion, "pp:sourceRevision": r.sourceRevisionId })}`,
      `    ${notes20([
        { category: "context", text: `${r.kind === "variant" ? "Article" : "Debate"}: ${r.label}` },
        { category: "context", text: `Source: ${r.url} (version ${r.sourceVersion})` },
      ])}`,
      ...units,
      "  </file>",
    ].join("\n");
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${tag("xliff", { xmlns: XLIFF20_NS, "xmlns:pp": PP_NS, version: "2.0", srcLang, trgLang })}\n${files.join("\n")}\n</xliff>\n`;
}

function inline12(items: Inline[]): string {
  return items
    .map((i) => {
      if (i.kind === "text") return escapeXml(i.text);
      if (i.kind === "ph") return tag("x", { id: i.id, ctype: "lb" }, true);
      if (i.code.kind === "link") return tag("g", { id: i.id, ctype: "link", "pp:href": i.code.href }) + inline12(i.children) + "</g>";
      return tag("g", { id: i.id, ctype: i.code.kind }) + inline12(i.children) + "</g>";
    })
    .join("");
}

export function writeXliff12(records: RecordUnits[], { srcLang, trgLang }: { srcLang: string; trgLang: string }): string {
  const files = records.map((r) => {
    const units = r.units.map(
      (u) =>
        `      ${tag("trans-unit", { id: u.id, maxwidth: u.maxLength, "size-unit": u.maxLength ? "char" : undefined })}<source>${inline12(u.source)}</source>${tag("note", { from: "polyglot-press" })}${escapeXml(u.field)}</note></trans-unit>`,
    );
    return [
      `  ${tag("file", { original: `${r.kind}:${r.id}`, "source-language": srcLang, "target-language": trgLang, datatype: "html", "pp:sourceVersion": r.sourceVersion, "pp:sourceRevision": r.sourceRevisionId })}`,
      `    <header>${tag("note", { from: "polyglot-press" })}${escapeXml(`${r.kind === "variant" ? "Article" : "Debate"}: ${r.label} — ${r.url} (version ${r.sourceVersion})`)}</note></header>`,
      "    <body>",
      ...units,
      "    </body>",
      "  </file>",
    ].join("\n");
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${tag("xliff", { xmlns: XLIFF12_NS, "xmlns:pp": PP_NS, version: "1.2" })}\n${files.join("\n")}\n</xliff>\n`;
}

// ---------- reading ----------

const LINK_DATA = /^<a href="([^"]*)">$/;

function unescapeAttr(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** A unit's source or target content as Inline[]; `where` names it in problems. */
function readInline(el: XmlElement, ns: string, version: XliffVersion, data: Map<string, string>, where: string, problems: string[]): Inline[] {
  const out: Inline[] = [];
  for (const child of el.children) {
    if (child.kind === "text") {
      out.push({ kind: "text", text: child.text });
      continue;
    }
    if (child.ns !== ns) {
      problems.push(`${where}: unknown element <${child.name}>`);
      continue;
    }
    const id = child.attrs.id ?? "";
    if (version === "2.0" && child.name === "pc") {
      const type = child.attrs.type;
      let code: Code;
      if (type === "link") {
        const start = data.get(child.attrs.dataRefStart ?? "");
        const href = start ? LINK_DATA.exec(start)?.[1] : undefined;
        code = { kind: "link", href: href === undefined ? "" : unescapeAttr(href) };
      } else if (child.attrs.subType === "xlf:b") code = { kind: "bold" };
      else if (child.attrs.subType === "xlf:i") code = { kind: "italic" };
      else {
        problems.push(`${where}: unknown inline code <pc id="${id}">`);
        continue;
      }
      out.push({ kind: "pc", id, code, children: readInline(child, ns, version, data, where, problems) });
    } else if (version === "1.2" && child.name === "g") {
      const ctype = child.attrs.ctype;
      const code: Code | null =
        ctype === "bold" ? { kind: "bold" } : ctype === "italic" ? { kind: "italic" } : ctype === "link" ? { kind: "link", href: child.attrs[`{${PP_NS}}href`] ?? "" } : null;
      if (!code) {
        problems.push(`${where}: unknown inline code <g id="${id}">`);
        continue;
      }
      out.push({ kind: "pc", id, code, children: readInline(child, ns, version, data, where, problems) });
    } else if ((version === "2.0" && child.name === "ph") || (version === "1.2" && child.name === "x")) {
      out.push({ kind: "ph", id, code: { kind: "lb" } });
    } else if ((version === "2.0" && child.name === "mrk") || (version === "1.2" && child.name === "mrk")) {
      // An annotation a CAT tool added (a term, a comment): its text counts, the mark does not.
      out.push(...readInline(child, ns, version, data, where, problems));
    } else {
      problems.push(`${where}: <${child.name}> is not supported here (split or unknown inline codes)`);
    }
  }
  return out;
}

/** Checks a target's codes against its source's: the same ids, of the same kind. Returns the target with the source's codes (a link's URL is never the translator's). */
function alignCodes(source: Inline[], target: Inline[], where: string, problems: string[]): Inline[] {
  const codes = codesOf(source);
  const fix = (items: Inline[]): Inline[] =>
    items.map((i) => {
      if (i.kind === "text") return i;
      const known = codes.get(i.id);
      if (!known || known.kind !== i.kind || known.code.kind !== i.code.kind) {
        problems.push(`${where}: inline code ${i.id} is not in the source`);
        return i;
      }
      return i.kind === "pc" ? { ...i, code: known.code, children: fix(i.children) } : { ...i, code: known.code };
    });
  return fix(target);
}

function fileRef(value: string | undefined): { kind: "variant" | "debate"; id: string } | null {
  const match = /^(variant|debate):([A-Za-z0-9_-]{1,64})$/.exec(value ?? "");
  return match ? { kind: match[1] as "variant" | "debate", id: match[2]! } : null;
}

/** Parses and checks an XLIFF 2.0 or 1.2 document made from one of our exports. Throws XliffError (or XmlError) with every problem found. */
export function readXliff(text: string): ParsedXliff {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    throw new XliffError([error instanceof XmlError ? `not well-formed XML: ${error.message}` : String(error)]);
  }
  const problems: string[] = [];
  if (root.name !== "xliff" || (root.ns !== XLIFF20_NS && root.ns !== XLIFF12_NS)) throw new XliffError(["the root element is not <xliff> in the XLIFF 2.0 or 1.2 namespace"]);
  const version: XliffVersion = root.ns === XLIFF20_NS ? "2.0" : "1.2";
  if (root.attrs.version !== version) problems.push(`version="${root.attrs.version ?? ""}" does not match the namespace of XLIFF ${version}`);
  const ns = root.ns;
  let srcLang = root.attrs.srcLang ?? "";
  let trgLang = root.attrs.trgLang ?? "";
  const files: ParsedFile[] = [];
  const fileEls = childElements(root, ns, "file");
  if (!fileEls.length) problems.push("no <file>");
  const seenFiles = new Set<string>();
  for (const fileEl of fileEls) {
    const ref = fileRef(version === "2.0" ? fileEl.attrs.id : fileEl.attrs.original);
    if (!ref) {
      problems.push(`<file> (line ${fileEl.line}) does not name one of our records ("variant:<id>" or "debate:<id>")`);
      continue;
    }
    const key = `${ref.kind}:${ref.id}`;
    if (seenFiles.has(key)) problems.push(`${key} appears twice`);
    seenFiles.add(key);
    if (version === "1.2") {
      srcLang ||= fileEl.attrs["source-language"] ?? "";
      trgLang ||= fileEl.attrs["target-language"] ?? "";
      if ((fileEl.attrs["target-language"] ?? trgLang) !== trgLang) problems.push(`${key}: another target language than the first file's`);
    }
    const sourceVersion = Number(fileEl.attrs[`{${PP_NS}}sourceVersion`]);
    const unitEls =
      version === "2.0"
        ? collect(fileEl, ns, "unit")
        : (firstChild(fileEl, ns, "body") ? collect(firstChild(fileEl, ns, "body")!, ns, "trans-unit") : []);
    const units: ParsedUnit[] = [];
    const seenUnits = new Set<string>();
    for (const unitEl of unitEls) {
      const id = unitEl.attrs.id ?? "";
      const where = `${key} unit "${id}"`;
      if (!/^(title|summary|slug|subtitle|intro|b\d{1,5}|alt\d{1,5})$/.test(id)) {
        problems.push(`${where}: not a unit of ours`);
        continue;
      }
      if (seenUnits.has(id)) problems.push(`${where}: appears twice`);
      seenUnits.add(id);
      const data = new Map<string, string>();
      let sourceEl: XmlElement | undefined;
      let targetEl: XmlElement | undefined;
      let state: string | null = null;
      if (version === "2.0") {
        for (const d of childElements(firstChild(unitEl, ns, "originalData") ?? unitEl, ns, "data")) data.set(d.attrs.id ?? "", textOf(d));
        const segments = childElements(unitEl, ns, "segment");
        if (segments.length !== 1) {
          problems.push(`${where}: ${segments.length} segments (our units have one; do not split or join them)`);
          continue;
        }
        sourceEl = firstChild(segments[0]!, ns, "source");
        targetEl = firstChild(segments[0]!, ns, "target");
        state = segments[0]!.attrs.state ?? null;
      } else {
        sourceEl = firstChild(unitEl, ns, "source");
        targetEl = firstChild(unitEl, ns, "target");
        state = targetEl?.attrs.state ?? null;
      }
      if (!sourceEl) {
        problems.push(`${where}: no <source>`);
        continue;
      }
      const source = readInline(sourceEl, ns, version, data, where, problems);
      const rawTarget = targetEl ? readInline(targetEl, ns, version, data, where, problems) : null;
      const target = rawTarget && rawTarget.some((i) => i.kind !== "text" || i.text.trim()) ? alignCodes(source, rawTarget, where, problems) : null;
      units.push({ id, source, target, state });
    }
    files.push({ ...ref, sourceVersion: Number.isInteger(sourceVersion) && sourceVersion > 0 ? sourceVersion : null, sourceRevisionId: fileEl.attrs[`{${PP_NS}}sourceRevision`] ?? null, units });
  }
  if (!srcLang) problems.push("no source language (srcLang)");
  if (!trgLang) problems.push("no target language (trgLang)");
  if (problems.length) throw new XliffError(problems.slice(0, 50));
  return { version, srcLang, trgLang, files };
}

/** Units anywhere below `el` (XLIFF 2.0 groups, 1.2 groups). */
function collect(el: XmlElement, ns: string, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of childElements(el, ns)) {
    if (child.name === name) out.push(child);
    else if (child.name === "group") out.push(...collect(child, ns, name));
  }
  return out;
}
