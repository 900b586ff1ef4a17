"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { ActionError } from "@/components/dashboard/action-error";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import { assignTranslationAction, markNoticesReadAction, unassignTranslationAction } from "@/server/actions/translations";

/** Assign one of the work's languages to someone who may write it, with a due date and a note. */
export function AssignTranslationForm({ articleId, languages, staff }: { articleId: string; languages: { code: string; label: string }[]; staff: { id: string; name: string; role: string; locales: string[] }[] }) {
  const t = useTranslations("Assignments");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const [locale, setLocale] = useState(languages[0]?.code ?? "");
  const [done, setDone] = useState(false);
  const eligible = staff.filter((s) => s.role !== "TRANSLATOR" || s.locales.includes(locale));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setDone(false);
    run(
      () => assignTranslationAction({ articleId, locale, assigneeId: String(form.get("assigneeId") ?? ""), dueAt: String(form.get("dueAt") ?? ""), note: String(form.get("note") ?? "") }),
      () => {
        setDone(true);
        router.refresh();
      },
    );
  }

  if (!languages.length) return null;
  return (
    <form className="dashboard-form" onSubmit={onSubmit} data-testid="assign-form">
      <h2>{t("assignTitle")}</h2>
      <ActionError result={failure} />
      {done && <p role="status">{t("assigned")}</p>}
      <label>
        {t("language")}
        <select name="locale" value={locale} onChange={(e) => setLocale(e.target.value)}>
          {languages.map((l) => (
            <option key={l.code} value={l.code}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("assignee")}
        <select name="assigneeId" required>
          {eligible.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("dueAt")}
        <input type="date" name="dueAt" />
      </label>
      <label>
        {t("note")}
        <input name="note" maxLength={1000} />
      </label>
      <button type="submit" disabled={pending || !eligible.length}>
        {t("assign")}
      </button>
    </form>
  );
}

export function UnassignButton({ articleId, locale }: { articleId: string; locale: string }) {
  const t = useTranslations("Assignments");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  return (
    <>
      <button type="button" disabled={pending} onClick={() => run(() => unassignTranslationAction({ articleId, locale }), () => router.refresh())}>
        {t("unassign")}
      </button>
      <ActionError result={failure} />
    </>
  );
}

export function MarkReadButton({ ids }: { ids: string[] }) {
  const t = useTranslations("Assignments");
  const router = useRouter();
  const { pending, run } = useAction();
  return (
    <button type="button" disabled={pending} onClick={() => run(() => markNoticesReadAction({ ids }), () => router.refresh())}>
      {t("markRead")}
    </button>
  );
}
