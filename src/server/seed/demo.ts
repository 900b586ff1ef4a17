import "server-only";
import { randomBytes } from "node:crypto";
import type { Role } from "@/generated/prisma/enums";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { RichTextDocument } from "@/lib/rich-text/document";
import { slugify } from "@/lib/slug";
import { demoImages } from "../../../prisma/seed/data/demo-notes";
import { articles, debate, type SeedLocale } from "../../../prisma/seed/data/internationalizing-human-rights";
import { staffArticle, staffAuthor } from "../../../prisma/seed/data/staff-article";
import { mediaFileExists, writeMediaFile } from "../media/storage";
import { hashPassword } from "../auth/password";
import { editorsNoteDocument, markdownToDocument } from "./demo-documents";

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  locales: string[];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@example.com", name: "Ada Admin", role: "ADMIN", locales: [] },
  { email: "editor@example.com", name: "Eddie Editor", role: "EDITOR", locales: [] },
  { email: "translator@example.com", name: "Tamar Translator", role: "TRANSLATOR", locales: ["ar", "he"] },
];

export interface SeedReport {
  createdArticles: number;
  createdVariants: number;
  /** Accounts created by this run, with their one-time passwords. */
  createdAccounts: { email: string; role: Role; password: string }[];
}

/** The page shows teasers cut mid-sentence; the summary says so rather than ending abruptly. */
const completeSummary = (summary: string, wasCut: boolean) => (wasCut ? `${summary} …` : summary);
const isCut = (englishSummary: string) => !/[.?!”"]$/.test(englishSummary.trim());

/** Noon UTC, so the date is the same in every timezone a site is likely to use. */
const publicationTime = (date: string) => new Date(`${date}T12:00:00Z`);

/**
 * Seeds the demo debate (idempotent: what exists is left as editors left it).
 * Staff accounts are created only when `accounts` is set; their passwords are
 * `password` when given, otherwise random, and returned once.
 */
export async function seedDemo(
  db: PrismaClient,
  { accounts = false, password }: { accounts?: boolean; password?: string } = {},
): Promise<SeedReport> {
  const report: SeedReport = { createdArticles: 0, createdVariants: 0, createdAccounts: [] };

  const heroId = await ensureDemoImage(db, "debateHero");
  await ensureDemoImage(db, "articleFigure");

  if (accounts) {
    for (const account of DEMO_ACCOUNTS) {
      if (await db.user.findUnique({ where: { email: account.email } })) continue;
      const plain = password ?? randomBytes(9).toString("base64url");
      await db.user.create({ data: { ...account, passwordHash: await hashPassword(plain) } });
      report.createdAccounts.push({ email: account.email, role: account.role, password: plain });
    }
  }

  await db.$transaction(
    async (tx) => {
      const en = debate.translations.en;
      const debateSlug = slugify(en.title);
      const existing = await tx.debateTranslation.findUnique({
        where: { locale_slug: { locale: "en", slug: debateSlug } },
      });
      const debateId =
        existing?.debateId ??
        (
          await tx.debate.create({
            data: {
              status: "PUBLISHED",
              sourceLocale: "en",
              // The credit line under it is the image's own (ours, generated for the demo).
              heroImageId: heroId,
              publishedAt: publicationTime(articles.at(-1)!.date),
              translations: {
                create: Object.entries(debate.translations).map(([locale, t]) => ({
                  locale,
                  ...t,
                  slug: slugify(t.title),
                  sourceVersion: locale === "en" ? null : 1,
                })),
              },
            },
          })
        ).id;

      const authorIds = new Map<string, string>();
      for (const name of new Set(articles.flatMap((a) => a.authors))) {
        const author = await tx.author.upsert({
          where: { slug: slugify(name) },
          update: {},
          create: { name, slug: slugify(name) },
        });
        authorIds.set(name, author.id);
      }

      for (const seed of articles) {
        const enSlug = slugify(seed.variants.en.title);
        if (await tx.articleVariant.findUnique({ where: { locale_slug: { locale: "en", slug: enSlug } } })) continue;

        const publishedAt = publicationTime(seed.date);
        const article = await tx.article.create({
          data: {
            debateId,
            sourceLocale: "en",
            authors: { create: seed.authors.map((name, position) => ({ authorId: authorIds.get(name)!, position })) },
          },
        });
        report.createdArticles++;

        await createPublishedVersions(
          tx,
          article.id,
          publishedAt,
          Object.entries(seed.variants).map(([locale, text]) => ({
            locale,
            title: text.title,
            summary: completeSummary(text.summary, isCut(seed.variants.en.summary)),
            // We have the teaser only: it is the standfirst, and the body says so and where the full text is.
            body: editorsNoteDocument(locale as SeedLocale, seed.authors, enSlug),
          })),
          report,
        );
      }

      await seedStaffArticle(tx, debateId, heroId, report);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );

  return report;
}

type DemoImage = keyof typeof demoImages;

/**
 * A demo image in the media library (a fixed storage key, so a second run finds
 * it), its file copied from public/demo into the media folder when missing.
 */
async function ensureDemoImage(db: PrismaClient, name: DemoImage): Promise<string> {
  const image = demoImages[name];
  const bytes = await readFile(path.join(/* turbopackIgnore: true */ process.cwd(), image.file));
  if (!(await mediaFileExists(image.storageKey))) await writeMediaFile(image.storageKey, bytes);
  const existing = await db.media.findUnique({ where: { storageKey: image.storageKey }, select: { id: true } });
  if (existing) return existing.id;
  const alts = name === "debateHero" ? demoImages.debateHero.alts : staffAlts();
  const media = await db.media.create({
    data: {
      storageKey: image.storageKey,
      originalName: path.basename(image.file),
      mimeType: "image/webp",
      size: bytes.byteLength,
      width: image.width,
      height: image.height,
      credit: image.credit,
      alts: { create: Object.entries(alts).map(([locale, alt]) => ({ locale, alt })) },
    },
  });
  return media.id;
}

const staffAlts = () => Object.fromEntries(Object.entries(staffArticle.variants).map(([locale, v]) => [locale, v.figureAlt]));

/** The one complete article, by a fictional staff author, in English, Arabic and Hebrew. */
async function seedStaffArticle(tx: Prisma.TransactionClient, debateId: string, heroId: string, report: SeedReport): Promise<void> {
  const en = staffArticle.variants.en;
  if (await tx.articleVariant.findUnique({ where: { locale_slug: { locale: "en", slug: slugify(en.title) } } })) return;

  const author = await tx.author.upsert({
    where: { slug: slugify(staffAuthor.name) },
    update: {},
    create: {
      name: staffAuthor.name,
      slug: slugify(staffAuthor.name),
      bios: {
        create: Object.entries(staffAuthor.bios).map(([locale, bio]) => ({ locale, bio, sourceVersion: locale === "en" ? null : 1 })),
      },
    },
  });
  const figure = demoImages.articleFigure;
  const publishedAt = publicationTime(staffArticle.date);
  const article = await tx.article.create({
    data: { debateId, sourceLocale: "en", heroImageId: heroId, authors: { create: [{ authorId: author.id, position: 0 }] } },
  });
  report.createdArticles++;

  await createPublishedVersions(
    tx,
    article.id,
    publishedAt,
    Object.entries(staffArticle.variants).map(([locale, text]) => ({
      locale,
      title: text.title,
      summary: text.summary,
      body: markdownToDocument(text.body, { storageKey: figure.storageKey, alt: text.figureAlt, width: figure.width, height: figure.height }),
    })),
    report,
  );
}

/**
 * A work's published language versions, each with its first revision; the English
 * source first, so that the translations record the source revision they follow.
 */
async function createPublishedVersions(
  tx: Prisma.TransactionClient,
  articleId: string,
  publishedAt: Date,
  versions: { locale: string; title: string; summary: string; body: RichTextDocument }[],
  report: SeedReport,
): Promise<void> {
  let sourceRevisionId: string | null = null;
  for (const v of [...versions].sort((a, b) => (a.locale === "en" ? -1 : b.locale === "en" ? 1 : 0))) {
    const slug = slugify(v.title);
    const variant: { revisions: { id: string }[] } = await tx.articleVariant.create({
      data: {
        articleId,
        locale: v.locale,
        title: v.title,
        slug,
        summary: v.summary,
        body: v.body as unknown as Prisma.InputJsonValue,
        status: "PUBLISHED",
        publishAt: publishedAt,
        publishedAt,
        sourceRevisionId: v.locale === "en" ? null : sourceRevisionId,
        sourceVersion: v.locale === "en" ? null : 1,
        revisions: { create: { version: 1, title: v.title, slug, summary: v.summary, body: v.body as unknown as Prisma.InputJsonValue, event: "create" } },
      },
      include: { revisions: true },
    });
    if (v.locale === "en") sourceRevisionId = variant.revisions[0]!.id;
    report.createdVariants++;
  }
}
