import { describe, expect, it } from "vitest";
import { paragraphsToDocument, type RichTextDocument } from "@/lib/rich-text/document";
import { validateRichText } from "@/lib/rich-text/schema";
import { changedBlocks, changedFields, fieldChanges, sameDocument, translationSkeleton } from "./changes";

const text = (title: string, summary: string, ...paragraphs: string[]) => ({ title, summary, body: paragraphsToDocument(paragraphs) });

describe("field-level change detection", () => {
  it("names exactly the fields that changed", () => {
    const before = text("Rights", "A summary", "One.", "Two.");
    expect(changedFields(before, text("Rights", "A summary", "One.", "Two."))).toEqual([]);
    expect(changedFields(before, text("Rights!", "A summary", "One.", "Two."))).toEqual(["title"]);
    expect(changedFields(before, text("Rights", "Another summary", "One.", "Two."))).toEqual(["summary"]);
    expect(changedFields(before, text("Rights", "A summary", "One.", "Two, changed."))).toEqual(["body"]);
  });

  it("does not mistake a reordering of JSON keys (as Postgres stores them) for a change", () => {
    const a: RichTextDocument = { type: "doc", content: [{ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Hi", marks: [{ type: "bold" }] }] }] };
    const b = JSON.parse('{"content":[{"content":[{"marks":[{"type":"bold"}],"text":"Hi","type":"text"}],"attrs":{"level":2},"type":"heading"}],"type":"doc"}');
    expect(sameDocument(a, b)).toBe(true);
    expect(sameDocument(a, { ...b, content: [{ ...b.content[0], attrs: { level: 3 } }] })).toBe(false);
  });

  it("a formatting-only change counts as a body change", () => {
    const plain: RichTextDocument = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Word" }] }] };
    const bold: RichTextDocument = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Word", marks: [{ type: "bold" }] }] }] };
    expect(changedFields({ title: "", summary: "", body: plain }, { title: "", summary: "", body: bold })).toEqual(["body"]);
  });

  it("gives the word diff of each changed field", () => {
    const [change] = fieldChanges(text("t", "s", "The cat sat."), text("t", "s", "The dog sat."));
    expect(change!.field).toBe("body");
    expect(change!.parts).toEqual([
      { kind: "same", text: "The " },
      { kind: "removed", text: "cat" },
      { kind: "added", text: "dog" },
      { kind: "same", text: " sat." },
    ]);
  });
});

describe("changed blocks of the current source", () => {
  it("marks the edited and the inserted paragraphs, not the ones that only moved down", () => {
    const before = paragraphsToDocument(["First.", "Second.", "Third."]);
    const after = paragraphsToDocument(["First.", "Inserted.", "Second, edited.", "Third."]);
    expect(changedBlocks(before, after)).toEqual([1, 2]);
  });

  it("marks nothing when only a paragraph was deleted", () => {
    expect(changedBlocks(paragraphsToDocument(["A.", "B.", "C."]), paragraphsToDocument(["A.", "C."]))).toEqual([]);
  });
});

describe("the skeleton a translation starts from", () => {
  const source: RichTextDocument = {
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2, dir: "ltr" }, content: [{ type: "text", text: "Heading" }] },
      { type: "paragraph", content: [{ type: "text", text: "Hello " }, { type: "text", text: "world", marks: [{ type: "bold" }] }] },
      { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "item" }] }] }] },
      { type: "image", attrs: { src: "/media/abc.png", alt: "A photo" } },
      { type: "horizontalRule" },
    ],
  };

  it("keeps the structure, drops every word and the source's direction, and is a valid document", () => {
    const skeleton = translationSkeleton(source, (src) => (src === "/media/abc.png" ? "صورة" : undefined));
    expect(skeleton.content.map((n) => n.type)).toEqual(["heading", "paragraph", "bulletList", "image", "horizontalRule"]);
    expect(JSON.stringify(skeleton)).not.toMatch(/Hello|world|Heading|item|"dir"/);
    expect(skeleton.content[0]).toEqual({ type: "heading", attrs: { level: 2 } });
    expect(skeleton.content[3]!.attrs).toMatchObject({ src: "/media/abc.png", alt: "صورة" });
    expect(validateRichText(skeleton).ok).toBe(true);
  });

  it("keeps the source's alt text when the library has none in the target language", () => {
    expect(translationSkeleton(source).content[3]!.attrs).toMatchObject({ alt: "A photo" });
  });
});
