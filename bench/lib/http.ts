// Plain HTTP helpers: a cookie jar, next-auth sign-in through its own endpoints.

export class Session {
  cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.header());
    const response = await fetch(url, { redirect: "manual", ...init, headers });
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
    return response;
  }

  hasSession(): boolean {
    return [...this.cookies.keys()].some((k) => k.endsWith("next-auth.session-token"));
  }
}

/** Signs in with next-auth's credentials provider; returns the HTTP status of the callback. */
export async function signIn(session: Session, base: string, email: string, password: string, headers: Record<string, string> = {}): Promise<number> {
  const { csrfToken } = (await (await session.fetch(`${base}/api/auth/csrf`, { headers })).json()) as { csrfToken: string };
  const response = await session.fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  await response.arrayBuffer();
  return response.status;
}
