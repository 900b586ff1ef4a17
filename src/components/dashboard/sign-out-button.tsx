"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { signOutEverywhereAction } from "@/server/actions/sessions";

const subscribeNothing = () => () => {};

/**
 * Sign out (this session ends on the server: next-auth's signOut event deletes
 * its row) or sign out everywhere (every session of the user ends, then this one).
 */
export function SignOutButton({ signInHref }: { signInHref: string }) {
  const t = useTranslations("Dashboard");
  const [busy, setBusy] = useState(false);
  // Disabled until hydrated: a click before React is ready would do nothing.
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const leave = async (everywhere: boolean) => {
    setBusy(true);
    if (everywhere) await signOutEverywhereAction().catch(() => undefined);
    await signOut({ redirect: false });
    window.location.assign(signInHref);
  };
  return (
    <>
      <button type="button" className="link-button" disabled={busy || !hydrated} onClick={() => leave(false)}>
        {busy ? t("signingOut") : t("signOut")}
      </button>
      <button type="button" className="link-button" disabled={busy || !hydrated} onClick={() => leave(true)} data-testid="sign-out-everywhere">
        {t("signOutEverywhere")}
      </button>
    </>
  );
}
