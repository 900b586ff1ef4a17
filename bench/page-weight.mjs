// JavaScript each page type ships to a reader, gzip-compressed.
// Usage: node bench/page-weight.mjs [baseUrl]   (against a running `npm start`)
// `npm run bench` imports pageWeight() with its own pages.
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";

/** The demo debate's pages, for `npm start`'s demo data. */
export const DEMO_PAGES = {
  home: "/en",
  debate: "/en/debates/internationalizing-human-rights-organizations",
  article: "/en/articles/the-hazards-of-international-ngos-going-local",
  "article (ar)": "/ar/articles/the-hazards-of-international-ngos-going-local",
  author: "/en/authors/mona-younis",
  search: "/es/search?q=derechos",
  about: "/en/about",
  "sign-in (staff)": "/en/dashboard/sign-in",
};

const cache = new Map();
async function fetchSized(url) {
  if (!cache.has(url)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    cache.set(url, { raw: body.length, gz: gzipSync(body).length, text: body.toString("utf8") });
  }
  return cache.get(url);
}

/** Gzip bytes of a list of script URLs (each counted once). */
export async function scriptBytes(base, srcs) {
  let raw = 0;
  let gz = 0;
  let editor = false;
  for (const src of new Set(srcs)) {
    const s = await fetchSized(new URL(src, base).toString());
    raw += s.raw;
    gz += s.gz;
    if (/tiptap|prosemirror/i.test(s.text)) editor = true;
  }
  return { raw, gz, editor };
}

/** For each page: its scripts, JS raw and gzip bytes, HTML gzip bytes, whether editor code ships. */
export async function pageWeight(base, pages) {
  const rows = [];
  for (const [name, path] of Object.entries(pages)) {
    const html = await (await fetch(base + path, { redirect: "follow" })).text();
    // noModule scripts (legacy polyfills) are never loaded by current browsers.
    const srcs = [...new Set([...html.matchAll(/<script([^>]+)src="([^"]+)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0])).map((m) => m[2]))];
    const { raw, gz, editor } = await scriptBytes(base, srcs);
    rows.push({ name, path, scripts: srcs, jsRaw: raw, jsGzip: gz, htmlGzip: gzipSync(Buffer.from(html)).length, editor });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const base = process.argv[2] ?? "http://localhost:3000";
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log("| page | scripts | JS raw | JS gzip | HTML gzip | editor code |");
  console.log("|---|---|---|---|---|---|");
  for (const r of await pageWeight(base, DEMO_PAGES)) {
    console.log(`| ${r.name} | ${r.scripts.length} | ${kb(r.jsRaw)} | ${kb(r.jsGzip)} | ${kb(r.htmlGzip)} | ${r.editor ? "yes" : "no"} |`);
  }
}
