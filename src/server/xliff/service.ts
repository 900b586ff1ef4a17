import "server-only";
import { z } from "zod";
import { isLocale, type Locale } from "@/i18n/locales";
import { saveVariantSchema } from "@/lib/articles/schemas";
import type { RichTextDocument } from "@/lib/rich-text/document";
import { slugify } from "@/lib/slug";
import { translationSkeleton } from "@/lib/translations/changes";
import { absoluteUrl, paths } from "@/lib/urls";
import { saveVariant } from "../articles/mutations";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor-type";
import type { ReaderChanges } from "../publishing/after-change";
import { db } from "../db";
import { saveDebateTranslation } from "../debates/mutations";
import { ForbiddenError, NotFoundError, parseInput, ValidationError } from "../errors";
import { assertCan, can } from "../permissions";
import { firstFreeSlug } from "../slugs";
import { startTranslation } from "../translations/translate";
import { type ParsedFile, type ParsedUnit, readXliff, writeXliff12, writeXliff20, XliffError, type XliffVersion } from "./format";
import { debateUnits, fillBody, type Inline, inlineText, type RecordUnits, sameSource, textBlocks, variantUnits } from "./units";

// Sending work out to a translation agency and bringing it back: a language
// version, several, or a whole debate (its texts and its articles) exported for
// one target language; the translated file imported into drafts (or pending
// changes of live versions), checked whole before anything is written.

const id = z.string().trim().min(1).max(40);
const exportSchema = z
  .object({
    variantIds: z.array(id).max(500).default([]),
    debateId: id.optional(),
    targetLocale: z.string().refine(isLocale, { message: "unknownLocale" }),
    version: z.enum(["2.0", "1.2"]).default("2.0"),
  })
  .refine((d) => d.variantIds.length > 0 || d.debateId, { message: "nothingToExport", path: ["variantIds"] });

export interface XliffExport {
  fileName: string;
  xml: string;
  sourceLocale: string;
  /** Language versions left out: in another source language than the rest. */
  skipped: string[];
}

/** The records of an export, as their source texts stand now. */
async function exportRecords(data: z.infer<typeof exportSchema>): Promise<{ records: RecordUnits[]; sourceLocale: string; skipped: string[]; name: string }> {
  const records: RecordUnits[] = [];
  let sourceLocale: string | undefined;
  let name = "articles";
  const variantIds = [...data.variantIds];
  if (data.debateId) {
    const debate = await db.debate.findUnique({
      where: { id: data.debateId },
      include: { translations: true, articles: { where: { deletedAt: null }, include: { variants: { select: { id: true, locale: true } } }, orderBy: { createdAt: "asc" } } },
    });
    if (!debate || debate.deletedAt) throw new NotFoundError("debate");
    sourceLocale = debate.sourceLocale;
    const source = debate.translations.find((t) => t.locale === debate.sourceLocale);
    if (source) {
      name = source.slug;
      records.push({
        kind: "debate",
        id: debate.id,
        sourceVersion: source.version,
        label: source.title,
        url: isLocale(source.locale) ? absoluteUrl(source.locale, paths.debate(source.slug)) : "",
        units: debateUnits(source),
      });
    }
    for (const article of debate.articles) {
      const v = article.variants.find((x) => x.locale === debate.sourceLocale);
      if (v) variantIds.push(v.id);
    }
  }
  const variants = await db.articleVariant.findMany({ where: { id: { in: variantIds }, article: { deletedAt: null } } });
  const heads = await db.revision.findMany({ where: { variantId: { in: variants.map((v) => v.id) }, pending: false }, orderBy: { version: "desc" }, distinct: ["variantId"], select: { id: true, variantId: true } });
  const skipped: string[] = [];
  for (const vid of [...new Set(variantIds)]) {
    const v = variants.find((x) => x.id === vid);
    if (!v) throw new NotFoundError("variant");
    sourceLocale ??= v.locale;
    if (v.locale !== sourceLocale || v.locale === data.targetLocale) {
      skipped.push(v.id);
      continue;
    }
    if (!data.debateId && records.length === 0) name = v.slug;
    records.push({
      kind: "variant",
      id: v.id,
      sourceVersion: v.version,
      sourceRevisionId: heads.find((h) => h.variantId === v.id)?.id,
      label: v.title,
      url: isLocale(v.locale) ? absoluteUrl(v.locale, paths.article(v.slug)) : "",
      units: variantUnits({ title: v.title, summary: v.summary, slug: v.slug, body: v.body as RichTextDocument }),
    });
  }
  return { records, sourceLocale: sourceLocale ?? "en", skipped, name };
}

/** Staff who may read drafts may export anything they can read. */
export async function exportXliff(actor: Actor | null, input: unknown): Promise<XliffExport> {
  assertCan(actor, "draft.read");
  const data = parseInput(exportSchema, input);
  const { records, sourceLocale, skipped, name } = await exportRecords(data);
  const langs = { srcLang: sourceLocale, trgLang: data.targetLocale };
  const xml = data.version === "2.0" ? writeXliff20(records, langs) : writeXliff12(records, langs);
  const safeName = (slugify(name) || "export").slice(0, 60);
  return { fileName: `${safeName}.${sourceLocale}-${data.targetLocale}${data.version === "1.2" ? ".xliff12" : ""}.xlf`, xml, sourceLocale, skipped };
}

export type UnitOutcome = "applied" | "untranslated" | "sourceChanged" | "unchanged";

export interface XliffImportReport {
  version: XliffVersion;
  sourceLocale: string;
  targetLocale: string;
  files: {
    kind: "variant" | "debate";
    /** The record the file was made from. */
    sourceId: string;
    /** The translation written: a variant id, or the debate's. */
    targetId: string;
    title: string;
    outcome: "created" | "updated" | "pending" | "unchanged";
    units: { id: string; outcome: UnitOutcome; words: number }[];
  }[];
}

/** XLIFF states that mean "not translated yet" (2.0: initial; 1.2: new, needs-translation). */
const UNTRANSLATED_STATES = new Set(["initial", "new", "needs-translation"]);

/** What to do with each unit, against the source as it is now. */
function unitPlan(file: ParsedFile, current: Map<string, Inline[]>) {
  return file.units.map((u: ParsedUnit) => {
    const now = current.get(u.id);
    const words = inlineText(u.source).split(/\s+/).filter(Boolean).length;
    if (!u.target || (u.state !== null && UNTRANSLATED_STATES.has(u.state))) return { unit: u, outcome: "untranslated" as const, words };
    // The source changed since the export (or the unit is gone): flagged, not applied over the new text.
    if (!now || !sameSource(u.source, now)) return { unit: u, outcome: "sourceChanged" as const, words };
    return { unit: u, outcome: "applied" as const, words };
  });
}

const applied = (plan: ReturnType<typeof unitPlan>, unitId: string) => plan.find((p) => p.unit.id === unitId && p.outcome === "applied")?.unit.target ?? null;
const textOfTarget = (plan: ReturnType<typeof unitPlan>, unitId: string) => {
  const target = applied(plan, unitId);
  return target === null ? null : inlineText(target).trim();
};

/**
 * Imports a translated XLIFF file: every problem of the file (not XML, not
 * ours, unknown units or inline codes, a target language the importer may not
 * write, a text the editor would refuse) refuses it whole, before anything is
 * written. Then per record: a new translation draft (following the source), or
 * the existing translation updated — as a pending change when it is live. Units
 * whose source changed since the export are flagged and not applied; the
 * translation then follows the exported version, so it shows as outdated.
 */
export async function importXliff(actor: Actor | null, text: unknown, { translator }: { translator?: string } = {}): Promise<XliffImportReport & ReaderChanges> {
  assertCan(actor, "dashboard.access");
  if (typeof text !== "string" || text.length > 5_000_000) throw new ValidationError([{ code: "custom", path: ["file"], message: "tooLarge", input: undefined }]);
  const parsed = readXliff(text);
  const target = parsed.trgLang;
  if (!isLocale(target)) throw new XliffError([`the target language "${target}" is not one of the site's`]);
  const problems: string[] = [];

  // Everything checked before the first write.
  const prepared: Array<() => Promise<XliffImportReport["files"][number]>> = [];
  const changedDebates: string[] = [];
  for (const file of parsed.files) {
    if (file.kind === "variant") {
      const source = await db.articleVariant.findUnique({ where: { id: file.id }, include: { article: { select: { deletedAt: true } } } });
      if (!source || source.article.deletedAt) {
        problems.push(`variant:${file.id}: no such language version`);
        continue;
      }
      if (source.locale !== parsed.srcLang) problems.push(`variant:${file.id}: its language is ${source.locale}, the file says ${parsed.srcLang}`);
      const existing = await db.articleVariant.findUnique({ where: { articleId_locale: { articleId: source.articleId, locale: target } } });
      if (!can(actor, existing ? "variant.edit" : "variant.create", { locale: target })) throw new ForbiddenError(existing ? "variant.edit" : "variant.create");
      const sourceBody = source.body as RichTextDocument;
      const current = new Map(variantUnits({ title: source.title, summary: source.summary, slug: source.slug, body: sourceBody }).map((u) => [u.id, u.source]));
      const plan = unitPlan(file, current);
      // The existing translation's blocks, when they line up with the source's, keep what the file does not translate.
      const base = existing && textBlocks(existing.body as RichTextDocument).length === textBlocks(sourceBody).length ? (existing.body as RichTextDocument) : translationSkeleton(sourceBody);
      const blocks = new Map<number, Inline[]>();
      const alts = new Map<number, string>();
      for (const p of plan) {
        if (p.outcome !== "applied") continue;
        const block = /^b(\d+)$/.exec(p.unit.id);
        const alt = /^alt(\d+)$/.exec(p.unit.id);
        if (block) blocks.set(Number(block[1]), p.unit.target!);
        if (alt) alts.set(Number(alt[1]), inlineText(p.unit.target!).trim());
      }
      const title = textOfTarget(plan, "title") ?? existing?.title ?? "";
      const slugText = textOfTarget(plan, "slug");
      const wanted = (slugText ? slugify(slugText) : "") || existing?.slug || slugify(title) || "";
      // Another article in the language has it: the first free one like it (the translator's choice stays recognisable).
      const slug = wanted
        ? await firstFreeSlug(wanted, "untitled", async (candidate) => {
            const owner = await db.articleVariant.findUnique({ where: { locale_slug: { locale: target, slug: candidate } }, select: { id: true } });
            return Boolean(owner && owner.id !== existing?.id);
          })
        : "";
      const text = {
        title,
        slug,
        summary: textOfTarget(plan, "summary") ?? existing?.summary ?? "",
        body: fillBody(base, blocks, alts),
        translators: translator ? [translator] : existing?.translators.length ? existing.translators : actor.name ? [actor.name] : [],
      };
      // As strict as the editor's save: a text it would refuse is a problem of the file.
      const check = saveVariantSchema.safeParse({ variantId: source.id, baseVersion: 1, ...text });
      if (!check.success) {
        for (const issue of check.error.issues.slice(0, 5)) problems.push(`variant:${file.id} ${issue.path.join(".")}: ${issue.message}`);
        continue;
      }
      const flagged = plan.some((p) => p.outcome === "sourceChanged");
      prepared.push(async () => {
        const variantId = existing?.id ?? (await startTranslation(actor, { sourceVariantId: source.id, locale: target })).variantId;
        const now = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } });
        const saved = await saveVariant(actor, { variantId, baseVersion: now.version, ...text });
        // What the translation follows: the source as it is when nothing in it changed since the export; else the exported version.
        const follows = flagged
          ? file.sourceVersion && file.sourceRevisionId
            ? { sourceVersion: file.sourceVersion, sourceRevisionId: file.sourceRevisionId }
            : null
          : {
              sourceVersion: source.version,
              sourceRevisionId: (await db.revision.findFirst({ where: { variantId: source.id, pending: false }, orderBy: { version: "desc" }, select: { id: true } }))?.id ?? null,
            };
        await db.$transaction(async (tx) => {
          if (follows && (await tx.revision.count({ where: { id: follows.sourceRevisionId ?? "", variantId: source.id } }))) await tx.articleVariant.update({ where: { id: variantId }, data: follows });
          await recordAudit(tx, {
            actor,
            action: "translation.xliff-import",
            entityType: "ArticleVariant",
            entityId: variantId,
            data: { locale: target, sourceVariantId: source.id, applied: plan.filter((p) => p.outcome === "applied").length, flagged: plan.filter((p) => p.outcome === "sourceChanged").map((p) => p.unit.id) },
          });
        });
        return {
          kind: "variant",
          sourceId: source.id,
          targetId: variantId,
          title: text.title || source.title,
          outcome: existing ? (saved.pending ? "pending" : "updated") : "created",
          units: plan.map((p) => ({ id: p.unit.id, outcome: p.outcome, words: p.words })),
        };
      });
    } else {
      const debate = await db.debate.findUnique({ where: { id: file.id }, include: { translations: true } });
      const source = debate?.translations.find((t) => t.locale === debate.sourceLocale);
      if (!debate || debate.deletedAt || !source) {
        problems.push(`debate:${file.id}: no such debate`);
        continue;
      }
      if (source.locale !== parsed.srcLang) problems.push(`debate:${file.id}: its language is ${source.locale}, the file says ${parsed.srcLang}`);
      if (!can(actor, "debate.translate", { locale: target })) throw new ForbiddenError("debate.translate");
      const existing = debate.translations.find((t) => t.locale === target);
      const plan = unitPlan(file, new Map(debateUnits(source).map((u) => [u.id, u.source])));
      const title = textOfTarget(plan, "title") ?? existing?.title ?? "";
      const slugText = textOfTarget(plan, "slug");
      const texts = {
        debateId: debate.id,
        locale: target,
        title,
        subtitle: textOfTarget(plan, "subtitle") ?? existing?.subtitle ?? "",
        intro: textOfTarget(plan, "intro") ?? existing?.intro ?? "",
        slug: (slugText ? slugify(slugText) : "") || existing?.slug || "",
      };
      if (!texts.title) {
        if (!plan.some((p) => p.outcome === "applied")) {
          prepared.push(async () => ({ kind: "debate", sourceId: debate.id, targetId: debate.id, title: source.title, outcome: "unchanged", units: plan.map((p) => ({ id: p.unit.id, outcome: p.outcome, words: p.words })) }));
          continue;
        }
        problems.push(`debate:${file.id} title: a debate's translation needs its title`);
        continue;
      }
      prepared.push(async () => {
        const saved = await saveDebateTranslation(actor, existing ? { ...texts, baseVersion: existing.version } : texts);
        if (saved.readerChanges) changedDebates.push(debate.id);
        return {
          kind: "debate",
          sourceId: debate.id,
          targetId: debate.id,
          title: texts.title,
          outcome: saved.pending ? "pending" : existing ? (saved.changed ? "updated" : "unchanged") : "created",
          units: plan.map((p) => ({ id: p.unit.id, outcome: p.outcome, words: p.words })),
        };
      });
    }
  }
  if (problems.length) throw new XliffError(problems.slice(0, 50));
  const files: XliffImportReport["files"] = [];
  for (const apply of prepared) files.push(await apply());
  // A public debate's texts saved by someone who may publish them are live at once; drafts and pending changes are not.
  const debateIds = [...new Set(changedDebates)];
  return { version: parsed.version, sourceLocale: parsed.srcLang, targetLocale: target as Locale, files, readerChanges: debateIds.length ? { debateIds } : null };
}


/** What the export form offers: the debates (by their source title), newest first. */
export async function xliffExportOptions(actor: Actor | null): Promise<{ debates: { id: string; title: string; sourceLocale: string }[] }> {
  assertCan(actor, "draft.read");
  const debates = await db.debate.findMany({ where: { deletedAt: null }, orderBy: { updatedAt: "desc" }, take: 200, include: { translations: { select: { locale: true, title: true } } } });
  return {
    debates: debates.map((d) => ({ id: d.id, sourceLocale: d.sourceLocale, title: d.translations.find((t) => t.locale === d.sourceLocale)?.title ?? d.translations[0]?.title ?? d.id })),
  };
}
