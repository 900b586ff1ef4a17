import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Types are checked once, by `npm run typecheck` (CI runs it before building);
  // checking them again inside every build only slows `npm start`.
  typescript: { ignoreBuildErrors: true },
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
