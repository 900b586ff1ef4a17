"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import { addLegacyRedirectAction, deleteLegacyRedirectAction } from "@/server/actions/redirects";
import { ActionError } from "./action-error";
import { FieldError, Notice, text } from "./debate-fields";

// Texts come from the page (server-rendered, namespace "Redirects"): the dashboard's client
// messages stay the namespaces its layout ships.

export interface RedirectFormTexts {
  add: string;
  oldUrl: string;
  target: string;
  addButton: string;
  added: string;
}

/** An old URL → one of our articles, by hand (a link from elsewhere the import did not know). */
export function RedirectAddForm({ texts: t }: { texts: RedirectFormTexts }) {
  const fieldErrors = useTranslations("FieldErrors");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const fieldError = (field: string) => (failure?.issues?.some((i) => i.field === field) ? fieldErrors("malformed") : null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setNotice(null);
    run(
      () => addLegacyRedirectAction({ oldUrl: text(form, "oldUrl"), target: text(form, "target") }),
      () => {
        setNotice(t.added);
        formElement.reset();
        router.refresh();
      },
    );
  }

  return (
    <form className="dashboard-form" onSubmit={onSubmit} data-testid="redirect-add-form" noValidate>
      <h2>{t.add}</h2>
      <ActionError result={failure?.error === "validation" ? null : failure} />
      <Notice message={notice} />
      <label htmlFor="redirect-old">{t.oldUrl}</label>
      <input id="redirect-old" name="oldUrl" dir="ltr" required aria-describedby="redirect-old-error" placeholder="/2024/05/old-post/" />
      <FieldError id="redirect-old-error" message={fieldError("oldUrl")} />
      <label htmlFor="redirect-target">{t.target}</label>
      <input id="redirect-target" name="target" dir="ltr" required aria-describedby="redirect-target-error" placeholder="/fr/articles/…" />
      <FieldError id="redirect-target-error" message={fieldError("target")} />
      <button type="submit" disabled={pending}>
        {t.addButton}
      </button>
    </form>
  );
}

export function RedirectDeleteButton({ path, text, label }: { path: string; text: string; label: string }) {
  const router = useRouter();
  const { pending, failure, run } = useAction();
  return (
    <>
      <button type="button" disabled={pending} onClick={() => run(() => deleteLegacyRedirectAction({ path }), () => router.refresh())} aria-label={label}>
        {text}
      </button>
      <ActionError result={failure} />
    </>
  );
}
