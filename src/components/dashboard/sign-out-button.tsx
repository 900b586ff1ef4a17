"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";

export function SignOutButton({ signInHref }: { signInHref: string }) {
  const t = useTranslations("Dashboard");
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="link-button"
      disabled={busy}
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
