"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import { LOCALES, localeDir, type Locale } from "@/i18n/locales";
import {
  createDebateAction,
  deleteDebateTranslationAction,
  saveDebateTranslationAction,
  setDebateStatusAction,
  setDebateTrashedAction,
  updateDebateSharedAction,
} from "@/server/actions/debates";
import { ActionError } from "./action-error";
import { FieldError, useFieldErrors, Notice, text } from "./debate-fields";

/** New debate: the source language and its first texts. Opens the edit page once created. */
export function DebateCreateForm({ defaultLocale }: { defaultLocale: Locale }) {
  const t = useTranslations("Debates");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const [locale, setLocale] = useState<Locale>(defaultLocale);
  const fieldError = useFieldErrors(failure, "Debates");
  const dir = localeDir(locale);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run(
      () =>
        createDebateAction({
          locale,
          title: text(form, "title"),
          subtitle: text(form, "subtitle"),
          intro: text(form, "intro"),
          slug: text(form, "slug"),
        }),
      (data) => {
        router.push(`/dashboard/debates/${data.debateId}`);
      },
    );
  }

  return (
    <form className="dashboard-form" onSubmit={onSubmit} data-testid="create-debate-form">
      <ActionError result={failure} />
      <label>
        {t("sourceLocale")}
        <select name="locale" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
          {LOCALES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.label}
            </option>
          ))}
        </select>
        <span className="hint">{t("sourceLocaleHint")}</span>
      </label>
      <TranslationFields locale={locale} dir={dir} fieldError={fieldError} />
      <button type="submit" disabled={pending}>
        {pending ? t("creating") : t("create")}
      </button>
    </form>
  );
}

interface TranslationValues {
  title: string;
  subtitle: string;
  intro: string;
  slug: string;
}

/** Title, subtitle, intro and slug in one locale, typed in that locale's direction. */
function TranslationFields({
  locale,
  dir,
  fieldError,
  values,
  readOnly = false,
}: {
  locale: string;
  dir: "ltr" | "rtl";
  fieldError: (field: string) => string | null;
  values?: TranslationValues;
  readOnly?: boolean;
}) {
  const t = useTranslations("Debates");
  const id = (field: string) => `debate-${locale}-${field}`;
  const field = (name: string) => {
    const message = fieldError(name);
    return { "aria-invalid": Boolean(message), "aria-describedby": message ? id(`${name}-error`) : undefined };
  };
  return (
    <>
      <label>
        {t("fieldTitle")}
        <input name="title" defaultValue={values?.title} required maxLength={300} lang={locale} dir={dir} readOnly={readOnly} {...field("title")} />
        <FieldError id={id("title-error")} message={fieldError("title")} />
      </label>
      <label>
        {t("fieldSubtitle")}
        <input name="subtitle" defaultValue={values?.subtitle} maxLength={500} lang={locale} dir={dir} readOnly={readOnly} {...field("subtitle")} />
        <FieldError id={id("subtitle-error")} message={fieldError("subtitle")} />
      </label>
      <label>
        {t("fieldIntro")}
        <textarea name="intro" defaultValue={values?.intro} rows={5} maxLength={10000} lang={locale} dir={dir} readOnly={readOnly} {...field("intro")} />
        <FieldError id={id("intro-error")} message={fieldError("intro")} />
      </label>
      <label>
        {t("fieldSlug")}
        <input name="slug" defaultValue={values?.slug} maxLength={120} lang={locale} dir={dir} readOnly={readOnly} {...field("slug")} />
        <span className="hint">{t("slugHint")}</span>
        <FieldError id={id("slug-error")} message={fieldError("slug")} />
      </label>
    </>
  );
}

/** One locale's texts on the edit page: save (create or update), and remove for editors. */
export function DebateTranslationForm({
  debateId,
  locale,
  label,
  state,
  initial,
  canEdit,
  canDelete,
}: {
  debateId: string;
  locale: Locale;
  label: string;
  state: "source" | "current" | "outdated" | "missing";
  initial?: TranslationValues & { version: number };
  canEdit: boolean;
  canDelete: boolean;
}) {
  const t = useTranslations("Debates");
  const pendingT = useTranslations("Pending");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const fieldError = useFieldErrors(failure, "Debates");
  const dir = localeDir(locale);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setNotice(null);
    run(
      () =>
        saveDebateTranslationAction({
          debateId,
          locale,
          title: text(form, "title"),
          subtitle: text(form, "subtitle"),
          intro: text(form, "intro"),
          slug: text(form, "slug"),
          ...(initial ? { baseVersion: initial.version } : {}),
        }),
      (data) => {
        // A live text changed by someone without publish rights waits for review (shown above the form).
        setNotice(data.pending ? pendingT("recordSavedPending") : t("saved"));
        router.refresh();
      },
    );
  }

  const remove = () =>
    run(() => deleteDebateTranslationAction({ debateId, locale }), () => {
      setNotice(t("translationDeleted"));
      router.refresh();
    });

  return (
    <section className="debate-translation" aria-labelledby={`debate-${locale}-heading`} data-testid={`debate-translation-${locale}`} data-state={state}>
      <h3 id={`debate-${locale}-heading`}>
        <span lang={locale}>{label}</span> <span className={`state-badge state-${state}`}>{t(`state.${state}`)}</span>
      </h3>
      {state === "outdated" && <p className="hint">{t("outdatedHint")}</p>}
      {state === "missing" && canEdit && <p className="hint">{t("missingHint")}</p>}
      {!canEdit && <p className="hint">{t("readOnly")}</p>}
      {(canEdit || initial) && (
        // The key resets the fields to what is stored after each save (the version moves on).
        <form className="dashboard-form" onSubmit={onSubmit} key={initial?.version ?? 0}>
          <ActionError result={failure} />
          <Notice message={notice} />
          <TranslationFields locale={locale} dir={dir} fieldError={fieldError} values={initial} readOnly={!canEdit} />
          {canEdit && (
            <button type="submit" disabled={pending}>
              {pending ? t("saving") : t("save")}
            </button>
          )}
          {canDelete && initial && state !== "source" && (
            <button type="button" className="link-button" onClick={remove} disabled={pending}>
              {t("deleteTranslation")}
            </button>
          )}
        </form>
      )}
    </section>
  );
}

/** Hero image, credit and source language. */
export function DebateSharedForm({
  debateId,
  heroCredit,
  heroImageId,
  sourceLocale,
  translatedLocales,
}: {
  debateId: string;
  heroCredit: string | null;
  heroImageId: string | null;
  sourceLocale: string;
  translatedLocales: string[];
}) {
  const t = useTranslations("Debates");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const fieldError = useFieldErrors(failure, "Debates");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setNotice(null);
    run(
      () =>
        updateDebateSharedAction({
          debateId,
          heroCredit: text(form, "heroCredit"),
          heroImageId: text(form, "heroImageId"),
          sourceLocale: text(form, "sourceLocale"),
        }),
      () => {
        setNotice(t("saved"));
        router.refresh();
      },
    );
  }

  return (
    <form className="dashboard-form" onSubmit={onSubmit} data-testid="debate-shared-form">
      <ActionError result={failure} />
      <Notice message={notice} />
      <label>
        {t("heroCredit")}
        <input name="heroCredit" defaultValue={heroCredit ?? ""} maxLength={300} dir="auto" aria-invalid={Boolean(fieldError("heroCredit"))} />
        <FieldError id="debate-heroCredit-error" message={fieldError("heroCredit")} />
      </label>
      <label>
        {t("heroImageId")}
        <input name="heroImageId" defaultValue={heroImageId ?? ""} maxLength={40} dir="ltr" aria-invalid={Boolean(fieldError("heroImageId"))} />
        <span className="hint">{t("heroImageHint")}</span>
        <FieldError id="debate-heroImageId-error" message={fieldError("heroImageId")} />
      </label>
      <label>
        {t("sourceLocale")}
        <select name="sourceLocale" defaultValue={sourceLocale} aria-invalid={Boolean(fieldError("sourceLocale"))}>
          {LOCALES.filter((l) => translatedLocales.includes(l.code)).map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.label}
            </option>
          ))}
        </select>
        <span className="hint">{t("sourceLocaleHint")}</span>
        <FieldError id="debate-sourceLocale-error" message={fieldError("sourceLocale")} />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}

/** Publish / unpublish / back to draft (for those allowed to publish), and trash / restore. */
export function DebateStatusActions({
  debateId,
  status,
  trashed,
  canPublish,
  canDelete,
}: {
  debateId: string;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  trashed: boolean;
  canPublish: boolean;
  canDelete: boolean;
}) {
  const t = useTranslations("Debates");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const [notice, setNotice] = useState<string | null>(null);

  const setStatus = (next: typeof status) => {
    setNotice(null);
    run(() => setDebateStatusAction({ debateId, status: next }), () => {
      setNotice(next === "PUBLISHED" ? t("publishedNotice") : next === "ARCHIVED" ? t("unpublishedNotice") : t("draftNotice"));
      router.refresh();
    });
  };
  const setTrashed = (value: boolean) => {
    setNotice(null);
    run(() => setDebateTrashedAction({ debateId, trashed: value }), () => {
      setNotice(value ? t("trashDone") : t("restoreDone"));
      router.refresh();
    });
  };

  return (
    <div className="debate-status-actions" aria-busy={pending}>
      <ActionError result={failure} />
      <Notice message={notice} />
      <p data-testid="debate-status">{t("statusNow", { status: t(`status.${status}`) })}</p>
      <div className="button-row">
        {canPublish && !trashed && status !== "PUBLISHED" && (
          <button type="button" onClick={() => setStatus("PUBLISHED")} disabled={pending}>
            {t("publish")}
          </button>
        )}
        {canPublish && !trashed && status === "PUBLISHED" && (
          <button type="button" onClick={() => setStatus("ARCHIVED")} disabled={pending}>
            {t("unpublish")}
          </button>
        )}
        {canPublish && !trashed && status === "ARCHIVED" && (
          <button type="button" onClick={() => setStatus("DRAFT")} disabled={pending}>
            {t("backToDraft")}
          </button>
        )}
        {canDelete && (
          <button type="button" className="records-secondary" onClick={() => setTrashed(!trashed)} disabled={pending}>
            {trashed ? t("restore") : t("trash")}
          </button>
        )}
      </div>
    </div>
  );
}
