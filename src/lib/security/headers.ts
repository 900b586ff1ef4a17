// The security headers of every response, in one place: next.config.ts sets
// the static ones on every path (pages, feeds, API, assets, 404s), and
// src/proxy.ts replaces the Content-Security-Policy of staff pages with a
// per-request nonce policy.
//
// Two policies, because of caching:
// - Staff pages (dashboard, sign-in, preview) are rendered per request anyway,
//   so their scripts carry a fresh nonce and nothing else runs:
//   `script-src 'nonce-…' 'strict-dynamic'` (CSP3 browsers ignore 'self' then).
// - Public pages are static (ISR, cached by Next and by the reverse proxy):
//   one HTML for every reader, so no per-request nonce. Next's App Router
//   streams each page's data as inline <script>self.__next_f.push(…)</script>
//   whose text differs per page and per regeneration, so no fixed hash list
//   fits either (experimental.sri only adds integrity= to the external
//   chunks). The public policy therefore allows inline scripts but nothing
//   from another origin, no plugins, no <base>, no form posts elsewhere and no
//   framing by other sites. The stored content reaching those pages is
//   validated against an allow-list and escaped by the renderer: that, not
//   the CSP, is the first wall there.

/** Directives both policies share. */
const COMMON = [
  "default-src 'self'",
  // React style={…} attributes and Tiptap's injected editor styles.
  "style-src 'self' 'unsafe-inline'",
  // next/image placeholders and the editor's local image previews.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Next's development server evaluates modules with eval (hot reloading); production never does. */
const devEval = (dev: boolean) => (dev ? " 'unsafe-eval'" : "");

/** Public pages, feeds, API and everything else without a nonce. */
export function publicContentSecurityPolicy({ dev = false } = {}): string {
  return [...COMMON, `script-src 'self' 'unsafe-inline'${devEval(dev)}`, "frame-ancestors 'self'"].join("; ");
}

/** Staff pages: only scripts carrying this request's nonce (and what they load) run; never framed. */
export function staffContentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [...COMMON, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${devEval(dev)}`, "frame-ancestors 'none'"].join("; ");
}

/** Browser features the site never uses, switched off for it and anything it embeds. */
export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
].join(", ");

/** Only sent over https (browsers ignore it on http anyway): two years, subdomains included. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Headers on every response, whatever serves it. */
export function staticSecurityHeaders(): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "SAMEORIGIN" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/**
 * The public policy goes on every path but the images: /media/… (our route)
 * and /_next/image (Next's optimizer) set their own, stricter policies
 * (sandbox, no scripts at all), and a header from next.config.ts would
 * replace theirs.
 */
export const PUBLIC_CSP_SOURCE = "/:path((?!media/|_next/image).*)";

/** Whether the request reached us over https: our own address says so, or the proxy in front does. */
export function servedOverHttps(forwardedProto: string | null, siteUrl = process.env.NEXTAUTH_URL): boolean {
  return forwardedProto?.split(",")[0]?.trim() === "https" || Boolean(siteUrl?.startsWith("https://"));
}
