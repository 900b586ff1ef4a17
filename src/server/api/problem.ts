import "server-only";
import type { ProblemJson } from "./schemas";

/** The content API's stable error codes (the `code` of a problem). */
export type ProblemCode = "bad_parameter" | "invalid_key" | "locale_forbidden" | "not_found" | "rate_limited" | "internal";

const TITLES: Record<ProblemCode, { status: number; title: string }> = {
  bad_parameter: { status: 400, title: "Bad parameter" },
  invalid_key: { status: 401, title: "Invalid API key" },
  locale_forbidden: { status: 403, title: "Language not allowed for this key" },
  not_found: { status: 404, title: "Not found" },
  rate_limited: { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal error" },
};

/** An error of the content API, answered as RFC 9457 problem details. */
export class ApiProblem extends Error {
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly extra: { parameter?: string; retryAfterSeconds?: number } = {},
  ) {
    super(detail ?? code);
    this.status = TITLES[code].status;
  }

  toJSON(): ProblemJson {
    return {
      type: `/api/v1/problems/${this.code.replaceAll("_", "-")}`,
      title: TITLES[this.code].title,
      status: this.status,
      code: this.code,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.extra.parameter ? { parameter: this.extra.parameter } : {}),
    };
  }
}

export const badParameter = (parameter: string, detail: string) => new ApiProblem("bad_parameter", `${parameter}: ${detail}`, { parameter });
