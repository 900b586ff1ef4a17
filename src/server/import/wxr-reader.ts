import "server-only";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { SaxesParser, type SaxesTagPlain } from "saxes";

// A streaming reader of WordPress's export format (WXR: RSS 2.0 with the
// wp:, content:, excerpt: and dc: namespaces). The file is read in chunks and
// only the record being read is held: a 500 MB export needs the memory of its
// largest post, not of the file. Handlers are awaited between chunks, so a slow
// consumer (the database) slows the reading instead of letting records pile up.

export interface WxrCategoryRef {
  domain: string;
  nicename: string;
  name: string;
}

export interface WxrItem {
  /** Fields by element name ("title", "link", "wp:post_id", "content:encoded", …). */
  fields: Record<string, string>;
  categories: WxrCategoryRef[];
  meta: Record<string, string>;
  /** 1-based position in the file (for messages). */
  index: number;
}

export interface WxrAuthor {
  id: number;
  login: string;
  email: string;
  displayName: string;
}

export interface WxrTerm {
  id: number;
  /** category, post_tag, language, post_translations, term_translations, term_language, … */
  taxonomy: string;
  slug: string;
  name: string;
  parent: string;
  description: string;
}

export interface WxrHandlers {
  channel?: (fields: Record<string, string>) => void | Promise<void>;
  author?: (author: WxrAuthor) => void | Promise<void>;
  term?: (term: WxrTerm) => void | Promise<void>;
  item?: (item: WxrItem) => void | Promise<void>;
  /** Bytes read so far, of the file's size. */
  progress?: (read: number, total: number) => void;
}

/** The file is not a well-formed WXR export (nothing has been written). */
export class WxrFormatError extends Error {}

type Record_ = { kind: "item"; item: WxrItem } | { kind: "author" | "category" | "tag" | "term"; fields: Record<string, string> };

const RECORD_TAGS: Record<string, "author" | "category" | "tag" | "term"> = {
  "wp:author": "author",
  "wp:category": "category",
  "wp:tag": "tag",
  "wp:term": "term",
};

export async function readWxr(file: string, handlers: WxrHandlers): Promise<{ items: number }> {
  const total = (await stat(file)).size;
  const parser = new SaxesParser({ xmlns: false, position: true });
  const queue: (() => void | Promise<void>)[] = [];
  const channel: Record<string, string> = {};
  let channelSent = false;
  let sawRss = false;
  let items = 0;
  let record: Record_ | null = null;
  let meta: { key: string; value: string } | null = null;
  let category: WxrCategoryRef | null = null;
  /** The leaf element whose text is being collected, and its text. */
  let field: { name: string; text: string } | null = null;
  let depth = 0;
  let error: Error | null = null;

  const flushChannel = () => {
    if (channelSent) return;
    channelSent = true;
    const copy = { ...channel };
    if (handlers.channel) queue.push(() => handlers.channel!(copy));
  };

  parser.on("error", (e) => {
    error ??= new WxrFormatError(`The file is not well-formed XML: ${e.message}`);
  });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    depth++;
    const name = tag.name;
    if (depth === 1) {
      if (name !== "rss") error ??= new WxrFormatError(`This is not a WordPress export: the document is <${name}>, not <rss>.`);
      sawRss = true;
      return;
    }
    if (name === "item") {
      flushChannel();
      record = { kind: "item", item: { fields: {}, categories: [], meta: {}, index: ++items } };
      return;
    }
    if (name in RECORD_TAGS && !record) {
      record = { kind: RECORD_TAGS[name]!, fields: {} };
      return;
    }
    if (record?.kind === "item" && name === "wp:postmeta") {
      meta = { key: "", value: "" };
      return;
    }
    if (record?.kind === "item" && name === "category") {
      const attr = (n: string) => (typeof tag.attributes[n] === "string" ? (tag.attributes[n] as string) : "");
      category = { domain: attr("domain"), nicename: attr("nicename"), name: "" };
    }
    field = { name, text: "" };
  });
  const onText = (text: string) => {
    if (field) field.text += text;
    else if (category) category.name += text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    depth--;
    const name = tag.name;
    const current = record as Record_ | null;
    if (name === "item" && current?.kind === "item") {
      const item = current.item;
      if (handlers.item) queue.push(() => handlers.item!(item));
      record = null;
    } else if (current && current.kind !== "item" && RECORD_TAGS[name] === current.kind) {
      const done = current;
      record = null;
      queue.push(() => emitRecord(done.kind, done.fields, handlers));
    } else if (name === "wp:postmeta" && meta && current?.kind === "item") {
      current.item.meta[meta.key] = meta.value;
      meta = null;
    } else if (name === "category" && category && current?.kind === "item") {
      if (field) category.name = field.text;
      category.name = category.name.trim();
      current.item.categories.push(category);
      category = null;
      field = null;
    } else if (field && field.name === name) {
      if (meta) {
        if (name === "wp:meta_key") meta.key = field.text.trim();
        else if (name === "wp:meta_value") meta.value = field.text;
      } else if (current?.kind === "item") current.item.fields[name] = field.text;
      else if (current) current.fields[name] = field.text;
      else if (depth === 2) channel[name] = field.text;
      field = null;
    } else if (name === "channel") flushChannel();
  });

  let read = 0;
  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      read += Buffer.byteLength(chunk, "utf8");
      try {
        parser.write(chunk);
      } catch (e) {
        error ??= new WxrFormatError(`The file is not well-formed XML: ${(e as Error).message}`);
      }
      if (error) throw error;
      for (const task of queue.splice(0)) await task();
      handlers.progress?.(read, total);
    }
    try {
      parser.close();
    } catch (e) {
      error ??= new WxrFormatError(`The file is not well-formed XML: ${(e as Error).message}`);
    }
    if (error) throw error;
    if (!sawRss) throw new WxrFormatError("The file is empty or not XML.");
    flushChannel();
    for (const task of queue.splice(0)) await task();
  } finally {
    stream.destroy();
  }
  return { items };
}

function emitRecord(kind: "author" | "category" | "tag" | "term", f: Record<string, string>, handlers: WxrHandlers) {
  if (kind === "author") {
    return handlers.author?.({
      id: Number(f["wp:author_id"] ?? 0),
      login: (f["wp:author_login"] ?? "").trim(),
      email: (f["wp:author_email"] ?? "").trim(),
      displayName: (f["wp:author_display_name"] ?? "").trim(),
    });
  }
  const term: WxrTerm =
    kind === "category"
      ? { id: Number(f["wp:term_id"] ?? 0), taxonomy: "category", slug: f["wp:category_nicename"] ?? "", name: f["wp:cat_name"] ?? "", parent: f["wp:category_parent"] ?? "", description: f["wp:category_description"] ?? "" }
      : kind === "tag"
        ? { id: Number(f["wp:term_id"] ?? 0), taxonomy: "post_tag", slug: f["wp:tag_slug"] ?? "", name: f["wp:tag_name"] ?? "", parent: "", description: f["wp:tag_description"] ?? "" }
        : { id: Number(f["wp:term_id"] ?? 0), taxonomy: f["wp:term_taxonomy"] ?? "", slug: f["wp:term_slug"] ?? "", name: f["wp:term_name"] ?? "", parent: f["wp:term_parent"] ?? "", description: f["wp:term_description"] ?? "" };
  term.slug = term.slug.trim();
  term.name = term.name.trim();
  return handlers.term?.(term);
}
