import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { LOCALES } from "@/i18n/locales";
import { db } from "../db";

describe("text-search configuration", () => {
  it.each(LOCALES.map((l) => [l.code, l.textSearch] as const))(
    "cms_search_config(%s) in the database is %s, as src/i18n/locales.ts says",
    async (code, textSearch) => {
      const [row] = await db.$queryRaw<{ config: string }[]>(Prisma.sql`SELECT cms_search_config(${code})::text AS config`);
      expect(row?.config).toBe(textSearch);
    },
  );

  it("falls back to simple for a locale the database does not know", async () => {
    const [row] = await db.$queryRaw<{ config: string }[]>(Prisma.sql`SELECT cms_search_config('xx')::text AS config`);
    expect(row?.config).toBe("simple");
  });
});
