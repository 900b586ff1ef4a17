import { describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { versionView } from "./read-only";

const source = {
  locale: "en",
  title: "The hazards of going local",
  summary: "Why it is hard.",
  body: { type: "doc", content: [{ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "First part" }] }, ...paragraphsToDocument(["The <first> paragraph."]).content] },
};

describe("what the editor page shows of a version", () => {
  it("shows a translator the whole source text, read-only, as readers see it", () => {
    const view = versionView({ mayEdit: false, trashed: false, variant: source });
    if (view.mode !== "read") throw new Error("expected the read-only view");
    expect(view).toMatchObject({ reason: "notYourLanguage", locale: "en", dir: "ltr", title: source.title, summary: source.summary });
    expect(view.html).toMatch(/<h2[^>]*>First part<\/h2>/);
    // Rendered on the server and escaped, never the raw document.
    expect(view.html).toContain("The &lt;first&gt; paragraph.");
  });

  it("lays a right-to-left source out right to left", () => {
    const view = versionView({ mayEdit: false, trashed: false, variant: { ...source, locale: "ar", body: paragraphsToDocument(["نص المقال."]) } });
    expect(view).toMatchObject({ mode: "read", dir: "rtl" });
    expect(view.mode === "read" && view.html).toContain("نص المقال.");
  });

  it("gives the editor to someone who may edit, and the text read-only to everyone while the work is in the trash", () => {
    expect(versionView({ mayEdit: true, trashed: false, variant: source })).toEqual({ mode: "edit" });
    const trashed = versionView({ mayEdit: true, trashed: true, variant: source });
    expect(trashed).toMatchObject({ mode: "read", reason: "inTrash" });
    expect(trashed.mode === "read" && trashed.html).toContain("First part");
  });
});
