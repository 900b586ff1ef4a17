// Shared by playwright.config.ts and the specs.
export const e2ePort = Number(process.env.E2E_PORT ?? 3210);
/** The e2e server's own embedded data folder (when DATABASE_URL is not set). */
export const e2eDataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";
