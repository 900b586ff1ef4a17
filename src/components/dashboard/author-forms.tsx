"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import { localeDir, type Locale } from "@/i18n/locales";
import { createAuthorAction, saveAuthorBioAction, setAuthorTrashedAction, updateAuthorAction } from "@/server/actions/authors";
import { ActionError } from "./action-error";
import { FieldError, useFieldErrors, Notice, text } from "./debate-fields";

/** New author (name, optional slug); opens the edit page for the bios. */
export function AuthorCreateForm() {
  const t = useTranslations("Authors");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const fieldError = useFieldErrors(failure, "Authors");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run(() => createAuthorAction({ name: text(form, "name"), slug: text(form, "slug") }), (data) => {
      router.push(`/dashboard/authors/${data.id}`);
    });
  }

  return (
    <form className="dashboard-form" onSubmit={onSubmit} data-testid="create-author-form">
      <ActionError result={failure} />
      <label>
        {t("name")}
        <input name="name" required maxLength={200} dir="auto" aria-invalid={Boolean(fieldError("name"))} />
        <FieldError id="author-name-error" message={fieldError("name")} />
      </label>
      <label>
        {t("slug")}
        <input name="slug" maxLength={120} dir="auto" aria-invalid={Boolean(fieldError("slug"))} />
        <span className="hint">{t("slugHint")}</span>
        <FieldError id="author-slug-error" message={fieldError("slug")} />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? t("creating") : t("create")}
      </button>
    </form>
  );
}

/** Name, slug and photo of an existing author. */
export function AuthorEditForm({ author }: { author: { id: string; name: string; slug: string; photoId: string | null } }) {
  const t = useTranslations("Authors");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const fieldError = useFieldErrors(failure, "Authors");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setNotice(null);
    run(() => updateAuthorAction({ authorId: author.id, name: text(form, "name"), slug: text(form, "slug"), photoId: text(form, "photoId") }), () => {
      setNotice(t("saved"));
      router.refresh();
    });
  }

  return (
    <form className="dashboard-form" onSubmit={onSubmit} data-testid="edit-author-form" key={`${author.name}|${author.slug}|${author.photoId}`}>
      <ActionError result={failure} />
      <Notice message={notice} />
      <label>
        {t("name")}
        <input name="name" defaultValue={author.name} required maxLength={200} dir="auto" aria-invalid={Boolean(fieldError("name"))} />
        <FieldError id="author-name-error" message={fieldError("name")} />
      </label>
      <label>
        {t("slug")}
        <input name="slug" defaultValue={author.slug} maxLength={120} dir="auto" aria-invalid={Boolean(fieldError("slug"))} />
        <span className="hint">{t("slugHint")}</span>
        <FieldError id="author-slug-error" message={fieldError("slug")} />
      </label>
      <label>
        {t("photoId")}
        <input name="photoId" defaultValue={author.photoId ?? ""} maxLength={40} dir="ltr" aria-invalid={Boolean(fieldError("photoId"))} />
        <span className="hint">{t("photoHint")}</span>
        <FieldError id="author-photoId-error" message={fieldError("photoId")} />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}

/** The bio in one locale, typed in that locale's direction. */
export function AuthorBioForm({
  authorId,
  locale,
  label,
  state,
  initial,
  canEdit,
}: {
  authorId: string;
  locale: Locale;
  label: string;
  state: "source" | "current" | "outdated" | "missing";
  initial?: { bio: string; version: number };
  canEdit: boolean;
}) {
  const t = useTranslations("Authors");
  const pendingT = useTranslations("Pending");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const fieldError = useFieldErrors(failure, "Authors");
  const errorId = `author-bio-${locale}-error`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setNotice(null);
    run(() => saveAuthorBioAction({ authorId, locale, bio: text(form, "bio"), ...(initial ? { baseVersion: initial.version } : {}) }), (data) => {
      // A live text changed by someone without publish rights waits for review (shown above the form).
      setNotice(data.pending ? pendingT("recordSavedPending") : t("saved"));
      router.refresh();
    });
  }

  return (
    <section className="author-bio" aria-labelledby={`author-bio-${locale}-heading`} data-testid={`author-bio-${locale}`} data-state={state}>
      <h3 id={`author-bio-${locale}-heading`}>
        <span lang={locale}>{label}</span> <span className={`state-badge state-${state}`}>{t(`state.${state}`)}</span>
      </h3>
      {state === "outdated" && <p className="hint">{t("outdatedHint")}</p>}
      {!canEdit && <p className="hint">{t("readOnly")}</p>}
      {(canEdit || initial) && (
        <form className="dashboard-form" onSubmit={onSubmit} key={initial?.version ?? 0}>
          <ActionError result={failure} />
          <Notice message={notice} />
          <label>
            {t("bio")}
            <textarea
              name="bio"
              defaultValue={initial?.bio}
              rows={5}
              maxLength={5000}
              lang={locale}
              dir={localeDir(locale)}
              readOnly={!canEdit}
              aria-invalid={Boolean(fieldError("bio"))}
              aria-describedby={fieldError("bio") ? errorId : undefined}
            />
            {canEdit && <span className="hint">{t("bioHint")}</span>}
            <FieldError id={errorId} message={fieldError("bio")} />
          </label>
          {canEdit && (
            <button type="submit" disabled={pending}>
              {pending ? t("saving") : t("save")}
            </button>
          )}
        </form>
      )}
    </section>
  );
}

export function AuthorTrashButton({ authorId, trashed }: { authorId: string; trashed: boolean }) {
  const t = useTranslations("Authors");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const toggle = () =>
    run(() => setAuthorTrashedAction({ authorId, trashed: !trashed }), () => {
      setNotice(trashed ? t("restoreDone") : t("trashDone"));
      router.refresh();
    });
  return (
    <div>
      <ActionError result={failure} />
      <Notice message={notice} />
      <button type="button" className="records-secondary" onClick={toggle} disabled={pending}>
        {trashed ? t("restore") : t("trash")}
      </button>
    </div>
  );
}
