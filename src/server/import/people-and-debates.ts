import "server-only";
import { createHash } from "node:crypto";
import type { Locale } from "@/i18n/locales";
import { slugify } from "@/lib/slug";
import { db, type Tx } from "../db";
import { firstFreeSlug } from "../slugs";
import type { ImportReport } from "./report";
import type { Scan, Taxonomy } from "./scan";

// Authors and debates, before the posts that name them: authors matched by slug
// (one author across every language), debates one per term translation group.

/** WordPress login (or Co-Authors Plus slug) → our author's id. */
export async function importAuthors(scan: Scan, report: ImportReport, dryRun: boolean): Promise<Map<string, string>> {
  const wanted = new Map<string, string>();
  for (const a of scan.authors.values()) wanted.set(a.login, a.displayName || a.login);
  for (const [slug, name] of scan.coauthors) if (!wanted.has(slug)) wanted.set(slug, scan.authors.get(slug)?.displayName || scan.guestAuthors.get(slug) || name || slug);
  const ids = new Map<string, string>();
  const run = async (tx: Tx) => {
    for (const [login, name] of wanted) {
      const slug = slugify(login) || slugify(name);
      if (!slug) continue;
      const existing = await tx.author.findUnique({ where: { slug }, select: { id: true } });
      if (existing) {
        ids.set(login, existing.id);
        report.wrote("authors", "-", "unchanged");
        continue;
      }
      if (dryRun) ids.set(login, `dry-run-${slug}`);
      else ids.set(login, (await tx.author.create({ data: { name: name.slice(0, 200), slug }, select: { id: true } })).id);
      report.wrote("authors", "-", "created");
    }
  };
  if (dryRun) await run(db as unknown as Tx);
  else await db.$transaction(run);
  return ids;
}

/** Term slug of the chosen taxonomy → debate id. */
export async function importDebates(scan: Scan, taxonomy: Taxonomy, defaultLocale: Locale, report: ImportReport, dryRun: boolean): Promise<Map<string, string>> {
  const bySlug = new Map<string, string>();
  const terms = [...scan.terms.values()].filter((t) => t.taxonomy === taxonomy && scan.usedTerms.has(t.slug) && t.slug !== "uncategorized");
  const groups = new Map<string, typeof terms>();
  for (const t of terms) {
    const key = scan.termGroup.get(t.id) ?? `term:${t.id}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const run = async (tx: Tx) => {
    for (const members of groups.values()) {
      const byLocale = new Map<Locale, (typeof terms)[number]>();
      for (const t of members) {
        const locale = scan.termLocale.get(t.id) ?? scan.usedTerms.get(t.slug) ?? defaultLocale;
        if (byLocale.has(locale)) report.problem(`Terms "${byLocale.get(locale)!.slug}" and "${t.slug}" are both the ${locale} name of one debate; "${t.slug}" is not used.`);
        else byLocale.set(locale, t);
      }
      const first = members[0]!;
      const hash = createHash("sha256").update(JSON.stringify([...byLocale].map(([l, t]) => [l, t.name, t.description]))).digest("hex");
      const mapped = await tx.wordpressImportItem.findUnique({ where: { site_kind_wpId: { site: scan.site, kind: "term", wpId: first.id } } });
      const existing = mapped && (await tx.debate.findUnique({ where: { id: mapped.targetId }, select: { id: true } }));
      let debateId = existing?.id;
      if (!debateId) {
        const sourceLocale = byLocale.has(defaultLocale) ? defaultLocale : [...byLocale.keys()][0]!;
        if (dryRun) debateId = `dry-run-${first.id}`;
        else {
          const created = await tx.debate.create({ data: { status: "PUBLISHED", publishedAt: new Date(), sourceLocale }, select: { id: true } });
          debateId = created.id;
          for (const [locale, t] of byLocale) {
            const wanted = slugify(safeDecode(t.slug)) || slugify(t.name);
            const slug = await firstFreeSlug(wanted, "debate", async (s) => Boolean(await tx.debateTranslation.findUnique({ where: { locale_slug: { locale, slug: s } }, select: { id: true } })));
            await tx.debateTranslation.create({ data: { debateId, locale, title: t.name.slice(0, 200) || t.slug, intro: t.description.slice(0, 2000), slug, ...(locale === sourceLocale ? {} : { sourceVersion: 1 }) } });
          }
          for (const t of members) {
            await tx.wordpressImportItem.upsert({
              where: { site_kind_wpId: { site: scan.site, kind: "term", wpId: t.id } },
              create: { site: scan.site, kind: "term", wpId: t.id, targetId: debateId, contentHash: hash },
              update: { targetId: debateId, contentHash: hash },
            });
          }
        }
        for (const locale of byLocale.keys()) report.wrote("debates", locale, "created");
      } else if (mapped!.contentHash === hash || dryRun) {
        for (const locale of byLocale.keys()) report.wrote("debates", locale, mapped!.contentHash === hash ? "unchanged" : "updated");
      } else {
        // A newer export renamed a term: the debate's texts in that language follow (a new one is added).
        const current = new Map((await tx.debateTranslation.findMany({ where: { debateId } })).map((t) => [t.locale, t]));
        for (const [locale, t] of byLocale) {
          const title = t.name.slice(0, 200) || t.slug;
          const intro = t.description.slice(0, 2000);
          const row = current.get(locale);
          if (row && row.title === title && row.intro === intro) {
            report.wrote("debates", locale, "unchanged");
            continue;
          }
          if (row) await tx.debateTranslation.update({ where: { id: row.id }, data: { title, intro, version: { increment: 1 } } });
          else {
            const slug = await firstFreeSlug(slugify(safeDecode(t.slug)) || slugify(t.name), "debate", async (s) => Boolean(await tx.debateTranslation.findUnique({ where: { locale_slug: { locale, slug: s } }, select: { id: true } })));
            await tx.debateTranslation.create({ data: { debateId, locale, title, intro, slug, sourceVersion: 1 } });
          }
          report.changes.push(`debate "${title}" (${locale}): ${row ? "renamed" : "added"}`);
          report.wrote("debates", locale, row ? "updated" : "created");
        }
        for (const t of members) {
          await tx.wordpressImportItem.upsert({
            where: { site_kind_wpId: { site: scan.site, kind: "term", wpId: t.id } },
            create: { site: scan.site, kind: "term", wpId: t.id, targetId: debateId, contentHash: hash },
            update: { targetId: debateId, contentHash: hash },
          });
        }
      }
      for (const t of members) bySlug.set(t.slug, debateId);
    }
  };
  if (dryRun) await run(db as unknown as Tx);
  else await db.$transaction(run);
  return bySlug;
}

export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
