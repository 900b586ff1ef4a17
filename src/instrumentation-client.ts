// Runs in the browser before the app starts (Next's instrumentation-client).

// Zod probes once whether it may compile parsers with `new Function("")`. Our
// Content-Security-Policy has no 'unsafe-eval' (src/lib/security/headers.ts),
// so the browser refuses — harmlessly, zod falls back to its interpreter — but
// reports a CSP violation on every dashboard page. Setting zod's `jitless`
// option up front skips the probe. It is set on the global object zod keeps
// its configuration in (zod adopts an existing one; src/lib/security/zod-config.test.ts
// checks that), rather than through `import { config } from "zod"`, which
// would put zod into the bundle of every public page.
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });

export {};
