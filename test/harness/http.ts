import http from "node:http";
import { type ServerAction, serverActions } from "../../e2e/support/server-actions";
import { DEMO_PASSWORD } from "./app";

// HTTP as the suites need it: a reader's GET timed to the first byte, and a
// staff session (next-auth's own sign-in endpoints, a cookie jar) that calls
// server actions the way Next's client does (POST to a page with Next-Action).

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

export interface Timed {
  status: number;
  /** Time to the response headers (the first byte). */
  ttfb: number;
  /** Time to the whole body. */
  total: number;
  body?: string;
  error?: string;
}

export function timedGet(url: string, { keepBody = false, timeoutMs = 30_000, headers = {} as Record<string, string> } = {}): Promise<Timed> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.get(url, { agent, headers: { "Accept-Encoding": "gzip", ...headers }, timeout: timeoutMs }, (response) => {
      const ttfb = performance.now() - started;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => keepBody && chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, ttfb, total: performance.now() - started, ...(keepBody ? { body: Buffer.concat(chunks).toString("utf8") } : {}) }),
      );
      response.on("error", (error) => resolve({ status: 0, ttfb, total: performance.now() - started, error: error.message }));
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", (error) => resolve({ status: 0, ttfb: performance.now() - started, total: performance.now() - started, error: (error as NodeJS.ErrnoException).code ?? error.message }));
  });
}

export interface ActionResponse {
  status: number;
  text: string;
  /** The action's ActionResult, when the response carried one. */
  result?: { ok: boolean; data?: Record<string, unknown>; error?: string; [k: string]: unknown };
  ms: number;
  error?: string;
}

/** The ActionResult in a server action's RSC response (the line holding {"ok":…}). */
export function parseActionResult(text: string): ActionResponse["result"] {
  const line = /^[0-9a-f]+:(\{"ok":.*)$/m.exec(text)?.[1];
  if (!line) return undefined;
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

// The build's actions, read once (per preferred page): a build started meanwhile by
// someone else rewrites .next, while the running server keeps the ids it loaded.
const actionLists = new Map<string, ServerAction[]>();
export function allActions(prefer = ""): ServerAction[] {
  if (!actionLists.has(prefer)) actionLists.set(prefer, serverActions(prefer || undefined));
  return actionLists.get(prefer)!;
}
export function action(name: string, prefer?: string): ServerAction {
  const found = allActions(prefer).find((a) => a.name === name);
  if (!found) throw new Error(`No server action named ${name} in the build`);
  return found;
}

export class Session {
  private cookies = new Map<string, string>();
  constructor(readonly baseURL: string) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  }

  /** A path of baseURL, or an absolute URL (one session may visit several instances). */
  async fetch(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("Cookie", this.cookieHeader);
    const response = await fetch(new URL(pathname, this.baseURL), { redirect: "manual", ...init, headers });
    this.keep(response);
    return response;
  }

  /** Whether next-auth has given this session its cookie. */
  hasSession(): boolean {
    return [...this.cookies.keys()].some((k) => k.endsWith("next-auth.session-token"));
  }

  /** Signs in through next-auth's endpoints (its CSRF token, then the credentials callback); the callback's HTTP status. */
  async signInStatus(email: string, password = DEMO_PASSWORD, headers: Record<string, string> = {}): Promise<number> {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf", { headers })).json()) as { csrfToken: string };
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    await response.arrayBuffer();
    return response.status;
  }

  /** Signs in, or throws. */
  async signIn(email: string, password = DEMO_PASSWORD): Promise<this> {
    const status = await this.signInStatus(email, password);
    if (!this.hasSession()) throw new Error(`Sign-in of ${email} failed: HTTP ${status}`);
    return this;
  }

  /** POSTs a server action as Next's client does (JSON-encoded arguments, or a raw body). */
  async action(name: string | ServerAction, args: unknown[] | { raw: BodyInit; contentType?: string }, headers: Record<string, string> = {}): Promise<ActionResponse> {
    const target = typeof name === "string" ? action(name) : name;
    const raw = !Array.isArray(args);
    const started = performance.now();
    try {
      const response = await this.fetch(target.page, {
        method: "POST",
        headers: {
          "Next-Action": target.id,
          ...(raw && !args.contentType ? {} : { "Content-Type": raw ? args.contentType! : "text/plain;charset=UTF-8" }),
          Accept: "text/x-component",
          Origin: this.baseURL,
          ...headers,
        },
        body: raw ? args.raw : JSON.stringify(args),
        signal: AbortSignal.timeout(60_000),
      });
      const text = await response.text();
      return { status: response.status, text, result: parseActionResult(text), ms: performance.now() - started };
    } catch (error) {
      return { status: 0, text: "", ms: performance.now() - started, error: (error as Error).message };
    }
  }
}
