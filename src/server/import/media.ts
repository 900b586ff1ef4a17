import "server-only";
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { mediaSrc } from "@/lib/media/formats";
import { db } from "../db";
import { measureImage } from "../media/measure";
import { sanitizeOriginalName } from "../media/original-name";
import { mediaMaxBytes, newStorageKey, storeWithRow } from "../media/storage";
import type { ImportReport } from "./report";
import type { Scan, ScannedAttachment } from "./scan";

// Attachments → the media library, through the checks of an upload: the size
// limit, content sniffing and sharp's measurement (a file that is not the image
// it claims to be is refused and reported). One medium per translation group
// (Polylang and WPML copy an attachment per language), with each language's alt.

export interface ImportedMedia {
  /** Attachment post id → our medium and its caption. */
  byAttachment: Map<number, { mediaId: string; storageKey: string; caption: string }>;
  /** Path relative to the uploads folder (2024/05/photo.jpg) → storage key. */
  byFile: Map<string, string>;
}

export async function importAttachments(scan: Scan, uploads: string | undefined, report: ImportReport, dryRun: boolean): Promise<ImportedMedia> {
  const result: ImportedMedia = { byAttachment: new Map(), byFile: new Map() };
  const groups = new Map<string, ScannedAttachment[]>();
  for (const a of scan.attachments.values()) groups.set(a.group, [...(groups.get(a.group) ?? []), a]);
  if (!uploads) {
    if (groups.size) report.skip(`${groups.size} attachment(s)`, "no --uploads folder given: media not imported, their images stay links to the old site");
    return result;
  }
  const root = path.resolve(uploads);
  for (const members of groups.values()) {
    const first = members[0]!;
    const relative = first.file || uploadsPath(first.url) || "";
    const file = path.resolve(root, relative);
    if (!relative || !file.startsWith(root + path.sep)) {
      report.broken(`attachment ${first.wpId}: no file path (${first.url || "no URL"})`);
      continue;
    }
    const alts = Object.fromEntries(members.filter((m) => m.alt).map((m) => [m.locale, m.alt.slice(0, 1000)]));
    const caption = first.caption.slice(0, 300);
    const existing = await db.wordpressImportItem.findUnique({ where: { site_kind_wpId: { site: scan.site, kind: "attachment", wpId: first.wpId } } });
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      report.broken(`attachment ${first.wpId}: ${relative} is not in the uploads folder`);
      continue;
    }
    if (info.size > mediaMaxBytes()) {
      report.skip(`attachment ${first.wpId} (${relative})`, "larger than the media size limit");
      continue;
    }
    const bytes = new Uint8Array(await readFile(file));
    const hash = createHash("sha256").update(bytes).update(JSON.stringify({ alts, caption })).digest("hex");
    if (existing) {
      const media = await db.media.findUnique({ where: { id: existing.targetId }, select: { id: true, storageKey: true } });
      if (media) {
        remember(result, members, media.id, media.storageKey, caption);
        if (existing.contentHash === hash) {
          report.wrote("media", "-", "unchanged");
          continue;
        }
        if (!dryRun) {
          await db.$transaction(async (tx) => {
            for (const [locale, alt] of Object.entries(alts)) {
              await tx.mediaAlt.upsert({ where: { mediaId_locale: { mediaId: media.id, locale } }, create: { mediaId: media.id, locale, alt }, update: { alt } });
            }
            await tx.wordpressImportItem.update({ where: { site_kind_wpId: { site: scan.site, kind: "attachment", wpId: first.wpId } }, data: { contentHash: hash } });
          });
        }
        report.wrote("media", "-", "updated");
        continue;
      }
    }
    const measured = await measureImage(bytes);
    if (!measured.ok) {
      report.skip(`attachment ${first.wpId} (${relative})`, `refused by the media checks: ${measured.problem}`);
      continue;
    }
    const { image } = measured;
    const storageKey = newStorageKey(image.extension);
    if (dryRun) {
      remember(result, members, `dry-run-${first.wpId}`, storageKey, caption);
      report.wrote("media", "-", "created");
      continue;
    }
    const mediaId = await storeWithRow(storageKey, bytes, () =>
      db.$transaction(async (tx) => {
        const created = await tx.media.create({
          data: {
            storageKey,
            originalName: sanitizeOriginalName(path.basename(relative), image.extension),
            mimeType: image.mimeType,
            size: bytes.length,
            width: image.width,
            height: image.height,
            credit: caption || null,
            alts: { create: Object.entries(alts).map(([locale, alt]) => ({ locale, alt })) },
          },
          select: { id: true },
        });
        for (const m of members) {
          await tx.wordpressImportItem.upsert({
            where: { site_kind_wpId: { site: scan.site, kind: "attachment", wpId: m.wpId } },
            create: { site: scan.site, kind: "attachment", wpId: m.wpId, guid: m.guid, targetId: created.id, contentHash: hash },
            update: { targetId: created.id, contentHash: hash },
          });
        }
        return created.id;
      }),
    );
    remember(result, members, mediaId, storageKey, caption);
    report.wrote("media", "-", "created");
  }
  return result;
}

function remember(result: ImportedMedia, members: ScannedAttachment[], mediaId: string, storageKey: string, caption: string) {
  for (const m of members) {
    result.byAttachment.set(m.wpId, { mediaId, storageKey, caption });
    const relative = m.file || uploadsPath(m.url);
    if (relative) result.byFile.set(relative, storageKey);
  }
}

/** "https://site/wp-content/uploads/2024/05/a-300x200.jpg" → "2024/05/a-300x200.jpg". */
function uploadsPath(url: string): string | null {
  const at = url.indexOf("/wp-content/uploads/");
  if (at < 0) return null;
  try {
    return decodeURIComponent(url.slice(at + "/wp-content/uploads/".length).split(/[?#]/)[0]!);
  } catch {
    return null;
  }
}

/** Our URL for a body image that is an imported attachment (any of its generated sizes), else null. */
export function mediaResolver(media: ImportedMedia): (src: string) => string | null {
  return (src) => {
    const relative = uploadsPath(src);
    if (!relative) return null;
    const key = media.byFile.get(relative) ?? media.byFile.get(relative.replace(/-(\d+x\d+|scaled)(\.\w+)$/, "$2"));
    return key ? mediaSrc(key) : null;
  };
}
