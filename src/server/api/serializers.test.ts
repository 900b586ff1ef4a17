import { describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { uid } from "../../../test/support/actors";
import { db } from "../db";
import { articleVersionSchema, authorSchema, debateSchema, mediaSchema } from "./schemas";
import { serializeAuthor } from "./serialize-author";
import { serializeDebate } from "./serialize-debate";
import { serializeMedia } from "./serialize-media";
import { serializeVariant } from "./serialize-variant";

// The serializers the webhooks call: with `db` or inside the change's own
// transaction (they then see its uncommitted rows), their output always of the
// API's schemas.

const past = new Date(Date.now() - 60_000);

describe("the serializers", () => {
  it("see a transaction's own uncommitted change, and answer in the API's shapes", async () => {
    const key = uid();
    const media = await db.media.create({ data: { storageKey: `${key}aaaaaaaaaaaaaaaaaaaaaaaa.webp`, originalName: "x.webp", mimeType: "image/webp", size: 1, alts: { create: [{ locale: "ar", alt: "صورة" }] } } });
    const author = await db.author.create({ data: { name: "Nadia", slug: `nadia-${key}`, photoId: media.id, bios: { create: [{ locale: "ar", bio: "كاتبة" }] } } });
    const debate = await db.debate.create({ data: { status: "PUBLISHED", publishedAt: past, translations: { create: [{ locale: "en", title: "D", slug: `d-${key}` }] } } });
    const work = await db.article.create({
      data: {
        sourceLocale: "en",
        debateId: debate.id,
        authors: { create: [{ authorId: author.id, position: 0 }] },
        variants: { create: [{ locale: "en", title: "T", slug: `t-${key}`, body: paragraphsToDocument(["Hello"]), status: "DRAFT" }] },
      },
      include: { variants: true },
    });
    const id = work.variants[0]!.id;
    expect(await serializeVariant(db, id)).toBeNull();

    const inside = await db.$transaction(async (tx) => {
      await tx.articleVariant.update({ where: { id }, data: { status: "PUBLISHED", publishAt: past, publishedAt: past } });
      return serializeVariant(tx, id);
    });
    expect(articleVersionSchema.parse(inside)).toMatchObject({ id, status: "PUBLISHED", body: { html: "<p dir=\"auto\">Hello</p>" } });
    // The debate is shown in the source language when the version's has no translation.
    expect(inside!.debate).toMatchObject({ id: debate.id, locale: "en" });

    expect(debateSchema.parse(await serializeDebate(db, debate.id, "ar"))).toMatchObject({ locale: "en", title: "D", alternates: [] });
    expect(authorSchema.parse(await serializeAuthor(db, author.id, { locale: "ar" }))).toMatchObject({ bios: [{ locale: "ar", bio: "كاتبة" }], photo: { alt: "صورة" } });
    expect(mediaSchema.parse(await serializeMedia(db, media.id))).toMatchObject({ id: media.id, alts: [{ locale: "ar", alt: "صورة" }] });
  });
});
