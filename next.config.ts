import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { DEFAULT_MEDIA_MAX_BYTES } from "./src/lib/media/formats";
import { MAX_FRAME_PIXELS } from "./src/lib/media/limits";
import { PUBLIC_CSP_SOURCE, publicContentSecurityPolicy, STRICT_TRANSPORT_SECURITY, staticSecurityHeaders } from "./src/lib/security/headers";

// Server actions (and every other POST but an upload) carry at most 1 MB: an
// article's autosave is the largest, at most 512 KB of rich text.
// scripts/body-limit.mjs holds the same figure and answers 413 before Next
// reads the body (Next itself would answer 500). Uploads have their own route
// (src/app/api/media/route.ts), outside the proxy, with their own limit.
const ACTION_BODY_LIMIT = 1024 * 1024;

const mediaMaxBytes = Number(process.env.MEDIA_MAX_BYTES) || DEFAULT_MEDIA_MAX_BYTES;

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The proxy drops trailing slashes itself, in the same redirect as the rest
  // of an old link's way (src/server/legacy-links.ts `canonicalRedirect`):
  // Next's own 308 came first and made `/{slug}/?lang=Spanish` take three hops.
  skipTrailingSlashRedirect: true,
  // Types are checked once, by `npm run typecheck` (CI runs it before building);
  // checking them again inside every build only slows `npm start`.
  typescript: { ignoreBuildErrors: true },
  // Next's own page cache (FileSystemCache), with a guard: a render that began
  // before a publish and ended after it is not kept as the fresh page
  // (src/server/cache/next-cache-handler.mjs; docs/caching.md). An absolute path.
  cacheHandler: fileURLToPath(new URL("./src/server/cache/next-cache-handler.mjs", import.meta.url)),
  // Resized variants of the media library's images (`next/image` with src="/media/<key>").
  // Each width × quality × format an image is asked in is one decode of the
  // original (then cached on disk for as long as the media route allows: a
  // year): the widths the dashboard's images use, up to 1920, one quality.
  // What one decode may allocate is bounded by the media route, which serves
  // the optimizer only images within src/lib/media/limits.ts, and by the
  // optimizer's own pixel limit below.
  images: {
    localPatterns: [{ pathname: "/media/**" }],
    deviceSizes: [640, 750, 828, 1080, 1200, 1920],
    qualities: [75],
    // The optimizer never buffers more than an upload may be.
    maximumResponseBody: mediaMaxBytes,
  },
  // Security headers on every response (src/lib/security/headers.ts; staff
  // pages get a stricter, per-request CSP from src/proxy.ts). HSTS only when
  // the proxy in front says the request came over https.
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders() },
      // The readers' fonts: content-hashed names (src/components/site/fonts/generate.py), never changed in place.
      { source: "/fonts/:file*", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
      { source: PUBLIC_CSP_SOURCE, headers: [{ key: "Content-Security-Policy", value: publicContentSecurityPolicy({ dev: process.env.NODE_ENV === "development" }) }] },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }],
      },
    ];
  },
  experimental: {
    // forbidden(): a dashboard page one may not open answers 403 inside the
    // dashboard's frame (src/app/[locale]/dashboard/(staff)/forbidden.tsx).
    authInterrupts: true,
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT },
    // What the proxy (src/proxy.ts) may buffer of a request body: no more than an action may send.
    proxyClientMaxBodySize: ACTION_BODY_LIMIT,
    // The second wall: sharp refuses any larger input (Next's default is 268 megapixels).
    imgOptMaxInputPixels: MAX_FRAME_PIXELS,
  },
  // Loaded from node_modules at run time, never bundled: they read their own
  // .wasm/.node files next to their code (pg-boss: its `pg` must be the app's one).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "@node-rs/argon2",
    "pg",
    "pg-boss",
  ],
};

export default createNextIntlPlugin("./src/i18n/request.ts")(nextConfig);
