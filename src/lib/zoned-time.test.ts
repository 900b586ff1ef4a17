import { describe, expect, it } from "vitest";
import { dayBounds, instantToZonedTime, zonedTimeToInstant } from "./zoned-time";

describe("zoned wall-clock times", () => {
  it("converts a wall time in a zone to the instant", () => {
    expect(zonedTimeToInstant("2026-07-01T09:30", "Europe/Paris")).toEqual({ ok: true, instant: new Date("2026-07-01T07:30:00Z") });
    expect(zonedTimeToInstant("2026-01-15T09:30", "America/New_York")).toEqual({ ok: true, instant: new Date("2026-01-15T14:30:00Z") });
    expect(zonedTimeToInstant("2026-01-15T09:30", "UTC")).toEqual({ ok: true, instant: new Date("2026-01-15T09:30:00Z") });
    expect(zonedTimeToInstant("2026-04-10T12:00", "Asia/Jerusalem")).toEqual({ ok: true, instant: new Date("2026-04-10T09:00:00Z") });
  });

  it("refuses a time skipped by a daylight-saving change", () => {
    expect(zonedTimeToInstant("2026-03-29T02:30", "Europe/Paris")).toEqual({ ok: false, reason: "nonexistentTime" });
    expect(zonedTimeToInstant("2026-03-08T02:15", "America/New_York")).toEqual({ ok: false, reason: "nonexistentTime" });
  });

  it("takes the earlier instant of a repeated hour", () => {
    expect(zonedTimeToInstant("2026-10-25T02:30", "Europe/Paris")).toEqual({ ok: true, instant: new Date("2026-10-25T00:30:00Z") });
  });

  it.each([
    ["2026-02-30T10:00", "impossibleDate"],
    ["2026-13-01T10:00", "impossibleDate"],
    ["2026-01-01T24:30", "impossibleDate"],
    ["tomorrow", "malformed"],
    ["2026-01-01 10:00", "malformed"],
    ["", "malformed"],
  ])("refuses %j", (input, reason) => {
    expect(zonedTimeToInstant(input, "UTC")).toEqual({ ok: false, reason });
  });

  it("refuses an unknown time zone", () => {
    expect(zonedTimeToInstant("2026-01-01T10:00", "Mars/Olympus")).toEqual({ ok: false, reason: "unknownTimeZone" });
  });

  it("round-trips for the picker", () => {
    const instant = new Date("2026-11-28T21:05:00Z");
    expect(instantToZonedTime(instant, "Asia/Beirut")).toBe("2026-11-28T23:05");
    expect(zonedTimeToInstant(instantToZonedTime(instant, "Asia/Beirut"), "Asia/Beirut")).toEqual({ ok: true, instant });
  });

  it("gives the bounds of the day an instant falls on in a zone", () => {
    const instant = new Date("2026-12-05T01:30:00Z"); // still Dec 4 in São Paulo (UTC−3)
    expect(dayBounds(instant, "America/Sao_Paulo")).toEqual({ start: new Date("2026-12-04T03:00:00Z"), end: new Date("2026-12-05T03:00:00Z") });
    expect(dayBounds(instant, "UTC")).toEqual({ start: new Date("2026-12-05T00:00:00Z"), end: new Date("2026-12-06T00:00:00Z") });
    // A day with a clock change is 23 hours long.
    const paris = dayBounds(new Date("2026-03-29T12:00:00Z"), "Europe/Paris");
    expect(paris.end.getTime() - paris.start.getTime()).toBe(23 * 3600_000);
  });
});
