"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import { resetUserPasswordAction, setUserDisabledAction } from "@/server/actions/users";
import { ActionError } from "./action-error";


/** Disable/enable an account and reset its password (each ends the user's sessions). */
export function UserAccountActions({ id, email, disabled, self }: { id: string; email: string; disabled: boolean; self: boolean }) {
  const t = useTranslations("Users");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const [generated, setGenerated] = useState<string | null>(null);

  const toggle = () =>
    run(() => setUserDisabledAction({ id, disabled: !disabled }), () => {
      setNotice(disabled ? t("enabledNotice") : t("disabledNotice"));
      router.refresh();
    });

  const reset = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const password = String(new FormData(formElement).get("password") ?? "");
    run(() => resetUserPasswordAction({ id, password }), (data) => {
      setNotice(t("resetDone"));
      setGenerated(data.generatedPassword ?? null);
      formElement.reset();
    });
  };

  return (
    <div className="account-actions">
      <ActionError result={failure} />
      {notice && (
        <p role="status" className="form-notice">
          {notice}
        </p>
      )}
      {generated && (
        <p role="status" className="form-notice generated-password">
          {t("generatedPassword", { email })} <code data-testid="generated-password">{generated}</code>
        </p>
      )}
      {!self && (
        <section>
          <h2>{t("accessSection")}</h2>
          <button type="button" onClick={toggle} disabled={pending}>
            {disabled ? t("enable") : t("disable")}
          </button>
        </section>
      )}
      <section>
        <h2>{t("passwordSection")}</h2>
        <form className="dashboard-form" onSubmit={reset}>
          <label>
            {t("newPassword")}
            <input name="password" type="password" autoComplete="new-password" minLength={12} dir="ltr" />
            <span className="hint">{t("passwordHint")}</span>
          </label>
          <button type="submit" disabled={pending}>
            {t("resetPassword")}
          </button>
        </form>
      </section>
    </div>
  );
}
