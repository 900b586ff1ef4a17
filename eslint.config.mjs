import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

const nextLink = { name: "next/link", message: "Use Link from @/i18n/navigation." };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "src/generated/**", "next-env.d.ts", "playwright-report/**", "test-results/**"]),
  {
    rules: {
      // Links inside the app go through the locale-aware Link of @/i18n/navigation.
      "no-restricted-imports": ["error", { paths: [nextLink] }],
    },
  },
  {
    // Arrows point into src/app, never out of it: routes import components and
    // server code, nothing imports a route (renaming a route group must not
    // break a component). Server actions live in src/server/actions.
    ignores: ["src/app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [nextLink], patterns: [{ group: ["@/app/*", "**/app/\\[locale\\]/*"], message: "Only src/app imports routes; put shared code in src/server, src/lib or src/components." }] },
      ],
    },
  },
]);
