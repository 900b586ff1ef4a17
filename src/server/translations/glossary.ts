import "server-only";
import { z } from "zod";
import { localeSchema } from "@/lib/articles/schemas";
import type { RichTextDocument } from "@/lib/rich-text/document";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { ConflictError, isUniqueViolation, NotFoundError, parseInput } from "../errors";
import { assertCan } from "../permissions";
import { checkBlocks } from "@/lib/translations/glossary-match";
import { inlineOf, inlineText, textBlocks } from "../xliff/units";

// The glossary of a language pair: terms of the source language and the
// translation each must have (or none: "do not translate"). Kept by editors and
// by the translators of the target language; used to show a translator the
// terms of a source paragraph, and to flag a translation that misses one.

const id = z.string().trim().min(1).max(40);
const termFields = {
  sourceLocale: localeSchema,
  targetLocale: localeSchema,
  term: z.string().trim().min(1).max(200),
  translation: z.string().trim().max(200).default(""),
  note: z.string().trim().max(1000).default(""),
  doNotTranslate: z.boolean().default(false),
};
const saveSchema = z.object({ id: id.optional(), ...termFields }).superRefine((d, ctx) => {
  if (d.sourceLocale === d.targetLocale) ctx.addIssue({ code: "custom", path: ["targetLocale"], message: "sameLocale" });
  if (!d.doNotTranslate && !d.translation) ctx.addIssue({ code: "custom", path: ["translation"], message: "required" });
});
const pairSchema = z.object({ sourceLocale: localeSchema, targetLocale: localeSchema });

export interface GlossaryEntry {
  id: string;
  term: string;
  translation: string;
  note: string;
  doNotTranslate: boolean;
}

export async function listGlossary(actor: Actor | null, input: unknown): Promise<GlossaryEntry[]> {
  assertCan(actor, "draft.read");
  const { sourceLocale, targetLocale } = parseInput(pairSchema, input);
  return db.glossaryTerm.findMany({
    where: { sourceLocale, targetLocale },
    orderBy: { term: "asc" },
    select: { id: true, term: true, translation: true, note: true, doNotTranslate: true },
  });
}

/** Adds a term, or changes one (by id): editors, and translators into the target language. */
export async function saveGlossaryTerm(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const data = parseInput(saveSchema, input);
  assertCan(actor, "variant.edit", { locale: data.targetLocale });
  const fields = { ...data, translation: data.doNotTranslate ? data.translation || data.term : data.translation };
  delete (fields as { id?: string }).id;
  try {
    return await db.$transaction(async (tx) => {
      const saved = data.id
        ? await tx.glossaryTerm.update({ where: { id: data.id }, data: fields }).catch(() => {
            throw new NotFoundError("glossaryTerm");
          })
        : await tx.glossaryTerm.create({ data: { ...fields, createdById: actor.id } });
      await recordAudit(tx, { actor, action: "glossary.save", entityType: "GlossaryTerm", entityId: saved.id, data: { sourceLocale: data.sourceLocale, targetLocale: data.targetLocale, term: data.term, translation: fields.translation } });
      return { id: saved.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("glossaryTermTaken");
    throw error;
  }
}

export async function deleteGlossaryTerm(actor: Actor | null, input: unknown): Promise<void> {
  const { id: termId } = parseInput(z.object({ id }), input);
  const term = await db.glossaryTerm.findUnique({ where: { id: termId } });
  if (!term) throw new NotFoundError("glossaryTerm");
  assertCan(actor, "variant.edit", { locale: term.targetLocale });
  await db.$transaction(async (tx) => {
    await tx.glossaryTerm.delete({ where: { id: termId } });
    await recordAudit(tx, { actor, action: "glossary.delete", entityType: "GlossaryTerm", entityId: termId, data: { term: term.term, targetLocale: term.targetLocale } });
  });
}

/**
 * A translation's glossary misses, block by block against the source text it
 * follows (block n with block n): what the editor flags before it is submitted.
 */
export async function glossaryMisses(actor: Actor | null, input: unknown): Promise<{ block: number; term: string; translation: string }[]> {
  assertCan(actor, "draft.read");
  const { variantId } = parseInput(z.object({ variantId: id }), input);
  const t = await db.articleVariant.findUnique({
    where: { id: variantId },
    select: { locale: true, body: true, title: true, sourceRevision: { select: { body: true, title: true, variant: { select: { locale: true } } } } },
  });
  if (!t) throw new NotFoundError("variant");
  if (!t.sourceRevision) return [];
  const terms = await db.glossaryTerm.findMany({ where: { sourceLocale: t.sourceRevision.variant.locale, targetLocale: t.locale } });
  if (!terms.length) return [];
  const sources = textBlocks(t.sourceRevision.body as RichTextDocument).map((b) => inlineText(inlineOf(b)));
  const targets = textBlocks(t.body as RichTextDocument).map((b) => inlineText(inlineOf(b)));
  const blocks = [{ source: t.sourceRevision.title, target: t.title }, ...sources.map((source, i) => ({ source, target: targets[i] ?? null }))];
  return checkBlocks(terms, blocks).flatMap((uses, block) => uses.filter((u) => u.missing).map((u) => ({ block, term: u.term, translation: u.translation })));
}

