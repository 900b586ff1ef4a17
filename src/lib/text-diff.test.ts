import { describe, expect, it } from "vitest";
import { diffText, hasChanges } from "./text-diff";

const render = (before: string, after: string) =>
  diffText(before, after)
    .map((p) => (p.kind === "same" ? p.text : p.kind === "added" ? `[+${p.text}]` : `[-${p.text}]`))
    .join("");

describe("text diff", () => {
  it("marks the words that changed", () => {
    expect(render("The quick brown fox", "The slow brown fox")).toBe("The [-quick][+slow] brown fox");
  });

  it("aligns paragraphs and diffs inside the changed one", () => {
    const before = "First paragraph.\n\nSecond one here.\n\nThird.";
    const after = "First paragraph.\n\nSecond one there.\n\nThird.";
    expect(render(before, after)).toBe("First paragraph.\n\nSecond one [-here.][+there.]\n\nThird.");
  });

  it("handles added and removed paragraphs, and Arabic text", () => {
    expect(hasChanges(diffText("نص أول", "نص أول"))).toBe(false);
    expect(render("نص أول", "نص ثان")).toBe("نص [-أول][+ثان]");
    expect(render("A.", "A.\n\nB.")).toContain("[+B.");
  });
});
