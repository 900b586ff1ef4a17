"use client";

import { type FormEvent, useState } from "react";
import { ActionButton } from "@/components/dashboard/action-button";
import { ActionError } from "@/components/dashboard/action-error";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import { LOCALES } from "@/i18n/locales";
import { createApiKeyAction, revokeApiKeyAction } from "@/server/actions/api-keys";

// The page passes its texts in (already in the dashboard's language): the
// ApiKeys messages need not be sent to every dashboard page's browser.
type Labels = Record<"name" | "nameHint" | "scopes" | "scopeContent" | "scopeDrafts" | "locales" | "localesHint" | "create" | "creating" | "secretOnce", string>;

/** Makes a key, and shows its secret this once (it is never sent again). `labels.secretOnce` has a `{name}`. */
export function ApiKeyForm({ labels }: { labels: Labels }) {
  const t = (key: keyof Labels) => labels[key];
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
          {labels.secretOnce.replace("{name}", created.name)} <code data-testid="api-key-secret" dir="ltr">{created.secret}</code>
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

/** Revokes a key after asking (`confirm`, already translated). */
export function RevokeApiKeyButton({ id, label, confirm }: { id: string; label: string; confirm: string }) {
  const router = useRouter();
  return (
    <ActionButton run={() => revokeApiKeyAction({ id })} onDone={() => router.refresh()} confirm={confirm} testId="revoke-api-key">
      {label}
    </ActionButton>
  );
}
