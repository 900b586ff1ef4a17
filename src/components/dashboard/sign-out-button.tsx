"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";

const subscribeNothing = () => () => {};

export function SignOutButton({ signInHref }: { signInHref: string }) {
  const t = useTranslations("Dashboard");
  const [busy, setBusy] = useState(false);
  // Disabled until hydrated: a click before React is ready would do nothing.
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  return (
    <button
      type="button"
      className="link-button"
      disabled={busy || !hydrated}
      onClick={async () => {
        setBusy(true);
        await signOut({ redirect: false });
        window.location.assign(signInHref);
      }}
    >
      {busy ? t("signingOut") : t("signOut")}
    </button>
  );
}
