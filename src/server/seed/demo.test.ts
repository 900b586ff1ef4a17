import { describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/password";
import { db } from "../db";
import { getDebateArticles, getPublishedDebates } from "../debates/queries";
import { seedDemo } from "./demo";

describe("demo seed", () => {
  it("seeds the real debate with its 31 articles and ordered authors, idempotently", async () => {
    const first = await seedDemo(db, { accounts: true, password: "correct horse battery" });
    expect(first.createdArticles).toBe(31);
    expect(first.createdAccounts.map((a) => a.role).sort()).toEqual(["ADMIN", "EDITOR", "TRANSLATOR"]);

    const again = await seedDemo(db, { accounts: true });
    expect(again).toEqual({ createdArticles: 0, createdVariants: 0, createdAccounts: [] });

    const debate = (await getPublishedDebates("en", { take: 1000 })).find((d) => d.title === "Internationalizing Human Rights Organizations");
    expect(debate).toMatchObject({ subtitle: "Why, how, and at what cost?", heroCredit: "Sergey Nivens/Shutterstock" });

    const items = await getDebateArticles(debate!.id, "en");
    expect(items).toHaveLength(31);
    expect(items[0]!.title).toBe("The hazards of international NGOs going local");
    expect(items.at(-1)!.authors.map((a) => a.name)).toEqual(["James Ron", "Archana Pandya"]);
    const funding = items.find((i) => i.title === "Addressing systemic inequality in human rights funding")!;
    expect(funding.authors.map((a) => a.name)).toEqual(["Barbara Klugman", "Ravindran Daniel", "Denise Dora", "Maimouna Jallow"]);
    // "Español | Français | العربية" on the page: those language versions exist.
    const stanley = items.find((i) => i.authors[0]?.name === "Stanley Ibe")!;
    expect(stanley.languages.map((l) => l.locale).sort()).toEqual(["ar", "en", "es", "fr"]);

    // In Hebrew, the one Hebrew article is shown in Hebrew, the others are still listed.
    const hebrew = await getDebateArticles(debate!.id, "he");
    expect(hebrew).toHaveLength(31);
    expect(hebrew.filter((i) => i.inReaderLocale).map((i) => i.authors[0]?.name)).toEqual(["Jessica Montell"]);
  });

  it("stores staff passwords hashed, never in clear", async () => {
    await seedDemo(db, { accounts: true, password: "correct horse battery" });
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    expect(admin.passwordHash).not.toContain("correct horse battery");
    expect(await verifyPassword(admin.passwordHash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(admin.passwordHash, "wrong")).toBe(false);
  });
});
