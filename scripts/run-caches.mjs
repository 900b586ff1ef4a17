// What Next keeps on disk between runs of the same build, beside the build itself:
// the pages and feeds it rendered at run time (ISR, `.next/server/route-cache`)
// and `unstable_cache` data (`.next/cache/fetch-cache`). A new server process
// would serve them — stale, once, then refresh — though they may have been
// rendered against another database: the end-to-end suite runs one build on
// PGlite and then on Postgres, and `/ar/debates/…` came up with the other
// database's twelfth Arabic article. A developer switching DATA_DIR or
// DATABASE_URL would see the same. `npm start` begins without them; the cost
// is one render of each page after a restart.
import { rmSync } from "node:fs";
import path from "node:path";

/** Removes the folders of `distDir` holding what Next cached while serving (not the build). */
export function forgetEarlierRuns(distDir) {
  for (const folder of [path.join(distDir, "server", "route-cache"), path.join(distDir, "cache", "fetch-cache")]) {
    rmSync(folder, { recursive: true, force: true });
  }
}
