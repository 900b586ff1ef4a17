import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "../auth/password";
import { type ContentExport, contentExportSchema } from "./format";

/** Why an import was refused (nothing was written). */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length ? `${message}\n${problems.map((p) => `  - ${p}`).join("\n")}` : message);
  }
}

export interface ImportReport {
  debates: number;
  works: number;
  variants: number;
  revisions: number;
  authors: number;
  media: number;
  /** Staff accounts the content names that did not exist: created disabled, without a usable password. */
  createdStaff: string[];
  /** Media files the content names that are not in the media folder (copy them there). */
  missingMediaFiles: string[];
}

const MAX_LISTED = 20;

/** Parses a file's text: JSON, then the format's schema, then its internal references. */
export function parseContentExport(text: string): ContentExport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`The file is not valid JSON: ${(error as Error).message}`);
  }
  const format = (raw as { format?: unknown } | null)?.format;
  const version = (raw as { version?: unknown } | null)?.version;
  if (format !== "polyglot-press-content") throw new ImportError('This is not a content export of this app (its "format" is not "polyglot-press-content").');
  if (version !== 1) throw new ImportError(`This export is format version ${String(version)}; this app reads version 1.`);
  const parsed = contentExportSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, MAX_LISTED).map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`);
    throw new ImportError(`The file does not match the content export format (${parsed.error.issues.length} problem(s)):`, problems);
  }
  const problems = referenceProblems(parsed.data);
  if (problems.length) throw new ImportError(`The file's references do not hold together (${problems.length} problem(s)):`, problems.slice(0, MAX_LISTED));
  return parsed.data;
}

/** Every id the file refers to is in the file, and what must be unique is. */
function referenceProblems(content: ContentExport): string[] {
  const problems: string[] = [];
  const unique = (what: string, values: string[]) => {
    const seen = new Set<string>();
    for (const v of values) {
      if (seen.has(v)) problems.push(`${what} ${v} appears twice`);
      seen.add(v);
    }
    return seen;
  };
  const staff = unique("staff email", content.staff.map((s) => s.email));
  const media = unique("media id", content.media.map((m) => m.id));
  unique("media storageKey", content.media.map((m) => m.storageKey));
  const authors = unique("author id", content.authors.map((a) => a.id));
  unique("author slug", content.authors.map((a) => a.slug));
  const debates = unique("debate id", content.debates.map((d) => d.id));
  unique("debate translation id", content.debates.flatMap((d) => d.translations.map((t) => t.id)));
  unique("debate slug", content.debates.flatMap((d) => d.translations.map((t) => `${t.locale}/${t.slug}`)));
  unique("work id", content.works.map((w) => w.id));
  const variants = content.works.flatMap((w) => w.variants);
  unique("language version id", variants.map((v) => v.id));
  unique("article slug", variants.map((v) => `${v.locale}/${v.slug}`));
  const revisions = unique("revision id", variants.flatMap((v) => v.revisions.map((r) => r.id)));
  const revisionWork = new Map(content.works.flatMap((w) => w.variants.flatMap((v) => v.revisions.map((r) => [r.id, { work: w.id, variant: v.id }] as const))));

  const ref = (where: string, kind: string, value: string | null, known: Set<string>) => {
    if (value !== null && !known.has(value)) problems.push(`${where}: ${kind} ${value} is not in the file`);
  };
  for (const m of content.media) {
    ref(`media ${m.id}`, "uploadedBy", m.uploadedBy, staff);
    unique(`media ${m.id} alt locale`, m.alts.map((a) => a.locale));
  }
  for (const a of content.authors) {
    ref(`author ${a.id}`, "photoId", a.photoId, media);
    unique(`author ${a.id} bio locale`, a.bios.map((b) => b.locale));
  }
  for (const d of content.debates) {
    ref(`debate ${d.id}`, "heroImageId", d.heroImageId, media);
    unique(`debate ${d.id} locale`, d.translations.map((t) => t.locale));
  }
  for (const w of content.works) {
    ref(`work ${w.id}`, "debateId", w.debateId, debates);
    ref(`work ${w.id}`, "heroImageId", w.heroImageId, media);
    for (const a of w.authorIds) ref(`work ${w.id}`, "authorId", a, authors);
    unique(`work ${w.id} author`, w.authorIds);
    unique(`work ${w.id} locale`, w.variants.map((v) => v.locale));
    for (const v of w.variants) {
      ref(`language version ${v.id}`, "sourceRevisionId", v.sourceRevisionId, revisions);
      if (v.sourceRevisionId && revisionWork.get(v.sourceRevisionId)?.work !== w.id) problems.push(`language version ${v.id}: its source revision belongs to another work`);
      unique(`language version ${v.id} revision version`, v.revisions.map((r) => String(r.version)));
      for (const r of v.revisions) {
        ref(`revision ${r.id}`, "createdBy", r.createdBy, staff);
        if (r.restoredFromId && revisionWork.get(r.restoredFromId)?.variant !== v.id) problems.push(`revision ${r.id}: restoredFromId ${r.restoredFromId} is not a revision of the same language version`);
      }
    }
  }
  return problems;
}

/** The object without the listed keys (nested lists the import writes separately). */
function without<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

const d = (value: string) => new Date(value);
const dn = (value: string | null) => (value === null ? null : new Date(value));
const j = (value: unknown) => value as Prisma.InputJsonValue;
const jn = (value: unknown) => (value === null ? undefined : (value as Prisma.InputJsonValue));

/**
 * Imports a parsed export into an instance that has no content yet (staff
 * accounts may exist), all in one transaction: on any error nothing is
 * written. Ids are kept; staff are matched by email, and the ones missing are
 * created disabled, with a random password nobody knows (an admin enables
 * them by setting one).
 */
export async function importContent(
  db: PrismaClient,
  content: ContentExport,
  { mediaFileExists }: { mediaFileExists?: (storageKey: string) => Promise<boolean> } = {},
): Promise<ImportReport> {
  const variants = content.works.flatMap((w) => w.variants.map((v) => ({ ...v, articleId: w.id })));
  const revisions = variants.flatMap((v) => v.revisions.map((r) => ({ ...r, variantId: v.id })));
  // Hashed before the transaction: argon2 is slow on purpose.
  const unusable = await hashPassword(randomBytes(32).toString("base64url"));

  const createdStaff = await db.$transaction(
    async (tx) => {
      const [debates, articles, authors, media] = [await tx.debate.count(), await tx.article.count(), await tx.author.count(), await tx.media.count()];
      if (debates + articles + authors + media > 0) {
        throw new ImportError(
          `This instance already has content (${debates} debates, ${articles} works, ${authors} authors, ${media} media): ` +
            "import only goes into an empty one. Nothing was changed.",
        );
      }
      const userIds = new Map<string, string>();
      const created: string[] = [];
      for (const s of content.staff) {
        const existing = await tx.user.findUnique({ where: { email: s.email } });
        const user = existing ?? (await tx.user.create({ data: { ...s, passwordHash: unusable, disabledAt: new Date() } }));
        if (!existing) created.push(s.email);
        userIds.set(s.email, user.id);
      }
      const userId = (email: string | null) => (email ? userIds.get(email)! : null);

      await tx.media.createMany({
        data: content.media.map(({ uploadedBy, createdAt, ...m }) => ({ ...without(m, "alts"), uploadedById: userId(uploadedBy), createdAt: d(createdAt) })),
      });
      await tx.mediaAlt.createMany({ data: content.media.flatMap((m) => m.alts.map((a) => ({ mediaId: m.id, ...a }))) });
      await tx.author.createMany({
        data: content.authors.map(({ deletedAt, createdAt, updatedAt, ...a }) => ({ ...without(a, "bios"), deletedAt: dn(deletedAt), createdAt: d(createdAt), updatedAt: d(updatedAt) })),
      });
      await tx.authorBio.createMany({
        data: content.authors.flatMap((a) =>
          a.bios.map(({ sourceSnapshot, updatedAt, ...b }) => ({ ...b, authorId: a.id, sourceSnapshot: jn(sourceSnapshot), updatedAt: d(updatedAt) })),
        ),
      });
      await tx.debate.createMany({
        data: content.debates.map(({ publishedAt, deletedAt, createdAt, updatedAt, ...x }) => ({
          ...without(x, "translations"),
          publishedAt: dn(publishedAt),
          deletedAt: dn(deletedAt),
          createdAt: d(createdAt),
          updatedAt: d(updatedAt),
        })),
      });
      await tx.debateTranslation.createMany({
        data: content.debates.flatMap((x) =>
          x.translations.map(({ sourceSnapshot, createdAt, updatedAt, ...t }) => ({ ...t, debateId: x.id, sourceSnapshot: jn(sourceSnapshot), createdAt: d(createdAt), updatedAt: d(updatedAt) })),
        ),
      });
      await tx.article.createMany({
        data: content.works.map(({ deletedAt, createdAt, updatedAt, ...w }) => ({
          ...without(w, "authorIds", "variants"),
          deletedAt: dn(deletedAt),
          createdAt: d(createdAt),
          updatedAt: d(updatedAt),
        })),
      });
      await tx.articleAuthor.createMany({ data: content.works.flatMap((w) => w.authorIds.map((authorId, position) => ({ articleId: w.id, authorId, position }))) });
      // Variants first without their source revision (a revision belongs to a variant, and a
      // variant may follow another variant's revision), then the links.
      await tx.articleVariant.createMany({
        data: variants.map(({ body, publishAt, publishedAt, createdAt, updatedAt, ...v }) => ({
          ...without(v, "revisions", "sourceRevisionId"),
          body: j(body),
          publishAt: dn(publishAt),
          publishedAt: dn(publishedAt),
          createdAt: d(createdAt),
          updatedAt: d(updatedAt),
        })),
      });
      await tx.revision.createMany({
        data: revisions.map(({ createdBy, body, createdAt, savedAt, ...r }) => ({ ...r, body: j(body), createdById: userId(createdBy), createdAt: d(createdAt), savedAt: d(savedAt) })),
      });
      for (const v of variants) {
        // updatedAt is given again: Prisma would otherwise stamp the time of this update.
        if (v.sourceRevisionId) await tx.articleVariant.update({ where: { id: v.id }, data: { sourceRevisionId: v.sourceRevisionId, updatedAt: d(v.updatedAt) } });
      }
      await tx.auditEvent.create({
        data: {
          action: "content.import",
          entityType: "Instance",
          entityId: "content",
          data: { via: "content:import", exportedAt: content.exportedAt, works: content.works.length, variants: variants.length, createdStaff: created },
        },
      });
      return created;
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );

  const missingMediaFiles: string[] = [];
  if (mediaFileExists) for (const m of content.media) if (!(await mediaFileExists(m.storageKey))) missingMediaFiles.push(m.storageKey);
  return {
    debates: content.debates.length,
    works: content.works.length,
    variants: variants.length,
    revisions: revisions.length,
    authors: content.authors.length,
    media: content.media.length,
    createdStaff,
    missingMediaFiles,
  };
}
