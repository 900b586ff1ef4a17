import { describe, expect, it } from "vitest";
import { documentToPlainText, paragraphsToDocument } from "./document";
import { renderRichText } from "./render";
import { isSafeHref } from "./safe-url";
import { validateRichText } from "./schema";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const p = (...content: unknown[]) => ({ type: "paragraph", content });
const t = (text: string, marks?: unknown[]) => ({ type: "text", text, ...(marks ? { marks } : {}) });
const link = (href: string) => ({ type: "link", attrs: { href, target: null, rel: "noopener noreferrer nofollow" } });

describe("rich text validation", () => {
  it("accepts the nodes and marks the editor offers", () => {
    const body = doc(
      { type: "heading", attrs: { level: 2 }, content: [t("Title")] },
      p(t("bold", [{ type: "bold" }]), t(" and "), t("a link", [link("https://example.org/a?b=c")])),
      { type: "bulletList", content: [{ type: "listItem", content: [p(t("item"))] }] },
      { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [p(t("third"))] }] },
      { type: "blockquote", content: [p(t("quoted", [{ type: "italic" }]))] },
      { type: "horizontalRule" },
      { type: "image", attrs: { src: "/media/abc123.webp", alt: "A protest", title: null } },
      { type: "paragraph", attrs: { dir: "rtl" }, content: [t("نص عربي")] },
      p(t("mail me", [link("mailto:desk@example.org")])),
    );
    expect(validateRichText(body)).toMatchObject({ ok: true });
  });

  it.each([
    ["a script node", doc({ type: "script", content: [t("alert(1)")] })],
    ["a javascript: link", doc(p(t("x", [link("javascript:alert(1)")])))],
    ["a javascript: link hidden with a tab", doc(p(t("x", [link("java\tscript:alert(1)")])))],
    ["a data: link", doc(p(t("x", [link("data:text/html,<script>alert(1)</script>")])))],
    ["a vbscript: link", doc(p(t("x", [link("vbscript:msgbox(1)")])))],
    ["a protocol-relative image", doc({ type: "image", attrs: { src: "//evil.example/x.png" } })],
    ["a data: image", doc({ type: "image", attrs: { src: "data:image/svg+xml;base64,PHN2Zz4=" } })],
    ["an image from another host (not the media library)", doc({ type: "image", attrs: { src: "https://images.example.org/photo.jpg" } })],
    ["an onclick attribute", doc({ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [t("x")] })],
    ["an unknown mark", doc(p(t("x", [{ type: "code" }])))],
    ["a heading level 1", doc({ type: "heading", attrs: { level: 1 }, content: [t("x")] })],
    ["text directly in the document", doc(t("loose text"))],
    ["a paragraph in a paragraph", doc(p(p(t("x"))))],
    ["not a document", { type: "paragraph", content: [] }],
    ["a string", "<p>hello</p>"],
    ["extra keys on the document", { type: "doc", content: [], html: "<script>" }],
  ])("refuses %s", (_, body) => {
    expect(validateRichText(body).ok).toBe(false);
  });

  it("refuses deeply nested documents and oversized ones", () => {
    let node: unknown = p(t("deep"));
    for (let i = 0; i < 30; i++) node = { type: "bulletList", content: [{ type: "listItem", content: [node] }] };
    expect(validateRichText(doc(node))).toMatchObject({ ok: false, issues: [{ message: "tooDeep" }] });

    const huge = doc(...Array.from({ length: 200 }, () => p(t("x".repeat(5000)))));
    expect(validateRichText(huge)).toMatchObject({ ok: false, issues: [{ message: "tooLarge" }] });
  });

  it("judges link URLs strictly", () => {
    expect(isSafeHref("https://example.org")).toBe(true);
    expect(isSafeHref("http://example.org/path#x")).toBe(true);
    expect(isSafeHref("mailto:a@b.org")).toBe(true);
    for (const bad of ["javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "ftp://x.org", "/relative", "https://", "mailto:", "https://ex\u202Eample.org"]) {
      expect(isSafeHref(bad), bad).toBe(false);
    }
  });
});

describe("rich text rendering", () => {
  it("renders HTML with text escaped and direction kept per paragraph", () => {
    const html = renderRichText(
      doc(p(t("<script>alert(1)</script> & friends")), { type: "paragraph", attrs: { dir: "rtl" }, content: [t("مرحبا")] }),
    );
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends");
    expect(html).not.toContain("<script>");
    expect(html).toContain('dir="rtl"');
  });

  it("renders links with safe rel and never a javascript: href", () => {
    const html = renderRichText(doc(p(t("site", [link("https://example.org/?a=1&b=2")]))));
    expect(html).toContain('href="https://example.org/?a=1&amp;b=2"');
    expect(html).toContain("noopener");
    expect(() => renderRichText(doc(p(t("x", [link("javascript:alert(1)")]))))).toThrow(/unsafeLink/);
  });

  it("gives plain text block by block, for search and diffs", () => {
    expect(documentToPlainText(paragraphsToDocument(["One.", "Two."]))).toBe("One.\n\nTwo.");
  });
});
