import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { chmod, readdir } from "node:fs/promises";
import path from "node:path";
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
 *
 * PGlite itself trusts whoever connects (it answers a startup message with
 * AuthenticationOk), and loopback is open to every local user: so the server
 * asks each connection for `password` (random when not given; connection.ts
 * keeps one per data folder, 0600) before the backend sees anything, and the
 * data folder is made owner-only (PGlite creates its files 0666 whatever the umask).
 */
export async function startEmbeddedServer({
  dataDir,
  port = 0,
  password = randomBytes(24).toString("base64url"),
}: {
  dataDir: string | undefined;
  port?: number;
  password?: string;
}): Promise<EmbeddedServer> {
  // Extensions the schema uses (prisma/schema.prisma `extensions`) must be loaded here.
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
  if (dataDir) await ownerOnly(dataDir);
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 64 });
  keepSessionsApart(server, db, password);
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@${address}/postgres?sslmode=disable`,
    async close() {
      await server.stop();
      await db.close();
      // Files PGlite created while running (WAL segments, new relations) were 0666 too.
      if (dataDir) await ownerOnly(dataDir);
    },
  };
}

/** Folders 0700 and files 0600, all the way down. */
async function ownerOnly(dir: string): Promise<void> {
  await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await ownerOnly(full);
    else if (entry.isFile()) await chmod(full, 0o600);
  }
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
function keepSessionsApart(server: PGLiteSocketServer, db: PGlite, password: string) {
  const q = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let owner: number | null = null;
  const gate = passwordGate(password);

  q.processQueue = async function processQueue() {
    if (q.processing) return;
    q.processing = true;
    try {
      while (q.queue.length > 0) {
        const index = owner === null ? 0 : q.queue.findIndex((m) => m.handlerId === owner);
        if (index === -1) break; // the owner's next message has not arrived yet
        const item = q.queue.splice(index, 1)[0]!;
        // Not the backend's until the connection has given the password.
        const startup = gate.intercept(item);
        if (startup === "handled") continue;
        if (startup) item.message = startup;
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
    gate.forget(handlerId);
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

const PROTOCOL_3 = 196608;

/**
 * Password authentication in front of PGlite, per connection: the startup
 * message is held back and answered with AuthenticationCleartextPassword (on
 * loopback only: another local user cannot read loopback traffic without root);
 * the right password releases the held startup message to the backend, which
 * answers it as before; anything else gets FATAL 28P01 and the connection is
 * dropped. Returns "handled" when the message was answered here, the startup
 * message to run instead of this one, or null for an authenticated connection.
 */
function passwordGate(password: string) {
  const expected = Buffer.from(password);
  const pending = new Map<number, Uint8Array>();
  const authenticated = new Set<number>();
  return {
    forget(handlerId: number) {
      pending.delete(handlerId);
      authenticated.delete(handlerId);
    },
    intercept(item: QueuedMessage): Uint8Array | "handled" | null {
      if (authenticated.has(item.handlerId)) return null;
      const message = Buffer.from(item.message);
      const held = pending.get(item.handlerId);
      if (!held && message.length >= 8 && message.readInt32BE(4) === PROTOCOL_3) {
        pending.set(item.handlerId, item.message);
        const request = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3]); // 'R', length 8, cleartext
        item.onData(request);
        item.resolve(request.length);
        return "handled";
      }
      if (held && message[0] === 0x70 /* 'p' */) {
        const given = message.subarray(5, message.length - 1); // NUL-terminated
        if (given.length === expected.length && timingSafeEqual(given, expected)) {
          pending.delete(item.handlerId);
          authenticated.add(item.handlerId);
          return held;
        }
      }
      const refusal = errorResponse("28P01", "password authentication failed for user \"postgres\"");
      item.onData(refusal);
      // Rejecting makes the socket handler drop the connection.
      item.reject(new Error("embedded database: authentication failed"));
      this.forget(item.handlerId);
      return "handled";
    },
  };
}

function errorResponse(code: string, message: string): Uint8Array {
  const fields = Buffer.concat([
    Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0`),
    Buffer.from([0]),
  ]);
  const head = Buffer.alloc(5);
  head[0] = 0x45; // 'E'
  head.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([head, fields]);
}
