import "server-only";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
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
  // Extensions the schema uses (prisma/schema.prisma `extensions`) must be loaded here.
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 64 });
  keepSessionsApart(server, db);
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

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}

const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'

/**
 * PGlite is a single backend session shared by every socket. The socket
 * server keeps a *transaction's* statements together, but not an
 * extended-protocol exchange (Parse, Bind, Execute … Sync): between one
 * client's Parse and its Bind, another client's Parse replaces the unnamed
 * statement, and the first client runs the wrong query. So a client keeps the
 * backend from its first message until the backend says ReadyForQuery "idle"
 * (end of the exchange, outside any transaction); the others wait their turn.
 *
 * Upstream: electric-sql/pglite#1046 (open: batches of two connections
 * interleave; the library pins a connection only while in a transaction), with
 * the fix proposed in electric-sql/pglite#977. Drop this when a release of
 * @electric-sql/pglite-socket keeps a handler until ReadyForQuery itself
 * (src/server/database/embedded-server.test.ts shows whether it does).
 */
function keepSessionsApart(server: PGLiteSocketServer, db: PGlite) {
  const q = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let owner: number | null = null;

  q.processQueue = async function processQueue() {
    if (q.processing) return;
    q.processing = true;
    try {
      while (q.queue.length > 0) {
        const index = owner === null ? 0 : q.queue.findIndex((m) => m.handlerId === owner);
        if (index === -1) break; // the owner's next message has not arrived yet
        const item = q.queue.splice(index, 1)[0]!;
        owner = item.handlerId;
        let tail: Uint8Array = new Uint8Array(0);
        let bytes = 0;
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(item.message, {
              onRawData: (chunk: Uint8Array) => {
                bytes += chunk.length;
                tail = lastBytes(tail, chunk, 6);
                item.onData(chunk);
              },
            }),
          );
        } catch (error) {
          owner = null;
          item.reject(error);
          continue;
        }
        if (endsIdle(tail)) owner = null;
        item.resolve(bytes);
      }
    } finally {
      q.processing = false;
    }
  };

  const clearQueueForHandler = q.clearQueueForHandler.bind(q);
  q.clearQueueForHandler = (handlerId: number) => {
    clearQueueForHandler(handlerId);
    if (owner === handlerId) {
      owner = null;
      // A client gone mid-transaction must not leave it open for the next one.
      void (db.isInTransaction() ? db.exec("ROLLBACK") : Promise.resolve()).finally(() => void q.processQueue());
    }
  };
  // Our owner bookkeeping replaces the library's transaction tracking.
  q.clearTransactionIfNeeded = async () => {};
}

function lastBytes(previous: Uint8Array, chunk: Uint8Array, n: number): Uint8Array {
  const joined = new Uint8Array(previous.length + chunk.length);
  joined.set(previous);
  joined.set(chunk, previous.length);
  return joined.slice(Math.max(0, joined.length - n));
}

/** Does the response end with ReadyForQuery('I')? ('Z', int32 length 5, status) */
function endsIdle(tail: Uint8Array): boolean {
  return tail.length === 6 && tail[0] === READY_FOR_QUERY && tail[4] === 5 && tail[5] === IDLE;
}
