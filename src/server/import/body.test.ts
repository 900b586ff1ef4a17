import { describe, expect, it } from "vitest";
import { documentToPlainText } from "@/lib/rich-text/document";
import { validateRichText } from "@/lib/rich-text/schema";
import { convertBody } from "./body";
import { BodyNotes } from "./body-notes";

function convert(html: string, resolveImage: (src: string) => string | null = () => null) {
  const notes = new BodyNotes();
  const doc = convertBody(html, { notes, resolveImage });
  expect(validateRichText(doc).ok).toBe(true);
  return { doc, notes: notes.list.map((n) => `${n.kind}: ${n.what}`) };
}

describe("WordPress bodies → editor documents", () => {
  it("reads sloppy classic HTML: unclosed paragraphs and items, entities, nested lists", () => {
    const { doc } = convert("<p>One &amp; two&nbsp;&#8212; three<p>Second<ul><li>a<li>b<ul><li>b.1</ul></ul>");
    expect(doc.content.map((n) => n.type)).toEqual(["paragraph", "paragraph", "bulletList"]);
    expect(documentToPlainText(doc.content[0]!)).toBe("One & two\u00a0— three");
    const list = doc.content[2]!;
    expect(list.content!.length).toBe(2);
    expect(list.content![1]!.content!.map((n) => n.type)).toEqual(["paragraph", "bulletList"]);
  });

  it("strips every disguise of a script link and reports it", () => {
    const { doc, notes } = convert('<p><a href="java\tscript:alert(1)">a</a> <a href=" JAVASCRIPT:alert(1)">b</a> <a href="vbscript:x">c</a> <img src="data:image/png;base64,AAAA"></p><svg onload="alert(1)"></svg><style>p{}</style>');
    expect(JSON.stringify(doc)).not.toMatch(/script|data:|svg|onload/i);
    expect(documentToPlainText(doc)).toBe("a b c");
    expect(notes.filter((n) => n.startsWith("hostile")).length).toBeGreaterThanOrEqual(4);
  });

  it("keeps direction, links and marks; an image inside a paragraph splits it", () => {
    const { doc } = convert('<p dir="rtl">שלום <em>עולם</em><img src="https://old.example/wp-content/uploads/2024/01/a-150x150.jpg" alt="א">אחרי</p>', (src) => (src.includes("a-150x150") ? "/media/abc.jpg" : null));
    expect(doc.content.map((n) => n.type)).toEqual(["paragraph", "image", "paragraph"]);
    expect(doc.content[0]!.attrs).toEqual({ dir: "rtl" });
    expect(doc.content[1]!.attrs).toMatchObject({ src: "/media/abc.jpg", alt: "א" });
  });

  it("turns what the editor cannot hold into text or links, and lists it", () => {
    const { doc, notes } = convert('<!-- wp:gallery --><figure class="wp-block-gallery"><figure><img src="https://cdn.example/1.jpg" alt="one"/></figure></figure><!-- /wp:gallery --><!-- wp:code --><pre class="wp-block-code"><code>let x = 1;\nx++;</code></pre><!-- /wp:code --><!-- wp:acme/widget {"a":1} --><div>Widget text</div><!-- /wp:acme/widget -->');
    // The gallery's image is not in the uploads folder: not a library image, so a link to it (reported).
    expect(doc.content.map((n) => n.type)).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(JSON.stringify(doc.content[0])).toContain('"href":"https://cdn.example/1.jpg"');
    expect(notes).toEqual(expect.arrayContaining(["broken: image https://cdn.example/1.jpg"]));
    expect(documentToPlainText(doc)).toContain("let x = 1;\nx++;");
    expect(notes).toEqual(expect.arrayContaining(["converted: block core/gallery → its images", "converted: <pre> → paragraph", "converted: block acme/widget → its content"]));
  });

  it("falls back to plain paragraphs when nesting is deeper than the editor allows", () => {
    const deep = "<ul><li>".repeat(20) + "deep" + "</li></ul>".repeat(20);
    const { doc, notes } = convert(deep);
    expect(documentToPlainText(doc)).toBe("deep");
    expect(notes.some((n) => n.includes("plain paragraphs"))).toBe(true);
  });
});
