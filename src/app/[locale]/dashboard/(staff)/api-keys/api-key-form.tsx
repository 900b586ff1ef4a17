"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { ActionButton } from "@/components/dashboard/action-button";
import { ActionError } from "@/components/dashboard/action-error";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import { LOCALES } from "@/i18n/locales";
import { createApiKeyAction, revokeApiKeyAction } from "@/server/actions/api-keys";

/** Makes a key, and shows its secret this once (it is never sent again). */
export function ApiKeyForm() {
  const t = useTranslations("ApiKeys");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const invalid = new Set(failure?.fields ?? []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setCreated(null);
    run(
      () => createApiKeyAction({ name: String(form.get("name") ?? ""), scopes: form.getAll("scopes").map(String), locales: form.getAll("locales").map(String) }),
      (data) => {
        setCreated({ name: data.name, secret: data.secret });
        formElement.reset();
        router.refresh();
      },
    );
  }

  return (
    <form className="dashboard-form" onSubmit={onSubmit} data-testid="create-api-key-form">
      <ActionError result={failure} />
      {created && (
        <p role="status" className="form-notice generated-password">
          {t("secretOnce", { name: created.name })} <code data-testid="api-key-secret" dir="ltr">{created.secret}</code>
        </p>
      )}
      <label>
        {t("name")}
        <input name="name" required maxLength={100} aria-invalid={invalid.has("name")} dir="auto" />
        <span className="hint">{t("nameHint")}</span>
      </label>
      <fieldset aria-invalid={invalid.has("scopes")}>
        <legend>{t("scopes")}</legend>
        <label className="checkbox">
          <input type="checkbox" name="scopes" value="content:read" defaultChecked />
          {t("scopeContent")}
        </label>
        <label className="checkbox">
          <input type="checkbox" name="scopes" value="drafts:read" />
          {t("scopeDrafts")}
        </label>
      </fieldset>
      <fieldset aria-invalid={invalid.has("locales")}>
        <legend>{t("locales")}</legend>
        <p className="hint">{t("localesHint")}</p>
        {LOCALES.map((l) => (
          <label key={l.code} className="checkbox">
            <input type="checkbox" name="locales" value={l.code} />
            <span lang={l.code}>{l.label}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={pending}>
        {pending ? t("creating") : t("create")}
      </button>
    </form>
  );
}

export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("ApiKeys");
  const router = useRouter();
  return (
    <ActionButton run={() => revokeApiKeyAction({ id })} onDone={() => router.refresh()} confirm={t("revokeConfirm", { name })} testId="revoke-api-key">
      {t("revoke")}
    </ActionButton>
  );
}
