"use client";

import { useEffect } from "react";
import { usePathname } from "@/i18n/navigation";

const MIN_INTERVAL_MS = 60_000;

/**
 * The idle timeout counts from the last *activity*: navigating in the
 * dashboard, typing or clicking. Each (at most once a minute) asks next-auth
 * for the session, which re-issues the session cookie with a fresh expiry.
 * Nothing polls on a timer, so an unattended tab does end its session.
 */
export function SessionKeepAlive() {
  const pathname = usePathname();

  useEffect(() => {
    let last = 0;
    const refresh = () => {
      if (Date.now() - last < MIN_INTERVAL_MS) return;
      last = Date.now();
      void fetch("/api/auth/session", { cache: "no-store" }).catch(() => undefined);
    };
    refresh();
    const events = ["keydown", "pointerdown"] as const;
    for (const e of events) window.addEventListener(e, refresh, { passive: true });
    return () => {
      for (const e of events) window.removeEventListener(e, refresh);
    };
  }, [pathname]);

  return null;
}
