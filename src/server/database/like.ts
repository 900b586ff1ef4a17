// Text filters typed by staff (the dashboard's lists, pickers, the link search).
// Prisma's `contains` / `startsWith` hand their value to ILIKE as it is: "50%"
// found "50 higher", "_" any character, and "b\" found "ab%" (the backslash
// escaped the pattern's closing %).

/** `value` as literal text inside a LIKE pattern: \, % and _ escaped (backslash is LIKE's escape). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

/** A Prisma string filter: contains `value` as typed, ignoring case. */
export function containsText(value: string) {
  return { contains: escapeLike(value), mode: "insensitive" as const };
}

/** The ILIKE pattern of `containsText` for raw SQL. */
export function containsPattern(value: string): string {
  return `%${escapeLike(value)}%`;
}
