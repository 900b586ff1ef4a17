import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { CONTENT_FORMAT, CONTENT_VERSION, type ContentExport } from "./format";

type Json = ContentExport["debates"][number]["translations"][number]["sourceSnapshot"];

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * All content as one JSON document (src/server/transfer/format.ts), in a
 * stable order (by id) so two exports of the same content are equal. Reads in
 * one repeatable-read transaction: a consistent picture while the app runs.
 */
export async function exportContent(db: PrismaClient, { now = new Date() } = {}): Promise<ContentExport> {
  return db.$transaction(
    async (tx) => {
      const users = await tx.user.findMany({ orderBy: { email: "asc" } });
      const emailOf = new Map(users.map((u) => [u.id, u.email]));
      const mentioned = new Set<string>();
      const staffRef = (userId: string | null) => {
        const email = userId ? (emailOf.get(userId) ?? null) : null;
        if (email) mentioned.add(email);
        return email;
      };

      const media = await tx.media.findMany({ orderBy: { id: "asc" }, include: { alts: { orderBy: { locale: "asc" } } } });
      const authors = await tx.author.findMany({ orderBy: { id: "asc" }, include: { bios: { orderBy: { locale: "asc" } } } });
      const debates = await tx.debate.findMany({ orderBy: { id: "asc" }, include: { translations: { orderBy: { locale: "asc" } } } });
      const works = await tx.article.findMany({
        orderBy: { id: "asc" },
        include: {
          authors: { orderBy: { position: "asc" } },
          variants: { orderBy: { locale: "asc" }, include: { revisions: { orderBy: { version: "asc" } } } },
        },
      });

      const content: Omit<ContentExport, "staff"> = {
        format: CONTENT_FORMAT,
        version: CONTENT_VERSION,
        exportedAt: iso(now),
        media: media.map((m) => ({
          id: m.id,
          storageKey: m.storageKey,
          originalName: m.originalName,
          mimeType: m.mimeType,
          size: m.size,
          width: m.width,
          height: m.height,
          credit: m.credit,
          uploadedBy: staffRef(m.uploadedById),
          createdAt: iso(m.createdAt),
          alts: m.alts.map((a) => ({ locale: a.locale, alt: a.alt })),
        })),
        authors: authors.map((a) => ({
          id: a.id,
          name: a.name,
          slug: a.slug,
          photoId: a.photoId,
          deletedAt: isoOrNull(a.deletedAt),
          createdAt: iso(a.createdAt),
          updatedAt: iso(a.updatedAt),
          bios: a.bios.map((b) => ({
            locale: b.locale,
            bio: b.bio,
            version: b.version,
            sourceVersion: b.sourceVersion,
            sourceSnapshot: (b.sourceSnapshot ?? null) as Json,
            updatedAt: iso(b.updatedAt),
          })),
        })),
        debates: debates.map((d) => ({
          id: d.id,
          status: d.status,
          sourceLocale: d.sourceLocale,
          heroImageId: d.heroImageId,
          heroCredit: d.heroCredit,
          publishedAt: isoOrNull(d.publishedAt),
          deletedAt: isoOrNull(d.deletedAt),
          createdAt: iso(d.createdAt),
          updatedAt: iso(d.updatedAt),
          translations: d.translations.map((t) => ({
            id: t.id,
            locale: t.locale,
            title: t.title,
            subtitle: t.subtitle,
            intro: t.intro,
            slug: t.slug,
            version: t.version,
            sourceVersion: t.sourceVersion,
            sourceSnapshot: (t.sourceSnapshot ?? null) as Json,
            createdAt: iso(t.createdAt),
            updatedAt: iso(t.updatedAt),
          })),
        })),
        works: works.map((w) => ({
          id: w.id,
          debateId: w.debateId,
          sourceLocale: w.sourceLocale,
          heroImageId: w.heroImageId,
          heroCredit: w.heroCredit,
          deletedAt: isoOrNull(w.deletedAt),
          createdAt: iso(w.createdAt),
          updatedAt: iso(w.updatedAt),
          authorIds: w.authors.map((a) => a.authorId),
          variants: w.variants.map((v) => ({
            id: v.id,
            locale: v.locale,
            title: v.title,
            slug: v.slug,
            summary: v.summary,
            body: v.body as ContentExport["works"][number]["variants"][number]["body"],
            status: v.status,
            publishAt: isoOrNull(v.publishAt),
            publishedAt: isoOrNull(v.publishedAt),
            version: v.version,
            contentVersion: v.contentVersion,
            sourceVersion: v.sourceVersion,
            sourceRevisionId: v.sourceRevisionId,
            translators: v.translators,
            createdAt: iso(v.createdAt),
            updatedAt: iso(v.updatedAt),
            revisions: v.revisions.map((r) => ({
              id: r.id,
              version: r.version,
              title: r.title,
              slug: r.slug,
              summary: r.summary,
              body: r.body as ContentExport["works"][number]["variants"][number]["body"],
              event: r.event,
              minorEdit: r.minorEdit,
              restoredFromId: r.restoredFromId,
              createdBy: staffRef(r.createdById),
              createdAt: iso(r.createdAt),
              savedAt: iso(r.savedAt),
            })),
          })),
        })),
      };
      // Only the accounts the content names (revision authors, uploaders): no passwords, no ids.
      const staff = users
        .filter((u) => mentioned.has(u.email))
        .map((u) => ({ email: u.email, name: u.name, role: u.role, locales: u.locales, canPublish: u.canPublish }));
      const { format, version, exportedAt, media: m, authors: a, debates: d, works: w } = content;
      return { format, version, exportedAt, staff, media: m, authors: a, debates: d, works: w };
    },
    { isolationLevel: "RepeatableRead", timeout: 120_000 },
  );
}
