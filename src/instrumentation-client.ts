// Runs in the browser before the app starts (Next's instrumentation-client).
import { config } from "zod/v4/core";

// Zod probes once whether it may compile parsers with `new Function("")`. Our
// Content-Security-Policy has no 'unsafe-eval' (src/lib/security/headers.ts),
// so the browser refuses — harmlessly, zod falls back to its interpreter — but
// reports a CSP violation on every dashboard page. Saying so up front skips the probe.
config({ jitless: true });
