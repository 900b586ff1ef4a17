import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { importWordpress } from "./import-wordpress";

// A generated export of 10,000 posts (5,000 Polylang groups in English and
// French, Gutenberg bodies): the time and the peak memory are printed, not
// asserted (this box is shared and noisy). It takes 2–4 minutes per database,
// so `npm test` runs it only when asked: WP_IMPORT_SCALE=10000 (or 50000)
// npx vitest run src/server/import/import-wordpress.scale.test.ts — figures
// in bench/results/README.md.

const COUNT = Number(process.env.WP_IMPORT_SCALE ?? 0);
let dir = "";

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function generate(file: string, count: number) {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><wp:base_site_url>https://scale.example.org</wp:base_site_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login>scale-writer</wp:author_login><wp:author_display_name>Scale Writer</wp:author_display_name></wp:author>
`);
  for (let i = 1; i <= count; i++) {
    const group = Math.ceil(i / 2);
    const lang = i % 2 ? "en" : "fr";
    const para = `<!-- wp:paragraph -->\n<p>Paragraph of post ${i} with <strong>bold</strong> and a <a href="https://example.org/${i}">link</a>. ${"Lorem ipsum dolor sit amet. ".repeat(8)}</p>\n<!-- /wp:paragraph -->\n\n`;
    await write(`<item><title>Post ${i} ${lang}</title><link>https://scale.example.org/${lang === "fr" ? "fr/" : ""}2024/01/post-${i}/</link><dc:creator>scale-writer</dc:creator>
<guid isPermaLink="false">https://scale.example.org/?p=${i}</guid>
<content:encoded><![CDATA[${para.repeat(4)}<!-- wp:heading -->\n<h2>Heading ${i}</h2>\n<!-- /wp:heading -->]]></content:encoded>
<excerpt:encoded><![CDATA[Summary ${i}]]></excerpt:encoded><wp:post_id>${i}</wp:post_id><wp:post_date_gmt>2024-01-01 10:00:00</wp:post_date_gmt>
<wp:post_name>post-${i}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="language" nicename="${lang}">${lang}</category><category domain="post_translations" nicename="pll_scale_${group}">pll_scale_${group}</category></item>
`);
  }
  await write("</channel></rss>\n");
  out.end();
  await once(out, "finish");
}

describe.skipIf(COUNT <= 0)("WordPress import at scale", () => {
  it(`imports ${COUNT} posts (time and peak memory printed)`, { timeout: 3_600_000 }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), "wp-scale-"));
    const file = path.join(dir, "scale.xml");
    await generate(file, COUNT);
    const size = (await stat(file)).size;
    let peakHeap = 0;
    const sampler = setInterval(() => {
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }, 100);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const report = await importWordpress({ file });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    console.log(
      `WordPress import, ${COUNT} posts (${(size / 1e6).toFixed(1)} MB): ${seconds.toFixed(1)} s (${(COUNT / seconds).toFixed(0)} posts/s); ` +
        `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (${Math.round(rssBefore / 1e6)} MB before), peak heap ${Math.round(peakHeap / 1e6)} MB`,
    );
    expect(report.total("versions", "created")).toBe(COUNT);
    expect(report.groupSizes.get(2)).toBe(COUNT / 2);
    const again = performance.now();
    const second = await importWordpress({ file });
    console.log(`Second import of the same file (nothing changes): ${((performance.now() - again) / 1000).toFixed(1)} s`);
    expect(second.total("versions", "unchanged")).toBe(COUNT);
    expect(await db.wordpressImportItem.count({ where: { site: "https://scale.example.org" } })).toBe(COUNT);
  });
});
