import { describe, expect, it } from "vitest";
import { documentImages, withImageAlt, type RichTextDocument } from "./document";

const doc: RichTextDocument = {
  type: "doc",
  content: [
    { type: "image", attrs: { src: "/media/a.png", alt: "First" } },
    { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "Quote" }] }] },
    { type: "image", attrs: { src: "/media/b.png", alt: null } },
  ],
};

describe("image descriptions of a document", () => {
  it("lists the images in reading order", () => {
    expect(documentImages(doc)).toEqual([
      { src: "/media/a.png", alt: "First" },
      { src: "/media/b.png", alt: "" },
    ]);
  });

  it("replaces one image's alt text and leaves the rest (and the original) as they were", () => {
    const changed = withImageAlt(doc, 1, "صورة ثانية");
    expect(documentImages(changed)).toEqual([
      { src: "/media/a.png", alt: "First" },
      { src: "/media/b.png", alt: "صورة ثانية" },
    ]);
    expect(changed.content[1]).toEqual(doc.content[1]);
    expect(documentImages(doc)[1]!.alt).toBe("");
  });
});
