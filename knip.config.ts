import type { KnipConfig } from "knip";

// `npm run knip`: no unused files, exports or dependencies. Next's app routes,
// next.config.ts, proxy.ts and instrumentation, and the Vitest and Playwright
// configs (with their setup files and specs) are found by knip's plugins;
// what runs by name from package.json or a shell is listed here.
const config: KnipConfig = {
  entry: [
    // npm scripts and the helpers they start by path (serve.mjs, page-cache.mjs…).
    "scripts/*.{ts,mjs}",
    "bench/*.{ts,mjs}",
    "test/load/*.ts",
    // vitest.config.ts aliases "server-only" to it.
    "test/server-only.ts",
    // The job worker alone in a process, which src/server/webhooks/webhooks.test.ts spawns by path.
    "test/support/jobs-worker.ts",
  ],
  project: ["src/**/*.{ts,tsx}", "scripts/**/*.{ts,mjs}", "bench/**/*.{ts,mjs}", "test/**/*.ts", "e2e/**/*.ts", "messages/**/*.ts", "prisma/*.prisma"],
  // A constant or type exported beside the schema that uses it (TITLE_MAX…) is the module's API, not dead code.
  ignoreExportsUsedInFile: true,
  // System tools the fault-injection suite runs (test/load).
  ignoreBinaries: ["mount", "umount", "runuser"],
  ignoreDependencies: [
    // Imported by the generated client in src/generated (gitignored, so not read).
    "@prisma/client",
    // Types for scripts/page-cache.mjs, read through its JSDoc (knip reads no JSDoc imports).
    "@types/http-cache-semantics",
    // The font files' source: src/components/site/fonts/generate.py copies and cuts them into public/fonts.
    "@fontsource-variable/inter",
    "@fontsource-variable/noto-sans-arabic",
    "@fontsource-variable/noto-sans-hebrew",
    "@fontsource-variable/source-serif-4",
  ],
};

export default config;
