import { describe, expect, it } from "vitest";
import { parseHighlight } from "./highlight";

describe("parseHighlight", () => {
  it("splits marked text into plain and matched segments", () => {
    expect(parseHighlight("human \u0002rights\u0003 and \u0002rights\u0003")).toEqual([
      { text: "human ", match: false },
      { text: "rights", match: true },
      { text: " and ", match: false },
      { text: "rights", match: true },
    ]);
  });

  it("merges adjacent matches and drops empty segments", () => {
    expect(parseHighlight("\u0002human\u0003\u0002 rights\u0003")).toEqual([{ text: "human rights", match: true }]);
    expect(parseHighlight("")).toEqual([]);
  });

  it("keeps markup as plain text (React escapes it)", () => {
    expect(parseHighlight("<script>alert(1)</script> \u0002x\u0003")).toEqual([
      { text: "<script>alert(1)</script> ", match: false },
      { text: "x", match: true },
    ]);
  });
});
