// `npm run user:create -- --role admin --email you@example.org [--name "Your Name"] [--locales ar,he]`
// Creates a staff account — the first admin of a real database, typically.
// The password is read from USER_PASSWORD, or asked for (hidden) on a
// terminal; it must be at least 12 characters. There is never a default.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { createUserSchema, MIN_PASSWORD_LENGTH } from "../src/lib/users/schemas";
import { releaseEmbeddedDatabase, resolveDatabaseUrl } from "../src/server/database/connection";
import { pendingMigrations } from "../src/server/database/migrations-folder";
import { applyMigrations } from "../src/server/database/schema-engine";
import { db } from "../src/server/db";
import { hashPassword } from "../src/server/auth/password";

const usage = 'Usage: npm run user:create -- --role admin|editor|translator --email you@example.org [--name "Name"] [--locales ar,he] [--can-publish]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      role: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      locales: { type: "string" },
      "can-publish": { type: "boolean", default: false },
    },
    strict: true,
  });
  if (!values.role || !values.email) {
    console.error(usage);
    return 2;
  }
  const password = process.env.USER_PASSWORD ?? (await askPassword());
  if (!password || password.length < MIN_PASSWORD_LENGTH) {
    console.error(`The password must be at least ${MIN_PASSWORD_LENGTH} characters.`);
    return 2;
  }
  const parsed = createUserSchema.safeParse({
    role: values.role.toUpperCase(),
    email: values.email,
    name: values.name ?? values.email.split("@")[0],
    locales: values.locales ? values.locales.split(",").map((l) => l.trim()) : [],
    canPublish: values["can-publish"],
    password,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join(".") || "input"}: ${issue.message}`);
    console.error(usage);
    return 2;
  }
  const data = parsed.data;

  const url = await resolveDatabaseUrl({ migrate: applyMigrations });
  const pending = await pendingMigrations(url);
  if (pending.length > 0) {
    console.error(`The database needs migrating first (${pending.join(", ")}): npm run db:migrate`);
    return 1;
  }
  if (await db.user.findUnique({ where: { email: data.email } })) {
    console.error(`A user with the email ${data.email} already exists.`);
    return 1;
  }
  // No signed-in actor exists yet (this is how the first admin is made):
  // whoever can run this command on the server already controls the database.
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, locales: data.locales, canPublish: data.canPublish, passwordHash: await hashPassword(password) },
    });
    await tx.auditEvent.create({
      data: { action: "user.create", entityType: "User", entityId: created.id, data: { email: created.email, role: created.role, via: "user:create" } },
    });
    return created;
  });
  console.log(`Created ${user.role.toLowerCase()} ${user.email}${user.locales.length ? ` (${user.locales.join(", ")})` : ""}.`);
  return 0;
}

/** Reads a line from the terminal without echoing it. */
async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    console.error("No terminal to ask for the password: set USER_PASSWORD.");
    return "";
  }
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) process.stdout.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      muted = false;
      process.stdout.write(question);
      muted = true;
      rl.question("", (answer) => {
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  const first = await ask(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const second = await ask("Again: ");
  rl.close();
  if (first !== second) {
    console.error("The passwords do not match.");
    return "";
  }
  return first;
}

const code = await main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  return 1;
});
await db.$disconnect();
await releaseEmbeddedDatabase();
process.exit(code);
