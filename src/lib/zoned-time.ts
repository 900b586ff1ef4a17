// Wall-clock times in a named time zone ↔ instants, without a date library.
// Used by the schedule picker (which shows the site's zone) and the server
// (which refuses impossible times rather than guessing).

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The wall-clock fields of an instant in a time zone. */
function wallClock(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

function asUtcMillis(f: ReturnType<typeof wallClock>): number {
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
}

export type ZonedParseResult =
  | { ok: true; instant: Date }
  | { ok: false; reason: "malformed" | "impossibleDate" | "nonexistentTime" | "unknownTimeZone" };

/**
 * "2026-03-29T02:30" in "Europe/Paris" → the instant, or why not: a malformed
 * string, a date that does not exist (Feb 30), or a wall time skipped by a
 * daylight-saving change. An ambiguous time (clocks going back) takes the
 * earlier instant, as calendars do.
 */
export function zonedTimeToInstant(local: string, timeZone: string): ZonedParseResult {
  const m = LOCAL_PATTERN.exec(local);
  if (!m) return { ok: false, reason: "malformed" };
  const [year, month, day, hour, minute, second = 0] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  const wanted = { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
  const probe = new Date(Date.UTC(wanted.year, wanted.month - 1, wanted.day, wanted.hour, wanted.minute, wanted.second));
  if (
    probe.getUTCFullYear() !== wanted.year ||
    probe.getUTCMonth() !== wanted.month - 1 ||
    probe.getUTCDate() !== wanted.day ||
    wanted.hour > 23 ||
    wanted.minute > 59 ||
    wanted.second > 59
  ) {
    return { ok: false, reason: "impossibleDate" };
  }
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    return { ok: false, reason: "unknownTimeZone" };
  }
  const target = asUtcMillis(wanted);
  // Offsets around the target: the two candidates cover both sides of a DST change.
  const candidates = [-1, 1]
    .map((side) => {
      const guess = new Date(target + side * 12 * 3600_000);
      const offset = asUtcMillis(wallClock(guess, timeZone)) - guess.getTime();
      return new Date(target - offset);
    })
    .filter((instant) => asUtcMillis(wallClock(instant, timeZone)) === target)
    .sort((a, b) => a.getTime() - b.getTime());
  return candidates.length ? { ok: true, instant: candidates[0]! } : { ok: false, reason: "nonexistentTime" };
}

/** An instant as "YYYY-MM-DDTHH:mm" in a time zone (the value of a datetime-local input). */
export function instantToZonedTime(instant: Date, timeZone: string): string {
  const f = wallClock(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}`;
}

/** The day an instant falls on in a time zone, as the instants it starts and ends at ("today" on the dashboard). */
export function dayBounds(instant: Date, timeZone: string): { start: Date; end: Date } {
  const day = instantToZonedTime(instant, timeZone).slice(0, 10);
  const [y, m, d] = day.split("-").map(Number);
  const next = new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
  // Midnight exists in nearly every zone; where a clock change skips it, the day starts an hour later.
  const at = (date: string) => {
    for (const time of ["00:00", "01:00"]) {
      const parsed = zonedTimeToInstant(`${date}T${time}`, timeZone);
      if (parsed.ok) return parsed.instant;
    }
    return new Date(`${date}T00:00:00Z`);
  };
  return { start: at(day), end: at(next) };
}
