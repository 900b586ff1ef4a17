"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import { LOCALES } from "@/i18n/locales";
import { ROLES } from "@/lib/users/schemas";
import { createUserAction, updateUserAction } from "@/server/actions/users";
import { ActionError } from "./action-error";

type Role = (typeof ROLES)[number];

export interface UserFormValues {
  id?: string;
  name: string;
  email: string;
  role: Role;
  locales: string[];
  canPublish: boolean;
}

const EMPTY: UserFormValues = { name: "", email: "", role: "TRANSLATOR", locales: [], canPublish: false };

/** Create a user (with an initial or generated password) or edit one's name, role, languages and grant. */
export function UserForm({ initial }: { initial?: UserFormValues }) {
  const t = useTranslations("Users");
  const roles = useTranslations("Roles");
  const router = useRouter();
  const editing = Boolean(initial?.id);
  const [role, setRole] = useState<Role>(initial?.role ?? EMPTY.role);
  const { pending, failure, run } = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const [generated, setGenerated] = useState<{ email: string; password: string } | null>(null);
  const values = initial ?? EMPTY;
  const invalid = new Set(failure?.fields ?? []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const common = {
      name: String(form.get("name") ?? ""),
      role: String(form.get("role") ?? "") as Role,
      locales: form.getAll("locales").map(String),
      canPublish: form.get("canPublish") === "on",
    };
    setNotice(null);
    setGenerated(null);
    if (editing) {
      run(
        () => updateUserAction({ id: initial!.id!, ...common }),
        () => {
          setNotice(t("saved"));
          router.refresh();
        },
      );
    } else {
      run(
        () => createUserAction({ ...common, email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") }),
        (data) => {
          setNotice(t("created"));
          if (data.generatedPassword) setGenerated({ email: data.email, password: data.generatedPassword });
          formElement.reset();
          setRole(EMPTY.role);
          router.refresh();
        },
      );
    }
  }

  return (
    <form className="dashboard-form" onSubmit={onSubmit} data-testid={editing ? "edit-user-form" : "create-user-form"}>
      <ActionError result={failure} />
      {notice && (
        <p role="status" className="form-notice">
          {notice}
        </p>
      )}
      {generated && (
        <p role="status" className="form-notice generated-password">
          {t("generatedPassword", { email: generated.email })} <code data-testid="generated-password">{generated.password}</code>
        </p>
      )}
      <label>
        {t("name")}
        <input name="name" defaultValue={values.name} required maxLength={100} aria-invalid={invalid.has("name")} dir="auto" />
      </label>
      {!editing && (
        <label>
          {t("email")}
          <input name="email" type="email" defaultValue={values.email} required aria-invalid={invalid.has("email")} dir="ltr" />
        </label>
      )}
      <label>
        {t("role")}
        <select name="role" value={role} onChange={(e) => setRole(e.target.value as Role)} aria-invalid={invalid.has("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roles(r)}
            </option>
          ))}
        </select>
      </label>
      {role === "TRANSLATOR" && (
        <>
          <fieldset aria-invalid={invalid.has("locales")}>
            <legend>{t("locales")}</legend>
            <p className="hint">{t("localesHint")}</p>
            {LOCALES.map((l) => (
              <label key={l.code} className="checkbox">
                <input type="checkbox" name="locales" value={l.code} defaultChecked={values.locales.includes(l.code)} />
                <span lang={l.code}>{l.label}</span>
              </label>
            ))}
          </fieldset>
          <label className="checkbox">
            <input type="checkbox" name="canPublish" defaultChecked={values.canPublish} />
            {t("canPublish")}
          </label>
        </>
      )}
      {!editing && (
        <label>
          {t("password")}
          <input name="password" type="password" autoComplete="new-password" minLength={12} aria-invalid={invalid.has("password")} dir="ltr" />
          <span className="hint">{t("passwordHint")}</span>
        </label>
      )}
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : editing ? t("save") : t("create")}
      </button>
    </form>
  );
}
