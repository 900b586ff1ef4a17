"use client";

import { useTranslations } from "next-intl";
import { type FormEvent } from "react";
import { useAction } from "@/components/use-action";
import { createArticleAction } from "@/server/actions/articles";
import { ActionError } from "@/components/dashboard/action-error";
import { useRouter } from "@/i18n/navigation";
import { DebateOptions } from "@/components/dashboard/debate-options";


export function NewArticleForm({
  locales,
  debates,
  defaultLocale,
  defaultDebateId,
}: {
  locales: { code: string; label: string }[];
  debates: { id: string; title: string }[];
  defaultLocale: string;
  /** The only debate, or the last one used; "" for none. */
  defaultDebateId: string;
}) {
  const t = useTranslations("Articles");
  const router = useRouter();
  const { pending, failure, run } = useAction();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run(
      () =>
        createArticleAction({
          locale: String(form.get("locale")),
          title: String(form.get("title") ?? ""),
          debateId: String(form.get("debateId") ?? "") || null,
        }),
      (data) => {
        router.push(`/dashboard/articles/${data.variantId}`);
      },
    );
  }

  const invalid = new Set(failure?.fields ?? []);
  return (
    <form onSubmit={onSubmit} className="dashboard-form" data-testid="new-article-form">
      <label className="field">
        <span>{t("language")}</span>
        <select name="locale" defaultValue={defaultLocale}>
          {locales.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("articleTitle")}</span>
        <input name="title" required dir="auto" aria-invalid={invalid.has("title")} />
      </label>
      <label className="field">
        <span>{t("debate")}</span>
        <select name="debateId" defaultValue={defaultDebateId}>
          <option value="">{t("noDebate")}</option>
          <DebateOptions debates={debates} />
        </select>
      </label>
      <ActionError result={failure} />
      <button type="submit" disabled={pending}>
        {pending ? t("creating") : t("create")}
      </button>
    </form>
  );
}
