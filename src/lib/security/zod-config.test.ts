import { describe, expect, it } from "vitest";
import { config } from "zod/v4/core";

// src/instrumentation-client.ts sets zod's `jitless` through the global
// object zod keeps its configuration in, without importing zod. This checks
// that zod (as installed) really reads its configuration from there.
describe("zod's configuration object", () => {
  it("is globalThis.__zod_globalConfig", () => {
    const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
    expect(config()).toBe(holder.__zod_globalConfig);
  });
});
