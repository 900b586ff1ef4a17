import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { authorListFiltersSchema, searchAuthorsSchema, type AuthorListFilters } from "@/lib/authors/schemas";
import { localeCodes, type Locale } from "@/i18n/locales";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { NotFoundError, parseInput } from "../errors";
import { can } from "../permissions";
import { authorSummarySelect, bioSourceLocale, type AuthorSummary } from "./mutations";
import { containsText } from "../database/like";

// Staff reads of authors (the trash included). The public read is ./queries.ts.

export const AUTHORS_PAGE_SIZE = 30;

/**
 * For the article editor's author picker: authors not in the trash whose name
 * or slug contains the query, names starting with it first.
 */
export async function searchAuthors(actor: Actor | null, input: unknown): Promise<AuthorSummary[]> {
  if (!can(actor, "dashboard.access")) throw new NotFoundError("authors");
  const { query, take = 10 } = parseInput(searchAuthorsSchema, input);
  const where: Prisma.AuthorWhereInput = {
    deletedAt: null,
    ...(query ? { OR: [{ name: containsText(query) }, { slug: containsText(query) }] } : {}),
  };
  const found = await db.author.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], take: query ? 100 : take, select: authorSummarySelect });
  const q = query.toLocaleLowerCase();
  const starts = (a: AuthorSummary) => (a.name.toLocaleLowerCase().startsWith(q) ? 0 : 1);
  return found.sort((a, b) => starts(a) - starts(b)).slice(0, take);
}

export type BioState = "source" | "current" | "outdated" | "missing";

export async function listAuthorsForDashboard(actor: Actor | null, filters: AuthorListFilters) {
  if (!can(actor, "draft.read")) throw new NotFoundError("authors");
  const { q, trashed, page } = authorListFiltersSchema.parse(filters);
  const where: Prisma.AuthorWhereInput = {
    deletedAt: trashed ? { not: null } : null,
    ...(q ? { OR: [{ name: containsText(q) }, { slug: containsText(q) }] } : {}),
  };
  const [total, authors] = await Promise.all([
    db.author.count({ where }),
    db.author.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * AUTHORS_PAGE_SIZE,
      take: AUTHORS_PAGE_SIZE,
      include: { bios: { select: { locale: true, version: true, sourceVersion: true, updatedAt: true } }, _count: { select: { articles: true } } },
    }),
  ]);
  const rows = authors.map((a) => ({
    id: a.id,
    name: a.name,
    slug: a.slug,
    deletedAt: a.deletedAt,
    articleCount: a._count.articles,
    bios: bioStates(a.bios),
  }));
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / AUTHORS_PAGE_SIZE)) };
}

export function bioStates(bios: { locale: string; version: number; sourceVersion: number | null; updatedAt: Date }[]): { locale: Locale; state: BioState }[] {
  return localeCodes.map((locale) => {
    const bio = bios.find((b) => b.locale === locale);
    if (!bio) return { locale, state: "missing" as const };
    const sourceLocale = bioSourceLocale(bios, locale);
    const source = sourceLocale ? bios.find((b) => b.locale === sourceLocale) : undefined;
    const state: BioState = !source ? "source" : (bio.sourceVersion ?? 0) < source.version ? "outdated" : "current";
    return { locale, state };
  });
}

export async function getAuthorForEdit(actor: Actor | null, authorId: string) {
  if (!can(actor, "draft.read")) throw new NotFoundError("author");
  const author = await db.author.findUnique({ where: { id: authorId }, include: { bios: true, _count: { select: { articles: true } } } });
  if (!author) throw new NotFoundError("author");
  return { ...author, states: bioStates(author.bios) };
}
