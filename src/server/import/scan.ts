import "server-only";
import type { Locale } from "@/i18n/locales";
import { type LanguageMap, mapLanguage } from "./languages";
import { PhpUnserializeError, unserializeStringIntMap } from "./php-unserialize";
import type { ImportReport } from "./report";
import { readWxr, type WxrAuthor, type WxrItem, type WxrTerm } from "./wxr-reader";

// The first pass over the file: everything but the bodies. It proves the file
// well-formed before anything is written, and learns what a post needs from
// elsewhere in the file (its group's other languages, its attachments, its
// terms' translations), keeping a few hundred bytes per item.

export type Taxonomy = "category" | "post_tag";

export interface ScanOptions {
  languages: LanguageMap;
  /** Every item is in this locale (a single-language export). */
  locale?: Locale;
  /** Items without a language of their own. */
  defaultLocale: Locale;
  taxonomy: Taxonomy;
}

export interface ScannedPost {
  wpId: number;
  guid: string;
  wpLanguage: string | null;
  locale: Locale;
  group: string;
  /** WPML: the group's source language as the item names it. */
  wpmlSource: string | null;
  date: string;
}

export interface ScannedAttachment {
  wpId: number;
  guid: string;
  locale: Locale;
  group: string;
  url: string;
  /** Relative to the uploads folder (`_wp_attached_file`), e.g. 2024/05/photo.jpg. */
  file: string;
  alt: string;
  caption: string;
}

export interface Scan {
  site: string;
  authors: Map<string, WxrAuthor>;
  terms: Map<number, WxrTerm>;
  /** Term id → its locale, from Polylang's term_translations. */
  termLocale: Map<number, Locale>;
  /** Term id → the key of its translation group (all its translations share it). */
  termGroup: Map<number, string>;
  posts: Map<number, ScannedPost>;
  /** Group key → the post ids in it, in file order. */
  groups: Map<string, number[]>;
  attachments: Map<number, ScannedAttachment>;
  /** Co-Authors Plus bylines seen on posts: author slug → the name the byline shows. */
  coauthors: Map<string, string>;
  /** Co-Authors Plus guest authors: login → display name. */
  guestAuthors: Map<string, string>;
  /** Slugs of the chosen taxonomy's terms that imported posts use → the locale of the first such post. */
  usedTerms: Map<string, Locale>;
  items: number;
}

/** Post types that become works; the others are counted and left. */
const IMPORTED_TYPES = new Set(["post"]);

export function itemLanguage(item: WxrItem): { wpLanguage: string | null; group: string | null; wpmlSource: string | null } {
  const wpml = item.meta._wpml_import_language_code?.trim();
  if (wpml) {
    const group = item.meta._wpml_import_translation_group?.trim();
    return { wpLanguage: wpml, group: group ? `wpml:${group}` : null, wpmlSource: item.meta._wpml_import_source_language_code?.trim() || null };
  }
  const language = item.categories.find((c) => c.domain === "language");
  const translations = item.categories.find((c) => c.domain === "post_translations");
  return { wpLanguage: language ? language.nicename || language.name : null, group: translations ? `pll:${translations.nicename || translations.name}` : null, wpmlSource: null };
}

export async function scanWxr(file: string, options: ScanOptions, report: ImportReport, progress?: (read: number, total: number) => void): Promise<Scan> {
  const scan: Scan = { site: "", authors: new Map(), terms: new Map(), termLocale: new Map(), termGroup: new Map(), posts: new Map(), groups: new Map(), attachments: new Map(), coauthors: new Map(), guestAuthors: new Map(), usedTerms: new Map(), items: 0 };
  const polylangGroups = new Map<string, Map<string, number>>();

  const localeOf = (wpLanguage: string | null, what: string): Locale | null => {
    if (options.locale) return options.locale;
    if (!wpLanguage) return options.defaultLocale;
    const locale = mapLanguage(options.languages, wpLanguage);
    if (!locale) report.unknownLanguage(wpLanguage, what);
    return locale;
  };

  const { items } = await readWxr(file, {
    progress,
    channel(fields) {
      scan.site = (fields["wp:base_site_url"] || fields["wp:base_blog_url"] || fields.link || "").trim().replace(/\/+$/, "");
    },
    author(author) {
      if (author.login) scan.authors.set(author.login, author);
    },
    term(term) {
      scan.terms.set(term.id, term);
      if (term.taxonomy === "post_translations" || term.taxonomy === "term_translations") {
        try {
          const map = unserializeStringIntMap(term.description);
          if (term.taxonomy === "post_translations") polylangGroups.set(term.slug || term.name, map);
          else {
            for (const [lang, id] of map) {
              const locale = localeOf(lang, `term ${id}`);
              if (locale) scan.termLocale.set(id, locale);
              scan.termGroup.set(id, `terms:${term.slug || term.name}`);
            }
          }
        } catch (error) {
          if (!(error instanceof PhpUnserializeError)) throw error;
          report.problem(`Translation group term "${term.slug}": ${error.message}`);
        }
      }
    },
    item(item) {
      const f = item.fields;
      const type = (f["wp:post_type"] ?? "").trim();
      const wpId = Number(f["wp:post_id"]);
      report.count("items", type || "(no type)");
      if (!Number.isSafeInteger(wpId) || wpId <= 0) {
        report.problem(`Item ${item.index} has no post id: skipped.`);
        return;
      }
      const guid = (f.guid ?? "").trim();
      const { wpLanguage, group, wpmlSource } = itemLanguage(item);
      if (type === "attachment") {
        const locale = localeOf(wpLanguage, `attachment ${wpId}`);
        if (!locale) return;
        scan.attachments.set(wpId, {
          wpId,
          guid,
          locale,
          group: group ?? `attachment:${wpId}`,
          url: (f["wp:attachment_url"] ?? "").trim(),
          file: (item.meta._wp_attached_file ?? "").trim(),
          alt: (item.meta._wp_attachment_image_alt ?? "").trim(),
          caption: (f["excerpt:encoded"] ?? "").trim(),
        });
        return;
      }
      if (type === "guest-author") {
        // Co-Authors Plus guest authors (no WordPress account): their byline name.
        const login = (item.meta["cap-user_login"] ?? "").trim();
        const name = (item.meta["cap-display_name"] ?? f.title ?? "").trim();
        if (login && name) scan.guestAuthors.set(login, name);
        return;
      }
      if (!IMPORTED_TYPES.has(type)) return;
      const wpStatus = (f["wp:status"] ?? "").trim();
      if (wpStatus === "trash" || wpStatus === "auto-draft") {
        report.skip(`post ${wpId}`, `its status is "${wpStatus}"`);
        return;
      }
      const locale = localeOf(wpLanguage, `post ${wpId}`);
      if (!locale) {
        report.skip(`post ${wpId}`, `its language "${wpLanguage}" is not mapped to a locale`);
        return;
      }
      for (const c of item.categories) {
        if (c.domain === "author") scan.coauthors.set(coauthorSlug(c.nicename || c.name), c.name);
        // A term of no known language (no Polylang term_translations) takes its first post's, the default locale's if a post there uses it.
        if (c.domain === options.taxonomy && c.nicename && (!scan.usedTerms.has(c.nicename) || locale === options.defaultLocale)) scan.usedTerms.set(c.nicename, locale);
      }
      const key = options.locale ? `post:${wpId}` : (group ?? `post:${wpId}`);
      scan.posts.set(wpId, { wpId, guid, wpLanguage, locale, group: key, wpmlSource, date: (f["wp:post_date_gmt"] || f["wp:post_date"] || "").trim() });
      const members = scan.groups.get(key) ?? [];
      members.push(wpId);
      scan.groups.set(key, members);
    },
  });
  scan.items = items;
  if (!scan.site) scan.site = "wordpress";

  // Two versions of one language in a group cannot both be that language's version: the later one goes alone.
  for (const [key, members] of [...scan.groups]) {
    const seen = new Map<Locale, number>();
    for (const id of [...members]) {
      const post = scan.posts.get(id)!;
      const first = seen.get(post.locale);
      if (first === undefined) {
        seen.set(post.locale, id);
        continue;
      }
      report.problem(`Group ${key}: posts ${first} and ${id} are both in ${post.locale}; ${id} becomes a work of its own.`);
      members.splice(members.indexOf(id), 1);
      post.group = `post:${id}`;
      scan.groups.set(post.group, [id]);
    }
  }
  // Polylang's own record of each group should agree with the items' language categories.
  for (const [slug, map] of polylangGroups) {
    const members = scan.groups.get(`pll:${slug}`);
    for (const [lang, id] of map) {
      if (!scan.posts.has(id) && !scan.attachments.has(id) && members) report.broken(`translation group ${slug}: its ${lang} version (post ${id}) is not in the file`);
    }
  }
  return scan;
}

/** Co-Authors Plus names its byline terms "cap-<login>". */
export function coauthorSlug(nicename: string): string {
  return nicename.replace(/^cap-/, "");
}
