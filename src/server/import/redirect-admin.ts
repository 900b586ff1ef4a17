import "server-only";
import { z } from "zod";
import { isLocale, localeCodes } from "@/i18n/locales";
import { localizedPath, paths } from "@/lib/urls";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { NotFoundError, parseInput, ValidationError } from "../errors";
import { assertCan } from "../permissions";
import { forgetImportedRedirects, redirectKey } from "./redirects";

// The dashboard's list of old URLs (admins): see where each one redirects, add
// one by hand (an old URL → one of our articles' URLs), remove one. Every change
// is an audit event; the proxy's cached answers are dropped with it.

const PAGE_SIZE = 100;

export interface RedirectRow {
  path: string;
  /** Where it redirects now, or null when its version is gone. */
  target: string | null;
  title: string | null;
}

export const listRedirectsSchema = z.object({ page: z.number().int().min(1).max(100_000).default(1), query: z.string().max(200).default("") });
export const addRedirectSchema = z.object({ oldUrl: z.string().trim().min(2).max(2048), target: z.string().trim().min(2).max(2048) });
export const deleteRedirectSchema = z.object({ path: z.string().min(1).max(2048) });

export async function listLegacyRedirects(actor: Actor | null, input: unknown = {}): Promise<{ rows: RedirectRow[]; total: number; pageSize: number }> {
  assertCan(actor, "redirect.manage");
  const { page, query } = parseInput(listRedirectsSchema, input);
  const where = query ? { path: { contains: query, mode: "insensitive" as const } } : {};
  const [total, redirects] = await Promise.all([
    db.legacyRedirect.count({ where }),
    db.legacyRedirect.findMany({ where, orderBy: { path: "asc" }, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
  ]);
  const variants = await db.articleVariant.findMany({ where: { id: { in: [...new Set(redirects.map((r) => r.variantId))] }, article: { deletedAt: null } }, select: { id: true, locale: true, slug: true, title: true } });
  const byId = new Map(variants.map((v) => [v.id, v]));
  const rows = redirects.map((r) => {
    const v = byId.get(r.variantId);
    return { path: r.path, target: v && isLocale(v.locale) ? localizedPath(v.locale, paths.article(v.slug)) : null, title: v?.title ?? null };
  });
  return { rows, total, pageSize: PAGE_SIZE };
}

const refused = (field: string, message: string) => new ValidationError([{ code: "custom", path: [field], message, input: undefined } as z.core.$ZodIssue]);

/** An old URL → one of our article URLs ("/fr/articles/slug", or the full address). Replaces what the old URL pointed to. */
export async function addLegacyRedirect(actor: Actor | null, input: unknown): Promise<{ path: string }> {
  assertCan(actor, "redirect.manage");
  const data = parseInput(addRedirectSchema, input);
  const path = redirectKey(data.oldUrl);
  if (!path || path === "/" || localeCodes.some((l) => path === `/${l}`)) throw refused("oldUrl", "malformed");
  const match = /^\/([^/]+)\/articles\/([^/?#]+)\/?$/.exec(safePath(data.target));
  if (!match || !isLocale(match[1])) throw refused("target", "malformed");
  const slug = decodeURIComponentSafe(match[2]!);
  const variant = await db.articleVariant.findUnique({ where: { locale_slug: { locale: match[1], slug } }, select: { id: true } });
  if (!variant) throw new NotFoundError("variant");
  await db.$transaction(async (tx) => {
    const before = await tx.legacyRedirect.findUnique({ where: { path } });
    await tx.legacyRedirect.upsert({ where: { path }, create: { path, variantId: variant.id }, update: { variantId: variant.id } });
    await recordAudit(tx, { actor, action: "redirect.create", entityType: "LegacyRedirect", entityId: path, data: { variantId: variant.id, before: before?.variantId ?? null } });
  });
  forgetImportedRedirects();
  return { path };
}

export async function deleteLegacyRedirect(actor: Actor | null, input: unknown): Promise<void> {
  assertCan(actor, "redirect.manage");
  const { path } = parseInput(deleteRedirectSchema, input);
  await db.$transaction(async (tx) => {
    const row = await tx.legacyRedirect.findUnique({ where: { path } });
    if (!row) throw new NotFoundError("redirect");
    await tx.legacyRedirect.delete({ where: { path } });
    await recordAudit(tx, { actor, action: "redirect.delete", entityType: "LegacyRedirect", entityId: path, data: { variantId: row.variantId } });
  });
  forgetImportedRedirects();
}

function safePath(target: string): string {
  try {
    return new URL(target, "https://site.invalid").pathname;
  } catch {
    return "";
  }
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
