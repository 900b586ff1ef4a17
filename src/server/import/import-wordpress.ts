import "server-only";
import type { Locale } from "@/i18n/locales";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { recordAudit } from "../audit/record-audit";
import { type LanguageMap, languageMap } from "./languages";
import { importAttachments } from "./media";
import { importAuthors, importDebates } from "./people-and-debates";
import { importGroup, type PostContext } from "./posts";
import { forgetImportedRedirects } from "./redirects";
import { ImportReport } from "./report";
import { scanWxr, type Taxonomy } from "./scan";
import { readWxr, type WxrItem } from "./wxr-reader";

// `npm run import:wordpress` and its tests: a WordPress export (WXR) into this
// site. Two passes over the file: the first reads everything but bodies and
// proves the file well-formed (a broken file is refused before anything is
// written); the second converts each post and writes each translation group,
// in its own transaction, as soon as the file has given all of its languages.

export { WxrFormatError } from "./wxr-reader";
export { ImportReport } from "./report";

export interface WordpressImportOptions {
  file: string;
  uploads?: string;
  dryRun?: boolean;
  defaultLocale?: Locale;
  /** A single-language export: every post is in this locale. */
  locale?: Locale;
  taxonomy?: "category" | "tag";
  /** WordPress language → locale, added to the default table. */
  languages?: Record<string, string>;
  actor?: Actor | null;
  progress?: (phase: "scan" | "import", done: number, total: number) => void;
}

export async function importWordpress(options: WordpressImportOptions): Promise<ImportReport> {
  const report = new ImportReport();
  report.dryRun = Boolean(options.dryRun);
  const dryRun = report.dryRun;
  const defaultLocale = options.defaultLocale ?? "en";
  const taxonomy: Taxonomy = options.taxonomy === "tag" ? "post_tag" : "category";
  const languages: LanguageMap = languageMap(options.languages);
  const scan = await scanWxr(options.file, { languages, locale: options.locale, defaultLocale, taxonomy }, report, (read, total) => options.progress?.("scan", read, total));
  report.site = scan.site;

  const media = await importAttachments(scan, options.uploads, report, dryRun);
  const authors = await importAuthors(scan, report, dryRun);
  const debates = await importDebates(scan, taxonomy, defaultLocale, report, dryRun);
  const ctx: PostContext = { scan, taxonomy, authors, debates, media, report, dryRun, defaultLocale };

  // Items wait here until their group is complete; a group's members are usually next to each other.
  const waiting = new Map<string, WxrItem[]>();
  let done = 0;
  await readWxr(options.file, {
    async item(item) {
      const post = scan.posts.get(Number(item.fields["wp:post_id"]));
      if (!post || (item.fields["wp:post_type"] ?? "").trim() !== "post") return;
      const members = scan.groups.get(post.group)!;
      const have = [...(waiting.get(post.group) ?? []), item];
      if (have.length < members.length) {
        waiting.set(post.group, have);
        return;
      }
      waiting.delete(post.group);
      await writeGroup(post.group, have, ctx);
      done += have.length;
      options.progress?.("import", done, scan.posts.size);
    },
  });
  for (const [group, items] of waiting) {
    report.problem(`Group ${group}: only ${items.length} of its posts were read again; imported as they are.`);
    await writeGroup(group, items, ctx);
  }
  if (!dryRun) {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actor: options.actor ?? null,
        action: "wordpress.import",
        entityType: "WordpressImport",
        entityId: scan.site,
        data: {
          file: options.file.split("/").pop() ?? "",
          works: { created: report.total("works", "created"), updated: report.total("works", "updated"), unchanged: report.total("works", "unchanged") },
          versions: { created: report.total("versions", "created"), updated: report.total("versions", "updated"), unchanged: report.total("versions", "unchanged") },
          media: report.total("media", "created"),
          authors: report.total("authors", "created"),
          debates: report.total("debates", "created"),
        },
      }),
    );
    forgetImportedRedirects();
  }
  return report;
}

/** A group that cannot be written (its transaction rolled back) is reported; the others go on. */
async function writeGroup(group: string, items: WxrItem[], ctx: PostContext) {
  try {
    await importGroup(items, ctx);
  } catch (error) {
    const posts = items.map((i) => i.fields["wp:post_id"]).join(", ");
    ctx.report.problem(`Group ${group} (posts ${posts}) was not written: ${(error as Error).message.split("\n").at(-1)}`);
  }
}
