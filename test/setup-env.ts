import { inject } from "vitest";

// Every test file talks to the run's database through the app's own client.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE = String(inject("databasePoolSize"));

// Files the tests store (the demo seed's images among them) go to a folder of
// their own, never the working copy's .data/media. A test may point MEDIA_DIR elsewhere.
process.env.MEDIA_DIR ??= (await import("node:path")).join((await import("node:os")).tmpdir(), `polyglot-test-media-${process.pid}`);
