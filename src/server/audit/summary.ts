import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// A readable line of an event's `data`: its leaves as "path: value", a
// before/after pair as "field: old → new". Long values are cut; the raw JSON
// stays in the database.

const MAX_VALUE = 80;
const MAX_ENTRIES = 8;

export interface SummaryEntry {
  key: string;
  value: string;
}

function show(value: Prisma.JsonValue | undefined): string {
  if (value === null || value === undefined) return "—";
  const text = typeof value === "string" ? value : Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null) ? value.join(", ") : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

const isObject = (v: Prisma.JsonValue | undefined): v is Prisma.JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

export function summarizeAuditData(data: Prisma.JsonValue | null): SummaryEntry[] {
  if (data === null || data === undefined) return [];
  if (!isObject(data)) return [{ key: "", value: show(data) }];
  const entries: SummaryEntry[] = [];
  const { before, after, ...rest } = data;
  if (isObject(before) || isObject(after)) {
    const b = isObject(before) ? before : {};
    const a = isObject(after) ? after : {};
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) entries.push({ key, value: `${show(b[key])} → ${show(a[key])}` });
    }
  }
  for (const [key, value] of Object.entries(rest)) {
    if (isObject(value) && ("before" in value || "after" in value)) entries.push({ key, value: `${show(value.before)} → ${show(value.after)}` });
    else if (isObject(value)) for (const [k, v] of Object.entries(value)) entries.push({ key: `${key}.${k}`, value: show(v) });
    else entries.push({ key, value: show(value) });
  }
  return entries.slice(0, MAX_ENTRIES);
}
