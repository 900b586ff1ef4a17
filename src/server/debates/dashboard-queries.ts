import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { debateListFiltersSchema, type DebateListFilters } from "@/lib/debates/schemas";
import { isLocale, localeCodes, type Locale } from "@/i18n/locales";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { can } from "../permissions";
import { pickTranslation } from "@/lib/translations/pick-translation";
import { containsText } from "../database/like";

// Staff reads of debates (drafts and the trash included). The public reads
// are in ./queries.ts and go through the visibility rule; these do not, so
// they ask for a staff permission first.

export const DEBATES_PAGE_SIZE = 25;

/** Where a locale stands: the source text, a translation that follows it, one made from an older source, or none. */
export type TranslationState = "source" | "current" | "outdated" | "missing";

export interface DebateTranslationStatus {
  locale: Locale;
  state: TranslationState;
  title?: string;
  slug?: string;
  version?: number;
  sourceVersion?: number | null;
}

export interface DashboardDebateRow {
  id: string;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  title: string;
  titleLocale: Locale;
  sourceLocale: string;
  publishedAt: Date | null;
  updatedAt: Date;
  deletedAt: Date | null;
  articleCount: number;
  translations: DebateTranslationStatus[];
}

type TranslationRow = { locale: string; title: string; slug: string; version: number; sourceVersion: number | null };

export function translationStates(sourceLocale: string, rows: TranslationRow[]): DebateTranslationStatus[] {
  const source = rows.find((r) => r.locale === sourceLocale);
  return localeCodes.map((locale) => {
    const row = rows.find((r) => r.locale === locale);
    if (!row) return { locale, state: "missing" };
    const state: TranslationState =
      locale === sourceLocale ? "source" : source && (row.sourceVersion ?? 0) < source.version ? "outdated" : "current";
    return { locale, state, title: row.title, slug: row.slug, version: row.version, sourceVersion: row.sourceVersion };
  });
}

/** Debates for the dashboard list, newest change first, with where each locale stands. */
export async function listDebatesForDashboard(
  actor: Actor | null,
  filters: DebateListFilters,
  uiLocale: Locale,
): Promise<{ rows: DashboardDebateRow[]; total: number; page: number; pageCount: number }> {
  if (!can(actor, "draft.read")) throw new NotFoundError("debates");
  const { status, q, trashed, page } = debateListFiltersSchema.parse(filters);
  const where: Prisma.DebateWhereInput = {
    deletedAt: trashed ? { not: null } : null,
    ...(status ? { status } : {}),
    ...(q
      ? {
          translations: {
            some: { OR: [{ title: containsText(q) }, { slug: containsText(q) }] },
          },
        }
      : {}),
  };
  const [total, debates] = await Promise.all([
    db.debate.count({ where }),
    db.debate.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * DEBATES_PAGE_SIZE,
      take: DEBATES_PAGE_SIZE,
      include: {
        translations: { select: { locale: true, title: true, slug: true, version: true, sourceVersion: true } },
        _count: { select: { articles: true } },
      },
    }),
  ]);
  const rows = debates.map((d) => {
    const shown = pickTranslation(d.translations, uiLocale, d.sourceLocale);
    return {
      id: d.id,
      status: d.status,
      title: shown?.title ?? "",
      titleLocale: (shown && isLocale(shown.locale) ? shown.locale : uiLocale) as Locale,
      sourceLocale: d.sourceLocale,
      publishedAt: d.publishedAt,
      updatedAt: d.updatedAt,
      deletedAt: d.deletedAt,
      articleCount: d._count.articles,
      translations: translationStates(d.sourceLocale, d.translations),
    };
  });
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / DEBATES_PAGE_SIZE)) };
}

/** One debate with all its texts, for the edit page (trashed ones too, to restore them). */
export async function getDebateForEdit(actor: Actor | null, debateId: string) {
  if (!can(actor, "draft.read")) throw new NotFoundError("debate");
  const debate = await db.debate.findUnique({
    where: { id: debateId },
    include: { translations: { orderBy: { locale: "asc" } }, _count: { select: { articles: true } } },
  });
  if (!debate) throw new NotFoundError("debate");
  return { ...debate, states: translationStates(debate.sourceLocale, debate.translations) };
}
