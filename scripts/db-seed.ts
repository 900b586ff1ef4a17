// `npm run db:seed`: the demo debate (idempotent). With --accounts, also the demo
// staff accounts; their passwords are printed once (or taken from DEMO_PASSWORD).
import { releaseEmbeddedDatabase, resolveDatabaseUrl } from "../src/server/database/connection";
import { applyMigrations } from "../src/server/database/schema-engine";
import { db } from "../src/server/db";
import { seedDemo } from "../src/server/seed/demo";

await resolveDatabaseUrl({ migrate: applyMigrations });
const report = await seedDemo(db, {
  accounts: process.argv.includes("--accounts"),
  password: process.env.DEMO_PASSWORD,
});
console.log(`Seeded ${report.createdArticles} articles, ${report.createdVariants} language versions.`);
for (const a of report.createdAccounts) console.log(`  ${a.role.padEnd(10)} ${a.email}  password: ${a.password}`);
await db.$disconnect();
await releaseEmbeddedDatabase();
