// What a first visit to each page type downloads, gzip-compressed: the HTML
// (and how much of it is Next's inline RSC payload, `self.__next_f.push`), its
// stylesheets, the fonts it preloads (its own script's text fonts and the
// wordmark: what a first visit fetches before it paints; the language names'
// few-KB subsets and other scripts' fonts come on top only where the text has
// them) and its JavaScript.
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

/** Sum of the sizes of a list of URLs (each counted once): gzip for text, as stored for fonts (woff2 is compressed). */
async function assetBytes(base, hrefs, { compressed }) {
  let n = 0;
  for (const href of new Set(hrefs)) {
    const s = await fetchSized(new URL(href, base).toString());
    n += compressed ? s.raw : s.gz;
  }
  return n;
}

const attr = (tag, name) => {
  const m = tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|([^\\s">]+))`, "i"));
  return m?.[1] ?? m?.[2];
};

/**
 * For each page: its scripts, JS raw and gzip bytes, HTML gzip bytes (and of its inline RSC
 * payload), stylesheet and preloaded-font bytes, the first visit's total, whether editor code ships.
 */
export async function pageWeight(base, pages) {
  const rows = [];
  for (const [name, path] of Object.entries(pages)) {
    const response = await fetch(base + path, { redirect: "follow" });
    const html = await response.text();
    // noModule scripts (legacy polyfills) are never loaded by current browsers.
    const srcs = [...new Set([...html.matchAll(/<script([^>]+)src="([^"]+)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0])).map((m) => m[2]))];
    const { raw, gz, editor } = await scriptBytes(base, srcs);
    // Pages rendered per request (search) send their preloads in the HTTP Link header instead.
    const headerLinks = (response.headers.get("link") ?? "").split(/,\s*(?=<)/).filter(Boolean).map((l) => {
      const [, href = "", params = ""] = l.match(/^<([^>]*)>(.*)$/) ?? [];
      return `<link href="${href}" ${params.replace(/;\s*/g, " ")}>`;
    });
    const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).concat(headerLinks);
    const css = links.filter((l) => attr(l, "rel") === "stylesheet").map((l) => attr(l, "href"));
    const fonts = links.filter((l) => attr(l, "rel") === "preload" && attr(l, "as") === "font").map((l) => attr(l, "href"));
    const payload = [...html.matchAll(/<script>(self\.__next_f\.push[\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
    const htmlGzip = gzipSync(Buffer.from(html)).length;
    const cssGzip = await assetBytes(base, css, { compressed: false });
    const fontBytes = await assetBytes(base, fonts, { compressed: true });
    rows.push({
      name, path, scripts: srcs, jsRaw: raw, jsGzip: gz, htmlGzip, editor,
      payloadGzip: gzipSync(Buffer.from(payload)).length, cssGzip, fontBytes, totalGzip: htmlGzip + cssGzip + fontBytes + gz,
    });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const base = process.argv[2] ?? "http://localhost:3000";
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log("| page | scripts | JS raw | JS gzip | HTML gzip (RSC payload) | CSS gzip | fonts preloaded | first visit total | editor code |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const r of await pageWeight(base, DEMO_PAGES)) {
    console.log(
      `| ${r.name} | ${r.scripts.length} | ${kb(r.jsRaw)} | ${kb(r.jsGzip)} | ${kb(r.htmlGzip)} (${kb(r.payloadGzip)}) | ${kb(r.cssGzip)} | ${kb(r.fontBytes)} | ${kb(r.totalGzip)} | ${r.editor ? "yes" : "no"} |`,
    );
  }
}
