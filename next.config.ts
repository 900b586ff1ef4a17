import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { PUBLIC_CSP_SOURCE, publicContentSecurityPolicy, STRICT_TRANSPORT_SECURITY, staticSecurityHeaders } from "./src/lib/security/headers";

// Media uploads go through server actions, whose body limit (1 MB by default,
// and 10 MB through the proxy) must admit the largest image plus its form.
const mediaUploadBodyLimit = (Number(process.env.MEDIA_MAX_BYTES) || 10 * 1024 * 1024) + 1024 * 1024;

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Types are checked once, by `npm run typecheck` (CI runs it before building);
  // checking them again inside every build only slows `npm start`.
  typescript: { ignoreBuildErrors: true },
  // Resized variants of the media library's images (`next/image` with src="/media/<key>").
  images: { localPatterns: [{ pathname: "/media/**" }] },
  // Security headers on every response (src/lib/security/headers.ts; staff
  // pages get a stricter, per-request CSP from src/proxy.ts). HSTS only when
  // the proxy in front says the request came over https.
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders() },
      { source: PUBLIC_CSP_SOURCE, headers: [{ key: "Content-Security-Policy", value: publicContentSecurityPolicy({ dev: process.env.NODE_ENV === "development" }) }] },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }],
      },
    ];
  },
  experimental: {
    serverActions: { bodySizeLimit: mediaUploadBodyLimit },
    proxyClientMaxBodySize: mediaUploadBodyLimit,
  },
  // Loaded from node_modules at run time, never bundled: they read their own
  // .wasm/.node files next to their code.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "@node-rs/argon2",
    "pg",
  ],
};

export default createNextIntlPlugin("./src/i18n/request.ts")(nextConfig);
