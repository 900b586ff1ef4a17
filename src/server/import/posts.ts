import "server-only";
import { createHash } from "node:crypto";
import type { Locale } from "@/i18n/locales";
import type { RichTextDocument } from "@/lib/rich-text/document";
import { slugify } from "@/lib/slug";
import type { VariantStatus } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "../db";
import { freeSlug } from "../articles/variant-store";
import { BodyNotes } from "./body-notes";
import { convertBody } from "./body";
import { parseHtmlFragment } from "./html-tree";
import { textOf } from "./html-to-doc";
import type { ImportedMedia } from "./media";
import { mediaResolver } from "./media";
import { safeDecode } from "./people-and-debates";
import { redirectPaths } from "./redirects";
import type { ImportReport } from "./report";
import { coauthorSlug, type Scan, type Taxonomy } from "./scan";
import type { WxrItem } from "./wxr-reader";

// One translation group → one work with a version per language, in one
// transaction. What a group became is recorded per post (WordpressImportItem):
// a post whose converted content hashes the same as last time is left alone.

export interface PostContext {
  scan: Scan;
  taxonomy: Taxonomy;
  authors: Map<string, string>;
  debates: Map<string, string>;
  media: ImportedMedia;
  report: ImportReport;
  dryRun: boolean;
  defaultLocale: Locale;
}

interface Version {
  wpId: number;
  guid: string;
  locale: Locale;
  wpLanguage: string | null;
  title: string;
  slug: string;
  summary: string;
  body: RichTextDocument;
  status: VariantStatus;
  publishAt: Date | null;
  link: string;
  authorLogins: string[];
  debateSlug: string | null;
  heroAttachment: number | null;
  hash: string;
}

const MAX_TITLE = 300;
const MAX_SUMMARY = 1000;

function wpDate(value: string | undefined): Date | null {
  const v = (value ?? "").trim();
  if (!v || v.startsWith("0000")) return null;
  const d = new Date(`${v.replace(" ", "T")}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** WordPress statuses → ours. A scheduled post keeps its time; private posts are not shown to readers. */
function status(item: WxrItem, report: ImportReport): { status: VariantStatus; publishAt: Date | null } {
  const f = item.fields;
  const when = wpDate(f["wp:post_date_gmt"]) ?? wpDate(f["wp:post_date"]);
  switch ((f["wp:status"] ?? "").trim()) {
    case "publish":
      return { status: "PUBLISHED", publishAt: when ?? new Date() };
    case "future":
      return { status: "SCHEDULED", publishAt: when };
    case "pending":
      return { status: "IN_REVIEW", publishAt: null };
    case "private":
      report.note(`post ${f["wp:post_id"]}`, { kind: "converted", what: "private post → unpublished (archived)" });
      return { status: "ARCHIVED", publishAt: null };
    default:
      return { status: "DRAFT", publishAt: null };
  }
}

function toVersion(item: WxrItem, ctx: PostContext): Version {
  const f = item.fields;
  const wpId = Number(f["wp:post_id"]);
  const post = ctx.scan.posts.get(wpId)!;
  const notes = new BodyNotes();
  const body = convertBody(f["content:encoded"] ?? "", { notes, resolveImage: mediaResolver(ctx.media) });
  for (const note of notes.list) ctx.report.note(`post ${wpId}`, note);
  const title = (textOf({ type: "element", name: "t", attrs: {}, children: parseHtmlFragment(f.title ?? "") }).trim() || `Untitled ${wpId}`).slice(0, MAX_TITLE);
  const summary = parseHtmlFragment(f["excerpt:encoded"] ?? "").map(textOf).join("").replace(/\s+/g, " ").trim().slice(0, MAX_SUMMARY);
  const coauthors = item.categories.filter((c) => c.domain === "author").map((c) => coauthorSlug(c.nicename || c.name));
  const creator = (f["dc:creator"] ?? "").trim();
  const authorLogins = [...new Set(coauthors.length ? coauthors : creator ? [creator] : [])];
  const debateSlug = item.categories.find((c) => c.domain === ctx.taxonomy && ctx.debates.has(c.nicename))?.nicename ?? null;
  const thumb = Number(item.meta._thumbnail_id);
  const heroAttachment = Number.isSafeInteger(thumb) && thumb > 0 ? thumb : null;
  if (heroAttachment && !ctx.media.byAttachment.has(heroAttachment)) ctx.report.broken(`post ${wpId}: its featured image (attachment ${heroAttachment}) was not imported`);
  const { status: s, publishAt } = status(item, ctx.report);
  const slug = slugify(safeDecode(f["wp:post_name"] ?? "")) || slugify(title) || `post-${wpId}`;
  const version = {
    wpId,
    guid: post.guid,
    locale: post.locale,
    wpLanguage: post.wpLanguage,
    title,
    slug,
    summary,
    body,
    status: s,
    publishAt,
    link: (f.link ?? "").trim(),
    authorLogins,
    debateSlug,
    heroAttachment: heroAttachment && ctx.media.byAttachment.has(heroAttachment) ? heroAttachment : null,
  };
  const hash = createHash("sha256").update(JSON.stringify(version)).digest("hex");
  return { ...version, hash };
}

/** The group's source: WPML names it; otherwise the earliest post (the default locale's on a tie). */
function sourceOf(versions: Version[], ctx: PostContext): Version {
  const wpmlSource = versions.map((v) => ctx.scan.posts.get(v.wpId)!.wpmlSource).find(Boolean);
  const named = wpmlSource && versions.find((v) => v.wpLanguage === wpmlSource);
  if (named) return named;
  const noSource = versions.find((v) => ctx.scan.posts.get(v.wpId)!.group.startsWith("wpml:") && !ctx.scan.posts.get(v.wpId)!.wpmlSource);
  if (noSource) return noSource;
  return [...versions].sort((a, b) => {
    const da = ctx.scan.posts.get(a.wpId)!.date;
    const dbb = ctx.scan.posts.get(b.wpId)!.date;
    return da === dbb ? Number(b.locale === ctx.defaultLocale) - Number(a.locale === ctx.defaultLocale) : da < dbb ? -1 : 1;
  })[0]!;
}

export async function importGroup(items: WxrItem[], ctx: PostContext): Promise<void> {
  const { report, scan } = ctx;
  const versions = items.map((item) => toVersion(item, ctx));
  const source = sourceOf(versions, ctx);
  // The source first: translations follow its revision.
  versions.sort((a, b) => Number(b === source) - Number(a === source));
  report.group(versions.length);
  const mapped = await db.wordpressImportItem.findMany({ where: { site: scan.site, kind: "post", wpId: { in: versions.map((v) => v.wpId) } } });
  const mappedById = new Map(mapped.map((m) => [m.wpId, m]));
  if (versions.every((v) => mappedById.get(v.wpId)?.contentHash === v.hash)) {
    for (const v of versions) report.wrote("versions", v.locale, "unchanged");
    report.wrote("works", "-", "unchanged");
    return;
  }
  if (ctx.dryRun) {
    for (const v of versions) report.wrote("versions", v.locale, mappedById.has(v.wpId) ? "updated" : "created");
    report.wrote("works", "-", mapped.length ? "updated" : "created");
    return;
  }
  await db.$transaction(async (tx) => {
    const existing = await tx.articleVariant.findMany({ where: { id: { in: mapped.map((m) => m.targetId) } }, select: { id: true, articleId: true, locale: true, title: true, slug: true, summary: true, body: true, status: true, publishAt: true, version: true, contentVersion: true } });
    const variantOf = new Map(existing.map((e) => [e.id, e]));
    const articleId = existing[0]?.articleId ?? null;
    const hero = source.heroAttachment ? ctx.media.byAttachment.get(source.heroAttachment)! : null;
    const workData = {
      sourceLocale: source.locale,
      debateId: source.debateSlug ? ctx.debates.get(source.debateSlug)! : null,
      heroImageId: hero?.mediaId ?? null,
      heroCredit: hero?.caption || null,
    };
    const work = articleId ? await tx.article.update({ where: { id: articleId }, data: workData }) : await tx.article.create({ data: workData });
    report.wrote("works", "-", articleId ? "updated" : "created");
    // Ordered bylines: the source's, then any other language's extra authors.
    const authorIds = [...new Set(versions.flatMap((v) => v.authorLogins).map((l) => ctx.authors.get(l)).filter((id): id is string => !!id))];
    if (articleId) await tx.articleAuthor.deleteMany({ where: { articleId: work.id } });
    await tx.articleAuthor.createMany({ data: authorIds.map((authorId, position) => ({ articleId: work.id, authorId, position })) });

    let sourceVariant: { id: string; version: number; revisionId: string } | null = null;
    const newItems: Prisma.WordpressImportItemCreateManyInput[] = [];
    const redirects: { path: string; variantId: string }[] = [];
    for (const v of versions) {
      const previous = mappedById.get(v.wpId);
      const row = previous ? variantOf.get(previous.targetId) : undefined;
      const isSource = v === source;
      const follows = !isSource && sourceVariant ? { sourceVersion: sourceVariant.version, sourceRevisionId: sourceVariant.revisionId } : {};
      const publishedAt = v.status === "PUBLISHED" ? v.publishAt : null;
      let variantId: string;
      let version: number;
      let revisionId: string;
      if (!row) {
        const slug = await freeSlug(tx, v.locale, v.slug);
        const created = await tx.articleVariant.create({
          data: { articleId: work.id, locale: v.locale, title: v.title, slug, summary: v.summary, body: v.body as Prisma.InputJsonValue, status: v.status, publishAt: v.publishAt, publishedAt, ...follows },
        });
        const revision = await tx.revision.create({ data: { variantId: created.id, version: 1, title: v.title, slug, summary: v.summary, body: v.body as Prisma.InputJsonValue, event: "import" } });
        ({ id: variantId, version } = created);
        revisionId = revision.id;
        report.wrote("versions", v.locale, "created");
      } else if (previous!.contentHash === v.hash) {
        variantId = row.id;
        version = row.version;
        // Only a source's revision is needed (its translations follow it).
        revisionId = isSource ? ((await tx.revision.findFirst({ where: { variantId: row.id }, orderBy: { version: "desc" }, select: { id: true } }))?.id ?? "") : "";
        report.wrote("versions", v.locale, "unchanged");
      } else {
        const changed = [
          row.title !== v.title && "title",
          row.summary !== v.summary && "summary",
          stableJson(row.body) !== stableJson(v.body) && "body",
          (row.status !== v.status || row.publishAt?.getTime() !== v.publishAt?.getTime()) && "status",
        ].filter((c): c is string => !!c);
        const textChanged = changed.some((c) => c !== "status");
        const slug = row.slug === v.slug || row.slug.startsWith(`${v.slug}-`) ? row.slug : await freeSlug(tx, v.locale, v.slug);
        if (slug !== row.slug) changed.push("slug");
        const updated = await tx.articleVariant.update({
          where: { id: row.id },
          data: {
            // A post WordPress moved to another translation group moves to this work.
            articleId: work.id,
            title: v.title, slug, summary: v.summary, body: v.body as Prisma.InputJsonValue, status: v.status, publishAt: v.publishAt, publishedAt,
            version: { increment: 1 },
            ...(textChanged ? { contentVersion: row.version + 1 } : {}),
            ...(textChanged ? follows : {}),
          },
        });
        const revision = await tx.revision.create({ data: { variantId: row.id, version: updated.version, title: v.title, slug, summary: v.summary, body: v.body as Prisma.InputJsonValue, event: "import" } });
        ({ id: variantId, version } = updated);
        revisionId = revision.id;
        report.changes.push(`post ${v.wpId} (${v.locale}): ${changed.join(", ") || "bylines, debate or image"}`);
        report.wrote("versions", v.locale, "updated");
      }
      if (isSource) sourceVariant = { id: variantId, version, revisionId };
      if (previous) {
        if (previous.contentHash !== v.hash || previous.targetId !== variantId) {
          await tx.wordpressImportItem.update({ where: { site_kind_wpId: { site: scan.site, kind: "post", wpId: v.wpId } }, data: { targetId: variantId, contentHash: v.hash, guid: v.guid } });
        }
      } else newItems.push({ site: scan.site, kind: "post", wpId: v.wpId, guid: v.guid, targetId: variantId, contentHash: v.hash });
      redirects.push(...redirectPaths(v.link, scan.site, v.wpId, v.wpLanguage).map((path) => ({ path, variantId })));
    }
    // Batched: a group's new records and old URLs in two statements each, whatever its size.
    if (newItems.length) await tx.wordpressImportItem.createMany({ data: newItems });
    await writeRedirects(tx, redirects);
  });
}

/** Old URLs → their versions; a URL that pointed elsewhere (an earlier import) is re-pointed. */
async function writeRedirects(tx: Tx, redirects: { path: string; variantId: string }[]) {
  if (!redirects.length) return;
  const { count } = await tx.legacyRedirect.createMany({ data: redirects, skipDuplicates: true });
  if (count === redirects.length) return;
  const existing = await tx.legacyRedirect.findMany({ where: { path: { in: redirects.map((r) => r.path) } } });
  const wanted = new Map(redirects.map((r) => [r.path, r.variantId]));
  for (const row of existing) {
    const variantId = wanted.get(row.path)!;
    if (row.variantId !== variantId) await tx.legacyRedirect.update({ where: { path: row.path }, data: { variantId } });
  }
}

/** JSON with object keys sorted: Postgres' jsonb does not keep the order a document was written in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
}
