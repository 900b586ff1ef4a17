import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localeCodes } from "@/i18n/locales";

type Tree = { [key: string]: string | Tree };

const dir = path.dirname(new URL(import.meta.url).pathname);
const load = (locale: string) => JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8")) as Tree;

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

/** ICU arguments and rich-text tags a message uses ({count}, <authors>): translations must keep them. */
function placeholders(message: string): string[] {
  const args = [...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<([A-Za-z_][\w-]*)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...args, ...tags])].sort();
}

const source = flatten(load("en"));

describe("messages", () => {
  it("has a messages file for every configured locale, and no other", () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""));
    expect(files.sort()).toEqual([...localeCodes].sort());
  });

  describe.each(localeCodes.filter((l) => l !== "en"))("%s", (locale) => {
    const messages = flatten(load(locale));

    it("has every key of en.json and no stale ones", () => {
      expect([...messages.keys()].sort()).toEqual([...source.keys()].sort());
    });

    it("has no empty message", () => {
      expect([...messages].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
    });

    it("keeps the arguments and tags of each English message", () => {
      for (const [key, english] of source) {
        const translated = messages.get(key);
        if (translated === undefined) continue; // reported by the key test
        expect(placeholders(translated), `${locale}: ${key}`).toEqual(placeholders(english));
      }
    });
  });

  // A language name is a value ("العبرية", "English"): a preposition or an
  // article glued onto it ("بـ{language}", "ב{language}", "l’{language}")
  // yields "بـالعربية", "ב English" or "l’français". Such sentences are
  // written around it instead ("باللغة {language}", "בשפה: {language}").
  describe.each(localeCodes)("%s", (locale) => {
    it("glues no preposition onto a language name", () => {
      const glued = [...flatten(load(locale))].filter(([, message]) => /[\p{L}\p{M}\u0640'’]\{\s*(language|languages|locale|locales)\s*[,}]/u.test(message));
      expect(glued.map(([key, message]) => `${key}: ${message}`)).toEqual([]);
    });
  });
});
