"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { ActionError } from "@/components/dashboard/action-error";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import { localeDir, type Locale } from "@/i18n/locales";
import { deleteGlossaryTermAction, saveGlossaryTermAction } from "@/server/actions/translations";

export function GlossaryTermForm({ sourceLocale, targetLocale }: { sourceLocale: Locale; targetLocale: Locale }) {
  const t = useTranslations("Glossary");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setSaved(false);
    run(
      () =>
        saveGlossaryTermAction({
          sourceLocale,
          targetLocale,
          term: String(form.get("term") ?? ""),
          translation: String(form.get("translation") ?? ""),
          note: String(form.get("note") ?? ""),
          doNotTranslate: form.get("doNotTranslate") === "on",
        }),
      () => {
        setSaved(true);
        formElement.reset();
        router.refresh();
      },
    );
  }

  return (
    <form className="dashboard-form" onSubmit={onSubmit} data-testid="glossary-form">
      <h2>{t("add")}</h2>
      <ActionError result={failure} />
      {saved && <p role="status">{t("saved")}</p>}
      <label>
        {t("term")}
        <input name="term" required maxLength={200} lang={sourceLocale} dir={localeDir(sourceLocale)} />
      </label>
      <label>
        {t("translation")}
        <input name="translation" maxLength={200} lang={targetLocale} dir={localeDir(targetLocale)} />
      </label>
      <label className="checkbox">
        <input type="checkbox" name="doNotTranslate" />
        {t("doNotTranslate")}
      </label>
      <label>
        {t("note")}
        <input name="note" maxLength={1000} />
      </label>
      <button type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}

export function GlossaryDeleteButton({ id }: { id: string }) {
  const t = useTranslations("Glossary");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  return (
    <>
      <button type="button" disabled={pending} onClick={() => run(() => deleteGlossaryTermAction({ id }), () => router.refresh())}>
        {t("remove")}
      </button>
      <ActionError result={failure} />
    </>
  );
}
