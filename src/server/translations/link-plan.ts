import "server-only";
import type { Prisma, VariantStatus } from "@/generated/prisma/client";
import type { Actor } from "../auth/actor-type";
import { pickTranslation } from "@/lib/translations/pick-translation";
import type { LinkRefusalReason } from "../errors";
import { can } from "../permissions";
import type { LinkKeep } from "@/lib/translations/schemas";

// What linking two works would change, and whether this person may do it:
// pure decisions on works as loaded (workSelect), asked by the preview, the
// search results and the link itself (under its locks) alike.

/** The shared fields of a work: every version of it shows them. */
export type SharedField = "authors" | "debate" | "heroImage";

/** Why a link is refused, as a message key of Errors, with the languages it is about. */
export interface LinkRefusal {
  reason: "alreadyLinked" | "localeTaken" | LinkRefusalReason;
  locales: string[];
}

export interface LinkSide {
  articleId: string;
  variants: { id: string; locale: string; title: string; status: VariantStatus }[];
  authors: { id: string; name: string }[];
  /** Its title in the dashboard's language where it has one. */
  debate: { id: string; title: string } | null;
  heroImage: { id: string; name: string; storageKey: string } | null;
  heroCredit: string | null;
}

/** What keeping one work's shared fields means for the other work's versions. */
export interface LinkChoice {
  /** The shared fields that change for the other work's versions (theirs are dropped). */
  loses: SharedField[];
  /** The other work's versions readers see (or will: scheduled) whose byline, debate or image would change. */
  changesPublished: { id: string; locale: string; title: string }[];
  /** Set when the actor may not make this choice. */
  refusal: LinkRefusal | null;
}

/** "What changes": both works as they are, and each choice of surviving shared fields. */
export interface LinkPreview {
  works: Record<LinkKeep, LinkSide>;
  /** Set when the link is refused whatever the choice. */
  refusal: LinkRefusal | null;
  choices: Record<LinkKeep, LinkChoice>;
}

export const workSelect = {
  id: true,
  deletedAt: true,
  debateId: true,
  heroImageId: true,
  heroCredit: true,
  authors: { orderBy: { position: "asc" }, select: { author: { select: { id: true, name: true } } } },
  debate: { select: { id: true, sourceLocale: true, translations: { select: { locale: true, title: true } } } },
  heroImage: { select: { id: true, originalName: true, storageKey: true } },
  variants: { select: { id: true, locale: true, title: true, status: true }, orderBy: { locale: "asc" } },
} satisfies Prisma.ArticleSelect;
export type WorkRow = Prisma.ArticleGetPayload<{ select: typeof workSelect }>;

/** Versions readers see, or will see without anyone acting again. */
const isPublic = (status: VariantStatus) => status === "PUBLISHED" || status === "SCHEDULED";
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function toSide(work: WorkRow, displayLocale: string): LinkSide {
  const debateTitle = work.debate ? pickTranslation(work.debate.translations, displayLocale, work.debate.sourceLocale)?.title ?? "" : "";
  return {
    articleId: work.id,
    variants: work.variants,
    authors: work.authors.map((a) => a.author),
    debate: work.debate ? { id: work.debate.id, title: debateTitle } : null,
    heroImage: work.heroImage ? { id: work.heroImage.id, name: work.heroImage.originalName, storageKey: work.heroImage.storageKey } : null,
    heroCredit: work.heroCredit,
  };
}

function choice(actor: Actor, kept: WorkRow, dropped: WorkRow): LinkChoice {
  const loses: SharedField[] = [];
  if (!sameList(kept.authors.map((a) => a.author.id), dropped.authors.map((a) => a.author.id))) loses.push("authors");
  if (kept.debateId !== dropped.debateId) loses.push("debate");
  if (kept.heroImageId !== dropped.heroImageId || (kept.heroCredit ?? "") !== (dropped.heroCredit ?? "")) loses.push("heroImage");
  const changesPublished = loses.length ? dropped.variants.filter((v) => isPublic(v.status)).map(({ id, locale, title }) => ({ id, locale, title })) : [];
  // Someone who may not edit shared fields must not change what readers see of them: an editor decides.
  const refusal =
    changesPublished.length && !can(actor, "article.editShared") ? { reason: "linkChangesPublished" as const, locales: changesPublished.map((v) => v.locale).sort() } : null;
  return { loses, changesPublished, refusal };
}

/**
 * Whether `actor` may merge the works `a` ("this") and `b` ("other"), and what
 * each choice of surviving shared fields changes. Pure: the preview and the
 * link itself (under its locks) ask the same question.
 */
export function planLink(actor: Actor, a: WorkRow, b: WorkRow, displayLocale = "en"): LinkPreview {
  const choices = { this: choice(actor, a, b), other: choice(actor, b, a) };
  const locales = [...a.variants, ...b.variants].map((v) => v.locale);
  // Linking changes both works: only someone who may edit every version of both may do it.
  const notTheirs = [...new Set(locales.filter((locale) => !can(actor, "translation.link", { locale })))].sort();
  const aLocales = new Set(a.variants.map((v) => v.locale));
  const clash = [...new Set(b.variants.map((v) => v.locale).filter((l) => aLocales.has(l)))].sort();
  const refusal: LinkRefusal | null =
    a.id === b.id
      ? { reason: "alreadyLinked", locales: [] }
      : notTheirs.length
        ? { reason: "linkOtherLanguages", locales: notTheirs }
        : clash.length
          ? { reason: "localeTaken", locales: clash }
          : choices.this.refusal && choices.other.refusal
            ? { reason: "linkChangesPublished", locales: [...new Set([...choices.this.refusal.locales, ...choices.other.refusal.locales])].sort() }
            : null;
  return { works: { this: toSide(a, displayLocale), other: toSide(b, displayLocale) }, refusal, choices };
}

/** Unlinking changes the versions translated from the one split off: only someone who may edit them may. */
export function unlinkRefusal(actor: Actor, followers: { locale: string }[]): { reason: "unlinkTranslated"; locales: string[] } | null {
  const notTheirs = [...new Set(followers.map((f) => f.locale).filter((locale) => !can(actor, "translation.unlink", { locale })))].sort();
  return notTheirs.length ? { reason: "unlinkTranslated", locales: notTheirs } : null;
}
