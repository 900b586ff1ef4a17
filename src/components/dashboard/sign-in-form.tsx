"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

type Status = { kind: "idle" } | { kind: "submitting" } | { kind: "invalid" } | { kind: "rateLimited"; minutes: number } | { kind: "failed" };

/**
 * Email + password against next-auth's credentials callback. Posted by hand
 * (not next-auth/react's signIn) to read the 429's Retry-After and say how
 * long to wait.
 */
export function SignInForm({ dashboardHref }: { dashboardHref: string }) {
  const t = useTranslations("SignIn");
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setStatus({ kind: "submitting" });
    try {
      const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await fetch("/api/auth/callback/credentials", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          csrfToken,
          email: String(form.get("email") ?? ""),
          password: String(form.get("password") ?? ""),
          callbackUrl: dashboardHref,
          json: "true",
        }),
      });
      if (response.status === 429) {
        const seconds = Number(response.headers.get("Retry-After") ?? 900);
        setStatus({ kind: "rateLimited", minutes: Math.max(1, Math.ceil(seconds / 60)) });
      } else if (response.ok) {
        // A full load: every server component re-renders with the new session.
        window.location.assign(dashboardHref);
      } else if (response.status === 401) {
        setStatus({ kind: "invalid" });
      } else {
        setStatus({ kind: "failed" });
      }
    } catch {
      setStatus({ kind: "failed" });
    }
  }

  const message =
    status.kind === "invalid"
      ? t("invalid")
      : status.kind === "rateLimited"
        ? t("rateLimited", { minutes: status.minutes })
        : status.kind === "failed"
          ? t("failed")
          : null;

  return (
    <form className="dashboard-form sign-in-form" onSubmit={onSubmit} noValidate>
      {message && (
        <p role="alert" className="form-error" data-testid="sign-in-error">
          {message}
        </p>
      )}
      <label>
        {t("email")}
        <input name="email" type="email" autoComplete="username" required dir="ltr" />
      </label>
      <label>
        {t("password")}
        <input name="password" type="password" autoComplete="current-password" required dir="ltr" />
      </label>
      <button type="submit" disabled={status.kind === "submitting"}>
        {status.kind === "submitting" ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
