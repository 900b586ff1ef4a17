import { inject } from "vitest";

// Every test file talks to the run's database through the app's own client.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE = String(inject("databasePoolSize"));
