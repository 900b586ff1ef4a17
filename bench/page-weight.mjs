// JavaScript each page type ships to a reader, gzip-compressed.
// Usage: node bench/page-weight.mjs [baseUrl]   (against a running `npm start`)
import { gzipSync } from "node:zlib";

const base = process.argv[2] ?? "http://localhost:3000";
const pages = {
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
async function gzBytes(url) {
  if (!cache.has(url)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    cache.set(url, { raw: body.length, gz: gzipSync(body).length, text: body.toString("utf8") });
  }
  return cache.get(url);
}

console.log("| page | scripts | JS raw | JS gzip | HTML gzip | editor code |");
console.log("|---|---|---|---|---|---|");
for (const [name, path] of Object.entries(pages)) {
  const html = await (await fetch(base + path, { redirect: "follow" })).text();
  // noModule scripts (legacy polyfills) are never loaded by current browsers.
  const srcs = [...new Set([...html.matchAll(/<script([^>]+)src="([^"]+)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0])).map((m) => m[2]))];
  let raw = 0;
  let gz = 0;
  let editor = false;
  for (const src of srcs) {
    const s = await gzBytes(new URL(src, base).toString());
    raw += s.raw;
    gz += s.gz;
    if (/tiptap|prosemirror/i.test(s.text)) editor = true;
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`| ${name} | ${srcs.length} | ${kb(raw)} | ${kb(gz)} | ${kb(gzipSync(Buffer.from(html)).length)} | ${editor ? "yes" : "no"} |`);
}
