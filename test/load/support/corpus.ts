// The hostile-input corpus. Strings are grouped by what they attack; every
// script payload calls alert/confirm/prompt, so a real browser that runs one
// opens a dialog (test/load/fuzz.ts listens for them).

/** WordPress's bad-protocol list (wp_kses_bad_protocol tests): each must be refused as a link. */
export const BAD_PROTOCOL_URLS = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "java\0script:alert(1)",
  "jav&#x09;ascript:alert(1)",
  "&#106;avascript:alert(1)",
  "javascript&colon;alert(1)",
  "\u0001javascript:alert(1)",
  "vbscript:msgbox(1)",
  "livescript:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "data:text/html,<script>alert(1)</script>",
  "data:image/svg+xml,<svg onload=alert(1)>",
  "file:///etc/passwd",
  "feed:javascript:alert(1)",
  "view-source:javascript:alert(1)",
  "blob:https://evil.example/1",
  "//evil.example/x",
  "javascript://%0Aalert(1)",
  "https:javascript:alert(1)",
];

/** OWASP XSS filter-evasion cases, as text that must stay text wherever it is shown. */
export const XSS_TEXTS = [
  `<script>alert("xss-script")</script>`,
  `</script><script>alert("xss-jsonld")</script>`,
  `"><img src=x onerror=alert("xss-attr")>`,
  `'><svg/onload=alert("xss-svg")>`,
  `<img src="javascript:alert('xss-img')">`,
  `<IMG SRC=JaVaScRiPt:alert('xss')>`,
  `<a href="javascript:alert('xss-href')">click</a>`,
  `<iframe src="javascript:alert('xss-iframe')"></iframe>`,
  `<body onload=alert('xss-body')>`,
  `<details open ontoggle=alert("xss-toggle")>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert("xss-mxss")>`,
  `<scr<script>ipt>alert("xss-nested")</scr</script>ipt>`,
  `]]><script xmlns="http://www.w3.org/1999/xhtml">alert("xss-cdata")</script>`,
  `<![CDATA[<script>alert("xss-cdata2")</script>]]>`,
  `{{constructor.constructor('alert("xss-template")')()}}`,
  `\u003cscript\u003ealert("xss-unicode-escape")\u003c/script\u003e`,
  `&lt;script&gt;alert("xss-entity")&lt;/script&gt;`,
  `<style>@import 'javascript:alert("xss-css")';</style>`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert('xss-meta')">`,
  `<!--<img src="--><img src=x onerror=alert("xss-comment")//">`,
];

/** Unicode traps: bidi override, zero-width joiner, BOM, NUL, lone surrogate. */
export const UNICODE_TRAPS = ["\u202Eevil\u202C", "a\u200Db", "\uFEFFbom", "nul\u0000byte", "lone\uD800surrogate", "e\u0301"];

/** Slugs that must never be stored as given. */
export const BAD_SLUGS = [
  "../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e%2f%2e%2e%2f",
  "a/b",
  "a\\b",
  "..",
  "\u202Eevil",
  "a\u200Db",
  "slug with spaces",
  "UPPER",
  "x".repeat(500),
  "<script>",
  "nul\u0000byte",
];

export const BAD_LOCALES = ["xx", "EN", "en-US", "../en", "", "e\u0301n", "ar\u200D", "he\u202E", "en\u0000", "__proto__", "constructor"];

/** Wall times that do not exist, are in the past, or are not times at all (with UTC unless paired). */
export const IMPOSSIBLE_DATES: [string, string][] = [
  ["2027-02-30T10:00", "UTC"],
  ["2027-13-01T00:00", "UTC"],
  ["2027-04-31T12:00", "UTC"],
  ["2027-06-01T25:61", "UTC"],
  ["2027-03-14T02:30", "America/New_York"], // skipped by the DST change
  ["2027-03-28T01:30", "Europe/London"], // skipped by the DST change
  ["0000-01-01T00:00", "UTC"],
  ["+275760-09-13T00:00", "UTC"],
  ["1999-12-31T23:59", "UTC"],
  ["tomorrow", "UTC"],
  ["2027-06-01T10:00", "Mars/Olympus"],
  ["2027-06-01T10:00", "../../etc/localtime"],
  ["2027-06-01T10:00", "UTC\u0000"],
];

/** A string longer than one megabyte. */
export const HUGE = "x".repeat(1_100_000);

/** JSON nested `depth` deep (as text: JSON.stringify itself would overflow first). */
export function nestedJson(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

const p = (content: unknown[]) => ({ type: "paragraph", content });
const t = (text: string, marks?: unknown[]) => ({ type: "text", text, ...(marks ? { marks } : {}) });
const doc = (...content: unknown[]) => ({ type: "doc", content });

/** Article bodies the rich-text schema must refuse (the Vitest corpus has more: src/lib/rich-text/*.test.ts). */
export function badBodies(): unknown[] {
  let deep: unknown = p([t("deep")]);
  for (let i = 0; i < 30; i++) deep = { type: "blockquote", content: [deep] };
  return [
    ...BAD_PROTOCOL_URLS.map((href) => doc(p([t("link", [{ type: "link", attrs: { href } }])]))),
    ...BAD_PROTOCOL_URLS.slice(0, 6).map((src) => doc({ type: "image", attrs: { src } })),
    doc({ type: "script", content: [t("alert(1)")] }),
    doc({ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [t("x")] }),
    doc(p([{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "https://ok.example", onmouseover: "alert(1)" } }] }])),
    doc({ type: "html", attrs: { html: "<script>alert(1)</script>" } }),
    doc(deep),
    doc(p([t("y".repeat(600_000))])),
    { type: "doc", content: "not an array" },
    { type: "doc", content: [null] },
    "<p>html string</p>",
  ];
}

/** A valid body carrying every XSS text as plain text (and a safe link). */
export function hostileButValidBody(): unknown {
  return doc(
    ...XSS_TEXTS.map((x) => p([t(x)])),
    p([t("a safe link", [{ type: "link", attrs: { href: "https://example.org/?q=<script>alert(1)</script>" } }])]),
  );
}
