import { defineConfig } from "prisma/config";

// Used by the stock Prisma CLI (`npx prisma generate`, and `prisma migrate deploy`
// for those with network access). Our own scripts/db/*.ts run migrations offline.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
