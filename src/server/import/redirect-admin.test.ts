import { describe, expect, it } from "vitest";
import { makeActor, uid } from "../../../test/support/actors";
import { db } from "../db";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { legacyRedirectPath } from "../legacy-links";
import { addLegacyRedirect, deleteLegacyRedirect, listLegacyRedirects } from "./redirect-admin";

async function publishedVariant(locale: string, slug: string) {
  const article = await db.article.create({ data: { sourceLocale: locale } });
  return db.articleVariant.create({ data: { articleId: article.id, locale, title: `Title ${slug}`, slug, body: { type: "doc", content: [] }, status: "PUBLISHED", publishAt: new Date(), publishedAt: new Date() } });
}

describe("old URLs in the dashboard", () => {
  it("lets admins add, list and remove redirects (audited); nobody else", async () => {
    const admin = await makeActor("ADMIN");
    const editor = await makeActor("EDITOR");
    const slug = `moved-${uid()}`;
    const variant = await publishedVariant("fr", slug);
    const old = `/2019/01/old-${uid()}/`;

    await expect(addLegacyRedirect(editor, { oldUrl: old, target: `/fr/articles/${slug}` })).rejects.toThrow(ForbiddenError);
    await expect(listLegacyRedirects(editor)).rejects.toThrow(ForbiddenError);
    await expect(addLegacyRedirect(admin, { oldUrl: "/", target: `/fr/articles/${slug}` })).rejects.toThrow(ValidationError);
    await expect(addLegacyRedirect(admin, { oldUrl: old, target: "/fr/debates/x" })).rejects.toThrow(ValidationError);
    await expect(addLegacyRedirect(admin, { oldUrl: old, target: "/fr/articles/no-such-article" })).rejects.toThrow(NotFoundError);

    const { path } = await addLegacyRedirect(admin, { oldUrl: `https://old.example.org${old}`, target: `https://new.example.org/fr/articles/${slug}` });
    expect(path).toBe(old.replace(/\/$/, ""));
    expect(await legacyRedirectPath(old, null, new URLSearchParams())).toBe(`/fr/articles/${slug}`);
    const { rows } = await listLegacyRedirects(admin, { query: path });
    expect(rows).toEqual([{ path, target: `/fr/articles/${slug}`, title: variant.title }]);
    expect(await db.auditEvent.count({ where: { action: "redirect.create", entityId: path, actorId: admin.id } })).toBe(1);

    await expect(deleteLegacyRedirect(editor, { path })).rejects.toThrow(ForbiddenError);
    await deleteLegacyRedirect(admin, { path });
    expect(await legacyRedirectPath(old, null, new URLSearchParams())).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "redirect.delete", entityId: path } })).toBe(1);
    await expect(deleteLegacyRedirect(admin, { path })).rejects.toThrow(NotFoundError);
  });
});
