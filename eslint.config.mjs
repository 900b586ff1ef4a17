import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "src/generated/**", "next-env.d.ts", "playwright-report/**", "test-results/**"]),
  {
    rules: {
      // Links inside the app go through the locale-aware Link of @/i18n/navigation.
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use Link from @/i18n/navigation." }] }],
    },
  },
]);
