import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { dayStart, decodeCursor, encodeCursor, searchAuditEvents } from "./search";
import { summarizeAuditData } from "./summary";

const uid = () => randomUUID().slice(0, 8);
let admin: Actor;
let other: Actor;
const type = `AuditTest${uid()}`;

async function makeUser(role: Actor["role"]): Promise<Actor> {
  const user = await db.user.create({ data: { email: `${uid()}@audit-search.test`, name: `${role} ${uid()}`, passwordHash: "x", role } });
  return { id: user.id, email: user.email, name: user.name, role, locales: [], canPublish: false };
}

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  other = await makeUser("EDITOR");
  // 7 events of one type over three days (UTC), two actors, several actions; two share a timestamp.
  const at = (iso: string) => new Date(iso);
  const rows = [
    { action: "debate.create", actorId: admin.id, createdAt: at("2030-01-01T10:00:00Z") },
    { action: "debate.publish", actorId: admin.id, createdAt: at("2030-01-01T23:30:00Z") },
    { action: "debate.publish", actorId: other.id, createdAt: at("2030-01-02T08:00:00Z") },
    { action: "author.create", actorId: other.id, createdAt: at("2030-01-02T08:00:00Z") },
    { action: "author.update", actorId: null, createdAt: at("2030-01-02T12:00:00Z") },
    { action: "debate.unpublish", actorId: admin.id, createdAt: at("2030-01-03T00:30:00Z") },
    { action: "debate.delete", actorId: other.id, createdAt: at("2030-01-03T09:00:00Z") },
  ];
  await db.auditEvent.createMany({ data: rows.map((r, i) => ({ ...r, entityType: type, entityId: `e${i}`, data: { n: i } })) });
});

describe("audit log search", () => {
  it("is for admins only", async () => {
    await expect(searchAuditEvents(other, { entityType: type })).rejects.toThrow(NotFoundError);
    await expect(searchAuditEvents(null, { entityType: type })).rejects.toThrow(NotFoundError);
  });

  it("filters by action (exact or a whole family), actor and entity type", async () => {
    const publish = await searchAuditEvents(admin, { entityType: type, action: "debate.publish" });
    expect(publish.events.map((e) => e.entityId)).toEqual(["e2", "e1"]);
    const debates = await searchAuditEvents(admin, { entityType: type, action: "debate" });
    expect(debates.events).toHaveLength(5);
    const byOther = await searchAuditEvents(admin, { entityType: type, actorId: other.id });
    expect(byOther.events.map((e) => e.entityId).sort()).toEqual(["e2", "e3", "e6"]);
    const byCommandLine = await searchAuditEvents(admin, { entityType: type, actorId: "none" });
    expect(byCommandLine.events.map((e) => e.entityId)).toEqual(["e4"]);
  });

  it("filters by days in the site's time zone, both ends included", async () => {
    const utc = await searchAuditEvents(admin, { entityType: type, from: "2030-01-02", to: "2030-01-02" }, { timeZone: "UTC" });
    expect(utc.events.map((e) => e.entityId).sort()).toEqual(["e2", "e3", "e4"]);
    // In New York (UTC−5) Jan 2 runs 05:00Z Jan 2 → 05:00Z Jan 3: e6 (00:30Z Jan 3) belongs to it.
    const ny = await searchAuditEvents(admin, { entityType: type, from: "2030-01-02", to: "2030-01-02" }, { timeZone: "America/New_York" });
    expect(ny.events.map((e) => e.entityId).sort()).toEqual(["e2", "e3", "e4", "e5"]);
    // Junk dates are ignored, not an error.
    const junk = await searchAuditEvents(admin, { entityType: type, from: "yesterday", to: "2030-13-45" });
    expect(junk.events).toHaveLength(7);
  });

  it("pages by keyset on (createdAt, id): no event lost or repeated, even with equal timestamps", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await searchAuditEvents(admin, { entityType: type, after }, { take: 2 });
      seen.push(...page.events.map((e) => e.entityId));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen.slice(0, 2)).toEqual(["e6", "e5"]);
    expect(seen.at(-1)).toBe("e0");
  });

  it("encodes cursors and day bounds safely", () => {
    const event = { createdAt: new Date("2030-01-01T00:00:00Z"), id: "abc" };
    expect(decodeCursor(encodeCursor(event))).toEqual(event);
    expect(decodeCursor("garbage")).toBeNull();
    expect(dayStart("2030-01-02", "Europe/Paris")?.toISOString()).toBe("2030-01-01T23:00:00.000Z");
    expect(dayStart("2030-01-02", "UTC", 1)?.toISOString()).toBe("2030-01-03T00:00:00.000Z");
  });

  it("summarizes data readably: before/after as changes, nested values flattened, long values cut", () => {
    expect(summarizeAuditData({ before: { name: "A", role: "EDITOR" }, after: { name: "B", role: "EDITOR" } })).toEqual([{ key: "name", value: "A → B" }]);
    expect(summarizeAuditData({ locale: "ar", slug: { before: "x", after: "y" }, changed: ["title", "intro"] })).toEqual([
      { key: "locale", value: "ar" },
      { key: "slug", value: "x → y" },
      { key: "changed", value: "title, intro" },
    ]);
    expect(summarizeAuditData({ text: "x".repeat(200) })[0]!.value).toHaveLength(80);
    expect(summarizeAuditData(null)).toEqual([]);
  });
});
