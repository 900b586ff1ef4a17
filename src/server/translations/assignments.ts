import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { localeSchema } from "@/lib/articles/schemas";
import { documentToPlainText, type RichTextDocument } from "@/lib/rich-text/document";
import { diffText } from "@/lib/text-diff";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { NotFoundError, parseInput, ValidationError } from "../errors";
import { assertCan, can } from "../permissions";

// Assignments: an editor gives a translation (a work's version in a language,
// to make or to bring up to date) to a staff member, with a due date and a
// note. The assignee is notified in the dashboard; their queue shows what is
// theirs first, with due dates and word counts; editors see each language's
// workload. An assignment is open until the version exists, follows its source
// up to date and has left the draft state.

const id = z.string().trim().min(1).max(40);
const assignSchema = z.object({
  articleId: id,
  locale: localeSchema,
  assigneeId: id,
  /** A day (YYYY-MM-DD, due at its end in UTC) or an instant. */
  dueAt: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T23:59:59Z` : v);
      if (Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: "custom", message: "invalidDate" });
        return z.NEVER;
      }
      return date;
    }),
  note: z.string().trim().max(1000).default(""),
});
const keySchema = z.object({ articleId: id, locale: localeSchema });

/** Words in a text (any script: runs of letters and digits). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0;
}

const plain = (v: { title: string; summary: string; body: unknown }) => [v.title, v.summary, documentToPlainText(v.body as RichTextDocument)].join("\n\n");

export interface Job {
  articleId: string;
  locale: string;
  title: string;
  /** The source version, to open (the translation's when it exists). */
  sourceVariantId: string;
  targetVariantId: string | null;
  assignee: { id: string; name: string } | null;
  dueAt: Date | null;
  overdue: boolean;
  note: string;
  /** Words to translate: the whole source when there is no translation yet. */
  newWords: number;
  /** Words of the source changed since the version the translation follows. */
  changedWords: number;
}

/** What the job of translating `articleId` into `locale` involves now; null when it is done. */
async function jobOf(articleId: string, locale: string): Promise<Omit<Job, "assignee" | "dueAt" | "overdue" | "note"> | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      deletedAt: true,
      sourceLocale: true,
      variants: { select: { id: true, locale: true, title: true, summary: true, body: true, status: true, contentVersion: true, sourceVersion: true, sourceRevision: { select: { title: true, summary: true, body: true } } } },
    },
  });
  if (!article || article.deletedAt) return null;
  const source = article.variants.find((v) => v.locale === article.sourceLocale) ?? article.variants[0];
  if (!source || source.locale === locale) return null;
  const target = article.variants.find((v) => v.locale === locale);
  const outdated = target ? (target.sourceVersion ?? 0) < source.contentVersion : false;
  if (target && !outdated && target.status !== "DRAFT") return null;
  const changedWords =
    target && outdated && target.sourceRevision
      ? diffText(plain(target.sourceRevision), plain(source))
          .filter((p) => p.kind !== "same")
          .reduce((n, p) => n + countWords(p.text), 0)
      : 0;
  return {
    articleId,
    locale,
    title: source.title,
    sourceVariantId: source.id,
    targetVariantId: target?.id ?? null,
    newWords: target ? 0 : countWords(plain(source)),
    changedWords,
  };
}

/** Assigns (or re-assigns) a translation; the assignee is told in the dashboard. */
export async function assignTranslation(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  assertCan(actor, "translation.assign");
  const data = parseInput(assignSchema, input);
  const [article, assignee] = await Promise.all([
    db.article.findUnique({ where: { id: data.articleId }, select: { deletedAt: true, variants: { select: { locale: true, title: true }, take: 1 } } }),
    db.user.findUnique({ where: { id: data.assigneeId }, select: { id: true, name: true, role: true, locales: true, disabledAt: true } }),
  ]);
  if (!article || article.deletedAt) throw new NotFoundError("article");
  // Someone who may write that language version.
  if (!assignee || assignee.disabledAt || !can({ id: assignee.id, email: "", name: assignee.name, role: assignee.role, locales: assignee.locales, canPublish: false }, "variant.edit", { locale: data.locale })) {
    throw new ValidationError([{ code: "custom", path: ["assigneeId"], message: "notTheirLanguage", input: data.assigneeId }]);
  }
  return db.$transaction(async (tx) => {
    const fields = { assigneeId: assignee.id, dueAt: data.dueAt, note: data.note, assignedById: actor.id, completedAt: null };
    const saved = await tx.translationAssignment.upsert({
      where: { articleId_locale: { articleId: data.articleId, locale: data.locale } },
      create: { articleId: data.articleId, locale: data.locale, ...fields },
      update: fields,
    });
    await tx.notification.create({
      data: { userId: assignee.id, kind: "assignment", data: { articleId: data.articleId, locale: data.locale, title: article.variants[0]?.title ?? "", dueAt: data.dueAt?.toISOString() ?? null, by: actor.name } as Prisma.InputJsonValue },
    });
    await recordAudit(tx, {
      actor,
      action: "translation.assign",
      entityType: "Article",
      entityId: data.articleId,
      data: { locale: data.locale, assigneeId: assignee.id, assignee: assignee.name, dueAt: data.dueAt?.toISOString() ?? null },
    });
    return { id: saved.id };
  });
}

export async function unassignTranslation(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "translation.assign");
  const { articleId, locale } = parseInput(keySchema, input);
  await db.$transaction(async (tx) => {
    const existing = await tx.translationAssignment.findUnique({ where: { articleId_locale: { articleId, locale } } });
    if (!existing) throw new NotFoundError("assignment");
    await tx.translationAssignment.delete({ where: { id: existing.id } });
    await recordAudit(tx, { actor, action: "translation.unassign", entityType: "Article", entityId: articleId, data: { locale, assigneeId: existing.assigneeId } });
  });
}

/**
 * Open assignments with their word counts: the actor's own (`mine`), or — for
 * those who may assign — everyone's, optionally in one language. Soonest due
 * first (no due date last). An assignment whose job is done is closed here.
 */
export async function listAssignments(actor: Actor | null, { mine = false, locale }: { mine?: boolean; locale?: string } = {}, now = new Date()): Promise<Job[]> {
  assertCan(actor, "draft.read");
  if (!mine) assertCan(actor, "translation.assign");
  const rows = await db.translationAssignment.findMany({
    where: { completedAt: null, ...(mine ? { assigneeId: actor.id } : {}), ...(locale ? { locale } : {}) },
    include: { assignee: { select: { id: true, name: true } } },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    take: 200,
  });
  const jobs: Job[] = [];
  for (const row of rows) {
    const job = await jobOf(row.articleId, row.locale);
    if (!job) {
      await db.translationAssignment.update({ where: { id: row.id }, data: { completedAt: now } });
      continue;
    }
    jobs.push({ ...job, assignee: row.assignee, dueAt: row.dueAt, overdue: row.dueAt !== null && row.dueAt < now, note: row.note });
  }
  return jobs;
}

/** Per language: open assignments, their words, and how many are overdue — what editors balance. */
export async function translationWorkload(actor: Actor | null, now = new Date()): Promise<{ locale: string; open: number; overdue: number; words: number; byAssignee: { name: string; open: number }[] }[]> {
  const jobs = await listAssignments(actor, {}, now);
  const byLocale = new Map<string, Job[]>();
  for (const job of jobs) byLocale.set(job.locale, [...(byLocale.get(job.locale) ?? []), job]);
  return [...byLocale].map(([locale, list]) => {
    const people = new Map<string, number>();
    for (const j of list) if (j.assignee) people.set(j.assignee.name, (people.get(j.assignee.name) ?? 0) + 1);
    return {
      locale,
      open: list.length,
      overdue: list.filter((j) => j.overdue).length,
      words: list.reduce((n, j) => n + j.newWords + j.changedWords, 0),
      byAssignee: [...people].map(([name, open]) => ({ name, open })),
    };
  });
}

/** The actor's unread notices, newest first, and their assignments due within two days (reminders need no cron). */
export async function myNotices(actor: Actor | null, now = new Date()): Promise<{ notifications: { id: string; kind: string; data: Prisma.JsonValue; createdAt: Date }[]; dueSoon: Job[] }> {
  assertCan(actor, "dashboard.access");
  const [notifications, mine] = await Promise.all([
    db.notification.findMany({ where: { userId: actor.id, readAt: null }, orderBy: { createdAt: "desc" }, take: 20, select: { id: true, kind: true, data: true, createdAt: true } }),
    can(actor, "draft.read") ? listAssignments(actor, { mine: true }, now) : Promise.resolve([]),
  ]);
  const soon = now.getTime() + 48 * 3_600_000;
  return { notifications, dueSoon: mine.filter((j) => j.dueAt !== null && j.dueAt.getTime() <= soon) };
}

export async function markNoticesRead(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "dashboard.access");
  const { ids } = parseInput(z.object({ ids: z.array(id).max(100) }), input);
  await db.notification.updateMany({ where: { id: { in: ids }, userId: actor.id }, data: { readAt: new Date() } });
}

/** Who may be given a translation into each language: its translators, then editors and admins. */
export async function assignableStaff(actor: Actor | null): Promise<{ id: string; name: string; role: string; locales: string[] }[]> {
  assertCan(actor, "translation.assign");
  return db.user.findMany({ where: { disabledAt: null }, orderBy: [{ role: "desc" }, { name: "asc" }], select: { id: true, name: true, role: true, locales: true }, take: 500 });
}

/** A work's open assignments, by language (its languages page). */
export async function assignmentsOfWork(actor: Actor | null, articleId: string): Promise<{ locale: string; assignee: string; dueAt: Date | null; note: string }[]> {
  assertCan(actor, "draft.read");
  const rows = await db.translationAssignment.findMany({ where: { articleId, completedAt: null }, include: { assignee: { select: { name: true } } }, orderBy: { locale: "asc" } });
  return rows.map((r) => ({ locale: r.locale, assignee: r.assignee.name, dueAt: r.dueAt, note: r.note }));
}
