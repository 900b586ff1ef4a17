import "server-only";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import {
  ColumnTypeEnum,
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { startEmbeddedServer } from "./embedded-server";
import { MIGRATIONS_DIR, SCHEMA_PATH, readMigrationList } from "./migrations-folder";
import { migrateJobQueue } from "../jobs/schema";

// Prisma's own schema engine, compiled to WebAssembly: the same engine as
// `prisma migrate`, without the native binary the CLI downloads (we are offline).
// It writes `_prisma_migrations` exactly as `prisma migrate deploy` does.


type EngineModule = typeof import("@prisma/schema-engine-wasm");
let engineModule: Promise<EngineModule> | undefined;

/** Loads the wasm without `--experimental-wasm-modules` (Node 20 needs the flag for a .wasm import). */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bindings = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await readFile(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return engineModule;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHAR_COLUMNS = Symbol("char columns");

/**
 * The schema engine describes a database through catalog queries returning
 * Postgres' internal one-byte `"char"` type (pg_class.relkind,
 * pg_constraint.contype, …), which the pg driver adapter refuses to map. So the
 * client reports such columns as text (the adapter accepts that) and marks
 * them on the rows, and the adapter wrapper below hands them to the engine as
 * the Character type it expects.
 */
function markCharColumns(res: pg.QueryResult | undefined) {
  const chars: number[] = [];
  for (const [i, field] of (res?.fields ?? []).entries()) {
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      chars.push(i);
    }
  }
  if (res && chars.length) Object.assign(res.rows, { [CHAR_COLUMNS]: chars });
  return res;
}

class CatalogFriendlyClient extends pg.Client {
  // @ts-expect-error -- pg's overloads; every call passes through unchanged but for the field types.
  override query(...args: unknown[]) {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: pg.QueryResult) => last(err, markCharColumns(res));
    }
    // @ts-expect-error -- see above
    const result = super.query(...args) as unknown;
    return result instanceof Promise ? result.then(markCharColumns) : result;
  }
}

function withCharColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    const chars = (result.rows as unknown as { [CHAR_COLUMNS]?: number[] })[CHAR_COLUMNS];
    for (const i of chars ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

async function connectEngineAdapter(connectionString: string): Promise<SqlDriverAdapter> {
  const factory = new PrismaPg({ connectionString, max: 1, Client: CatalogFriendlyClient as unknown as typeof pg.Client });
  const adapter = withCharColumns(await factory.connect());
  // The adapter splits scripts on every ";" — inside function bodies and comments
  // too. Like Prisma's native engine, send a migration script whole: one simple
  // query, which Postgres also runs as one implicit transaction.
  const internals = adapter as unknown as { client: pg.Pool; onError(error: unknown): never };
  adapter.executeScript = async (script) => {
    try {
      await internals.client.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolation) => withCharColumns(await startTransaction(isolation));
  return adapter;
}

/**
 * The engine connected to `url`. Its shadow database (used to replay the
 * migrations folder when diffing) is always a throw-away in-memory PGlite, so
 * creating a migration needs no `CREATEDB` right and no server.
 */
async function connectEngine(url: string, schema?: string): Promise<{ engine: SchemaEngine; close(): Promise<void> }> {
  const { SchemaEngine } = await loadEngineModule();
  const shadows: { close(): Promise<void> }[] = [];
  const pgFactory = new PrismaPg({ connectionString: url });
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: pgFactory.provider,
    adapterName: pgFactory.adapterName,
    connect: () => connectEngineAdapter(url),
    async connectToShadowDb() {
      const shadow = await startEmbeddedServer({ dataDir: undefined });
      shadows.push(shadow);
      return connectEngineAdapter(shadow.url);
    },
  };
  const datamodels: [string, string][] | undefined = schema ? [[SCHEMA_PATH, schema]] : undefined;
  const engine = await SchemaEngine.new(
    { datamodels },
    (log: string) => {
      if (process.env.DEBUG_SCHEMA_ENGINE) console.error(log);
    },
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(shadows.map((s) => s.close()));
    },
  };
}

const noFilter = { externalTables: [], externalEnums: [] };

/**
 * Applies pending migrations (`prisma migrate deploy`), then creates or
 * upgrades the job queue's own tables (src/server/jobs/schema.ts). Returns the
 * names of the migrations applied.
 */
export async function applyMigrations(url: string): Promise<string[]> {
  const { engine, close } = await connectEngine(url);
  try {
    const result = await engine.applyMigrations({
      migrationsList: await readMigrationList(),
      filters: noFilter,
    });
    await migrateJobQueue(url);
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}

/**
 * The SQL that would bring a database built from the migrations folder to
 * `schema.prisma`; empty when they agree.
 */
export async function diffMigrationsToSchema(schemaPath = SCHEMA_PATH, migrationsDir = MIGRATIONS_DIR): Promise<string> {
  const schema = await readFile(schemaPath, "utf8");
  const shadowHost = await startEmbeddedServer({ dataDir: undefined });
  const { engine, close } = await connectEngine(shadowHost.url, schema);
  try {
    const result = await engine.diff({
      from: { tag: "migrations", ...(await readMigrationList(migrationsDir)) },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    const sql = (result.stdout ?? "").trim();
    return sql === "-- This is an empty migration." ? "" : sql;
  } finally {
    await close();
    await shadowHost.close();
  }
}
