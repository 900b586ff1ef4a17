import "server-only";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedServer {
  url: string;
  close(): Promise<void>;
}

/**
 * PGlite (Postgres compiled to WebAssembly) served over the Postgres wire
 * protocol on loopback, so every process talks plain `pg` to a URL whether the
 * database is embedded or a real server. `dataDir` undefined = in memory.
 */
export async function startEmbeddedServer({ dataDir, port = 0 }: { dataDir: string | undefined; port?: number }): Promise<EmbeddedServer> {
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 32 });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgresql://postgres:postgres@${address}/postgres?sslmode=disable`,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}
