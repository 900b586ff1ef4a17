"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useAction } from "@/components/use-action";
import { updateArticleSharedAction } from "@/server/actions/articles";
import { createAuthorAction, searchAuthorsAction } from "@/server/actions/authors";
import { ActionError } from "@/components/dashboard/action-error";
import { MediaPicker } from "@/components/dashboard/media-picker";
import { useRouter } from "@/i18n/navigation";
import { DebateOptions } from "@/components/dashboard/debate-options";
import type { Failure } from "@/lib/action-result";
import { Autosaver, type SaveState } from "./autosaver";

interface Shared {
  authors: AuthorChoice[];
  debateId: string;
  hero: { id: string; src: string } | null;
  heroCredit: string;
}

const SHARED_AUTOSAVE_DELAY_MS = 1000;

/** What the server compares with what it stores (updateArticleShared's `expected`). */
const asSaved = (v: Shared) => ({
  debateId: v.debateId || null,
  authorIds: v.authors.map((a) => a.id),
  heroImageId: v.hero?.id ?? null,
  heroCredit: v.heroCredit.trim() || null,
});

interface AuthorChoice {
  id: string;
  name: string;
}

/**
 * The work's shared fields — ordered authors, debate, hero credit — edited
 * once for every language. Only people allowed to change them see this panel.
 * They save themselves a moment after each change (as the text does), each
 * save refused when someone else changed them since this page last saw them,
 * and leaving with a change not yet saved asks first.
 */
export function SharedFieldsPanel({
  articleId,
  initialAuthors,
  debates,
  initialDebateId,
  initialHeroCredit,
  initialHero,
  locale,
}: {
  articleId: string;
  /** The hero image: its media id and `/media/…` address. */
  initialHero: { id: string; src: string } | null;
  /** The content's locale, for the picker's alt texts. */
  locale: string;
  initialAuthors: AuthorChoice[];
  debates: { id: string; title: string }[];
  initialDebateId: string | null;
  initialHeroCredit: string;
}) {
  const t = useTranslations("Editor");
  const router = useRouter();
  const [authors, setAuthors] = useState(initialAuthors);
  const [debateId, setDebateId] = useState(initialDebateId ?? "");
  const [heroCredit, setHeroCredit] = useState(initialHeroCredit);
  const [hero, setHero] = useState(initialHero);
  const [picking, setPicking] = useState(false);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<AuthorChoice[]>([]);
  const { pending, failure, run } = useAction();
  const [saved, setSaved] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [saveFailure, setSaveFailure] = useState<Failure | null>(null);
  const [saver] = useState(() => {
    const loaded: Shared = { authors: initialAuthors, debateId: initialDebateId ?? "", hero: initialHero, heroCredit: initialHeroCredit };
    // What the server had when this page last loaded or saved the fields: the base of the next save.
    let base = asSaved(loaded);
    return new Autosaver<Shared, Failure>(loaded, 1, {
      delayMs: SHARED_AUTOSAVE_DELAY_MS,
      async save(snapshot, version) {
        const values = asSaved(snapshot);
        const result = await updateArticleSharedAction({ articleId, ...values, expected: base }).catch(() => ({ ok: false, error: "unexpected" }) as Failure);
        if (!result.ok) return { ok: false, conflict: result.error === "sharedChanged", failure: result };
        base = values;
        setSaved(true);
        router.refresh(); // the publish checklist counts the saved authors
        return { ok: true, version: version + 1 };
      },
      onState(next, failed) {
        setSaveState(next);
        setSaveFailure(failed);
        if (next !== "saved") setSaved(false);
      },
    });
  });
  useEffect(() => () => saver.dispose(), [saver]);
  // Each change (not the first render, nor one that changes nothing saved) is saved after a moment of quiet.
  const latest = useRef(JSON.stringify(asSaved({ authors, debateId, hero, heroCredit })));
  useEffect(() => {
    const next = { authors, debateId, hero, heroCredit };
    const key = JSON.stringify(asSaved(next));
    if (key === latest.current) return;
    latest.current = key;
    saver.change(next);
  }, [authors, debateId, hero, heroCredit, saver]);
  // Leaving with shared fields not saved asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (saveState !== "saved") event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [saveState]);

  // Results are only shown for a query of two letters or more (see below).
  useEffect(() => {
    if (query.trim().length < 2) return;
    const timer = setTimeout(async () => {
      const result = await searchAuthorsAction({ query });
      if (result.ok) setResults(result.data);
    }, 250);
    return () => clearTimeout(timer);
  }, [query]);

  const add = (author: AuthorChoice) => {
    setAuthors((list) => (list.some((a) => a.id === author.id) ? list : [...list, author]));
    setQuery("");
    setResults([]);
    setSaved(false);
  };
  const move = (index: number, by: -1 | 1) =>
    setAuthors((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });

  function createAndAdd() {
    run(() => createAuthorAction({ name: query.trim() }), add);
  }

  /** "Save shared fields": now, instead of in a moment. */
  function save() {
    void saver.flush();
  }

  return (
    <section className="shared-fields" aria-labelledby="shared-title" data-testid="shared-fields">
      <h2 id="shared-title">{t("sharedFields")}</h2>
      <p className="hint">{t("sharedFieldsHint")}</p>
      <h3 id="authors-label">{t("authors")}</h3>
      <ol className="author-list" aria-labelledby="authors-label" data-testid="author-list">
        {authors.map((author, i) => (
          <li key={author.id}>
            <bdi>{author.name}</bdi>
            <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={t("moveUp", { name: author.name })}>
              ↑
            </button>
            <button type="button" onClick={() => move(i, 1)} disabled={i === authors.length - 1} aria-label={t("moveDown", { name: author.name })}>
              ↓
            </button>
            <button type="button" onClick={() => setAuthors((list) => list.filter((a) => a.id !== author.id))} aria-label={t("removeAuthor", { name: author.name })}>
              ×
            </button>
          </li>
        ))}
      </ol>
      <label className="field">
        <span>{t("addAuthor")}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} dir="auto" data-testid="author-search" autoComplete="off" />
      </label>
      {query.trim().length >= 2 && (
        <ul className="author-results" data-testid="author-results">
          {results.map((a) => (
            <li key={a.id}>
              <button type="button" onClick={() => add(a)}>
                <bdi>{a.name}</bdi>
              </button>
            </li>
          ))}
          {!results.some((a) => a.name.toLowerCase() === query.trim().toLowerCase()) && (
            <li>
              <button type="button" onClick={createAndAdd} disabled={pending} data-testid="create-author">
                {t("createAuthor", { name: query.trim() })}
              </button>
            </li>
          )}
        </ul>
      )}
      <label className="field">
        <span>{t("debate")}</span>
        <select value={debateId} onChange={(e) => setDebateId(e.target.value)}>
          <option value="">{t("noDebate")}</option>
          <DebateOptions debates={debates} />
        </select>
      </label>
      <div className="field hero-image">
        <span>{t("heroImage")}</span>
        {hero && (
          // eslint-disable-next-line @next/next/no-img-element -- a small preview of our own media
          <img src={hero.src} alt="" width={160} data-testid="hero-preview" />
        )}
        <span>
          <button type="button" onClick={() => setPicking(true)}>
            {hero ? t("heroChange") : t("heroChoose")}
          </button>{" "}
          {hero && (
            <button type="button" onClick={() => setHero(null)}>
              {t("heroRemove")}
            </button>
          )}
        </span>
        <MediaPicker
          open={picking}
          locale={locale}
          onClose={() => setPicking(false)}
          onPick={(media) => {
            setHero({ id: media.id, src: media.src });
            if (!heroCredit && media.credit) setHeroCredit(media.credit);
            setPicking(false);
          }}
        />
      </div>
      <label className="field">
        <span>{t("heroCredit")}</span>
        <input value={heroCredit} onChange={(e) => setHeroCredit(e.target.value)} dir="auto" />
      </label>
      <ActionError result={failure ?? saveFailure} />
      <button type="button" onClick={save} disabled={pending || saveState === "saving"} data-testid="save-shared">
        {t("saveShared")}
      </button>
      <span data-testid="shared-save-state" data-state={saveState}>
        {saved && saveState === "saved" && <span role="status"> {t("sharedSaved")}</span>}
        {saveState === "saving" && <span aria-live="polite"> {t("sharedSaving")}</span>}
        {saveState === "dirty" && <span> {t("sharedUnsaved")}</span>}
      </span>
    </section>
  );
}
