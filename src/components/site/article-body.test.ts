import { describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { bodyRepeatsSummary } from "./article-body";

describe("an article body", () => {
  const summary = "International human rights NGOs are increasingly locating staff and offices in the global South. A recent …";

  it("that repeats the standfirst is not shown again", () => {
    expect(bodyRepeatsSummary(paragraphsToDocument([summary]), summary)).toBe(true);
    // Whitespace and the teaser's ellipsis do not make it different text.
    expect(bodyRepeatsSummary(paragraphsToDocument([`  ${summary.replace(" …", "")}\n`]), summary)).toBe(true);
    expect(bodyRepeatsSummary({ type: "doc", content: [] }, summary)).toBe(true);
  });

  it("with text of its own is shown", () => {
    expect(bodyRepeatsSummary(paragraphsToDocument([summary, "The full text is published by openGlobalRights."]), summary)).toBe(false);
    expect(bodyRepeatsSummary(paragraphsToDocument(["Editor’s note."]), summary)).toBe(false);
  });
});
