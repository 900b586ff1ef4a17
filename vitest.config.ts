import path from "node:path";
import { defineConfig } from "vitest/config";

const embedded = !process.env.DATABASE_URL;

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname, "src"),
      // Next resolves server-only to nothing on the server; so do the tests.
      "server-only": path.resolve(import.meta.dirname, "test/server-only.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "messages/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup-env.ts"],
    // The embedded database answers one statement at a time: test files take turns.
    fileParallelism: !embedded,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
