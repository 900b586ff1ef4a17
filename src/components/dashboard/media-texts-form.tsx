"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { useAction } from "@/components/use-action";
import { updateMediaTextsAction } from "@/server/actions/media";
import { LOCALES } from "@/i18n/locales";
import { useRouter } from "@/i18n/navigation";
import { MAX_ALT_LENGTH, MAX_CREDIT_LENGTH } from "@/lib/media/schemas";
import { MediaError } from "./media-error";

/**
 * Credit and alt text per language. Each alt field carries its language and
 * direction; fields the actor may not change are read-only and never sent
 * (the server refuses them anyway).
 */
export function MediaTextsForm({
  mediaId,
  credit,
  alts,
  canEditCredit,
  editableLocales,
}: {
  mediaId: string;
  credit: string | null;
  alts: Record<string, string>;
  canEditCredit: boolean;
  editableLocales: string[];
}) {
  const t = useTranslations("Media");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const editable = new Set(editableLocales);
  const someReadOnly = LOCALES.some((l) => !editable.has(l.code));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      mediaId,
      ...(canEditCredit ? { credit: String(form.get("credit") ?? "") } : {}),
      alts: Object.fromEntries(LOCALES.filter((l) => editable.has(l.code)).map((l) => [l.code, String(form.get(`alt.${l.code}`) ?? "")])),
    };
    setNotice(null);
    run(() => updateMediaTextsAction(input), () => {
      setNotice(t("detail.saved"));
      router.refresh();
    });
  }

  return (
    <form className="dashboard-form" onSubmit={onSubmit} data-testid="media-texts-form">
      <MediaError failure={failure} operation="update" />
      {notice && (
        <p role="status" className="form-notice">
          {notice}
        </p>
      )}
      <label>
        {t("detail.credit")}
        <input name="credit" defaultValue={credit ?? ""} maxLength={MAX_CREDIT_LENGTH} dir="auto" readOnly={!canEditCredit} aria-invalid={failure?.fields?.includes("credit")} />
      </label>
      <fieldset>
        <legend>{t("detail.altSection")}</legend>
        {someReadOnly && <p className="hint">{t("detail.altReadOnly")}</p>}
        {LOCALES.map((l) => (
          <label key={l.code}>
            <span lang={l.code} dir={l.dir}>
              {l.label}
            </span>
            <textarea
              name={`alt.${l.code}`}
              defaultValue={alts[l.code] ?? ""}
              lang={l.code}
              dir={l.dir}
              rows={2}
              maxLength={MAX_ALT_LENGTH}
              readOnly={!editable.has(l.code)}
              data-testid={`alt-${l.code}`}
            />
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={pending}>
        {pending ? t("detail.saving") : t("detail.save")}
      </button>
    </form>
  );
}
