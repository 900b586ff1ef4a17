import { describe, expect, it } from "vitest";
import { z } from "zod";
import { domainErrorFromDatabase, NotFoundError, parseInput, ValidationError } from "./errors";

// Found by `npm run fuzz`: inputs the schemas accepted but Postgres could not
// take ended as {error: "unexpected"} (the generic message) instead of a clear one.
describe("parseInput refuses what Postgres cannot store", () => {
  const schema = z.object({ title: z.string(), tags: z.array(z.string()).optional(), body: z.unknown().optional() });

  it("a NUL character in any string, naming the field", () => {
    for (const input of [{ title: "a\u0000b" }, { title: "ok", tags: ["x", "\u0000"] }, { title: "ok", body: { content: [{ text: "nul\u0000" }] } }]) {
      const error = (() => {
        try {
          parseInput(schema, input);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.path[0])).toEqual([Object.keys(input).at(-1)]);
    }
  });

  it("accepts every other character, right-to-left marks and emoji included", () => {
    expect(parseInput(schema, { title: "\u202Bשלום\u202C 👋🏽 e\u0301" })).toEqual({ title: "\u202Bשלום\u202C 👋🏽 e\u0301" });
  });
});

describe("domainErrorFromDatabase (server actions map its result: src/server/actions/run-action.ts)", () => {
  it("a reference to a row that does not exist (a foreign-key violation) is 'not found', not 'unexpected'", () => {
    const prismaError = Object.assign(new Error("Foreign key constraint violated"), { code: "P2003" });
    expect(domainErrorFromDatabase(prismaError)).toBeInstanceOf(NotFoundError);
    expect(domainErrorFromDatabase(new Error("connection refused"))).toBeNull();
  });
});
