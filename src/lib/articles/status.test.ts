import { describe, expect, it } from "vitest";
import { shownStatus } from "./status";

describe("the status staff are shown", () => {
  const now = new Date("2026-12-04T12:00:00Z");
  it("is published once a schedule's time has come", () => {
    expect(shownStatus({ status: "SCHEDULED", publishAt: new Date("2026-12-04T11:59:00Z") }, now)).toBe("PUBLISHED");
    expect(shownStatus({ status: "SCHEDULED", publishAt: "2026-12-04T12:00:00.000Z" }, now)).toBe("PUBLISHED");
  });
  it("stays scheduled before it, and leaves other statuses alone", () => {
    expect(shownStatus({ status: "SCHEDULED", publishAt: new Date("2026-12-04T12:01:00Z") }, now)).toBe("SCHEDULED");
    expect(shownStatus({ status: "DRAFT", publishAt: new Date("2026-12-01T00:00:00Z") }, now)).toBe("DRAFT");
    expect(shownStatus({ status: "ARCHIVED", publishAt: null }, now)).toBe("ARCHIVED");
  });
});
