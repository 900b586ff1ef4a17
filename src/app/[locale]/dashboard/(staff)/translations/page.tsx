import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getStaffFormatter } from "@/server/dashboard/time-zone";
import { asLocale } from "@/lib/route-params";
import { DebateOptions } from "@/components/dashboard/debate-options";
import { TextDiff } from "@/components/editor/text-diff";
import { MarkUpToDateButton, TranslateIntoButton } from "@/components/translations/translation-buttons";
import { Link } from "@/i18n/navigation";
import { isLocale, localeDir, localeInfo } from "@/i18n/locales";
import { diffText } from "@/lib/text-diff";
import { requireActor } from "@/server/auth/actor";
import { listDebateChoices } from "@/server/articles/dashboard-queries";
import { can } from "@/server/permissions";
import { QUEUE_TABS, type QueueTab, queueLocales, textQueue, translationCounts, translationQueue } from "@/server/translations/queue";
import { FilterForm, FilterSelect } from "@/components/dashboard/list-filters";
import { STAFF_DATE_TIME } from "@/lib/staff-time";
import { languageName } from "@/components/translations/language-names";
import { AssignmentTable } from "@/components/translations/assignment-table";
import { listAssignments, translationWorkload } from "@/server/translations/assignments";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Translations" });
  return { title: t("title") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const label = (code: string) => (isLocale(code) ? localeInfo(code).label : code);
const dirOf = (code: string) => (isLocale(code) ? localeDir(code) : "ltr");

/**
 * The translator's queue: per language, what is missing, what is outdated (with
 * the fields that changed) and what is in progress; then debates' texts and
 * author bios to translate or review.
 */
export default async function TranslationsPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const sp = await searchParams;
  const locales = queueLocales(actor);
  const t = await getTranslations("Translations");
  if (!locales.length) return <p>{t("noLanguages")}</p>;

  const target = locales.find((l) => l === one(sp.lang)) ?? locales.find((l) => l !== "en") ?? locales[0]!;
  const tab: QueueTab = QUEUE_TABS.find((name) => name === one(sp.tab)) ?? "missing";
  const debateId = one(sp.debate);
  const order = one(sp.order) === "oldest" ? "oldest" : "newest";
  const page = Math.min(Math.max(1, Number.parseInt(one(sp.page) ?? "1", 10) || 1), 10_000);

  const [counts, queue, texts, debates] = await Promise.all([
    translationCounts(actor),
    translationQueue(actor, { locale: target, tab, debateId, order, page }),
    textQueue(actor, target),
    listDebateChoices(actor, locale),
  ]);
  const statuses = await getTranslations("Statuses");
  const editor = await getTranslations("Editor");
  const xliff = await getTranslations("Xliff");
  const glossary = await getTranslations("Glossary");
  const at = await getTranslations("Assignments");
  // What is assigned to the viewer (first, with due dates), and each language's workload for those who assign.
  const [mine, workload] = await Promise.all([listAssignments(actor, { mine: true }), can(actor, "translation.assign") ? translationWorkload(actor) : Promise.resolve(null)]);
  const format = await getStaffFormatter();
  const debateTitle = new Map(debates.map((d) => [d.id, d.title]));
  const current = counts.find((c) => c.locale === target)!;
  const href = (extra: Record<string, string | number | undefined>) => {
    const q = new URLSearchParams();
    const state = { lang: target, tab, debate: debateId, order: order === "oldest" ? "oldest" : undefined };
    for (const [k, v] of Object.entries({ ...state, ...extra })) if (v !== undefined && v !== "") q.set(k, String(v));
    return `/dashboard/translations?${q}`;
  };
  const canTranslate = can(actor, "variant.create", { locale: target });

  return (
    <div className="translations-page">
      <h1>{t("title")}</h1>
      <p>
        <Link href="/dashboard/translations/xliff">{xliff("title")}</Link> · <Link href="/dashboard/translations/glossary">{glossary("link")}</Link>
      </p>
      {mine.length > 0 && (
        <section aria-labelledby="mine-title" data-testid="assigned-to-me">
          <h2 id="mine-title">{at("mineTitle")}</h2>
          <AssignmentTable jobs={mine} withAssignee={false} />
        </section>
      )}
      {workload && workload.length > 0 && (
        <section aria-labelledby="workload-title" data-testid="workload">
          <h2 id="workload-title">{at("workloadTitle")}</h2>
          <ul>
            {workload.map((w) => (
              <li key={w.locale}>
                {isLocale(w.locale) ? localeInfo(w.locale).label : w.locale}: {at("open", { count: w.open })} · {at("wordsTotal", { count: w.words })}
                {w.overdue > 0 && <strong className="overdue"> · {at("overdueCount", { count: w.overdue })}</strong>}
                {w.byAssignee.length > 0 && <> ({w.byAssignee.map((p) => `${p.name}: ${p.open}`).join(", ")})</>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <nav aria-label={t("languages")} className="tabs">
        <ul>
          {counts.map((c) => (
            <li key={c.locale}>
              <Link href={href({ lang: c.locale, page: undefined })} aria-current={c.locale === target ? "page" : undefined} lang={c.locale}>
                {label(c.locale)}
              </Link>{" "}
              <small>({c.missing + c.outdated + c.inProgress + c.texts})</small>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label={t("queues")} className="tabs" data-testid="queue-tabs">
        <ul>
          {QUEUE_TABS.map((name) => (
            <li key={name}>
              <Link href={href({ tab: name, page: undefined })} aria-current={name === tab ? "page" : undefined} data-testid={`queue-tab-${name}`}>
                {t(name)} ({current[name]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="hint">{t(`${tab}Hint`, { language: languageName(target, locale) })}</p>
      <FilterForm className="filters" label={t("filters")} keep={{ lang: target, tab }} submitLabel={t("apply")}>
        <FilterSelect label={t("debate")} name="debate" value={debateId} allLabel={t("allDebates")}>
          <DebateOptions debates={debates} />
        </FilterSelect>
        <FilterSelect label={t("order")} name="order" value={order}>
          <option value="newest">{t("newest")}</option>
          <option value="oldest">{t("oldest")}</option>
        </FilterSelect>
      </FilterForm>

      {queue.items.length === 0 ? (
        <p data-testid="queue-empty">{t("empty")}</p>
      ) : (
        <table className="dashboard-table" data-testid="queue-table">
          <thead>
            <tr>
              <th scope="col">{t("source")}</th>
              {tab !== "missing" && <th scope="col">{t("translation")}</th>}
              <th scope="col">{t("debate")}</th>
              <th scope="col">{t(`${tab}Date`)}</th>
              <th scope="col">{t("action")}</th>
            </tr>
          </thead>
          <tbody>
            {queue.items.map((item) => (
              <tr key={item.translation?.variantId ?? item.source.variantId} data-testid="queue-row">
                <td>
                  <bdi lang={item.source.locale} dir={dirOf(item.source.locale)}>
                    {item.source.title || editor("title")}
                  </bdi>{" "}
                  <small>({label(item.source.locale)})</small>
                </td>
                {tab !== "missing" && (
                  <td>
                    <bdi lang={target} dir={localeDir(target)}>
                      {item.translation?.title || t("untitled")}
                    </bdi>{" "}
                    <small>({statuses((item.translation?.status ?? "DRAFT") as "DRAFT")})</small>
                    {item.changedFields.length > 0 && (
                      <div className="changed-fields" data-testid="changed-fields">
                        {t("changed", { fields: new Intl.ListFormat(locale, { type: "conjunction" }).format(item.changedFields.map((f) => t(`fields.${f}`))) })}
                      </div>
                    )}
                  </td>
                )}
                <td>{item.debateId ? <bdi>{debateTitle.get(item.debateId) ?? "—"}</bdi> : "—"}</td>
                <td>{format.dateTime(item.date, STAFF_DATE_TIME)}</td>
                <td>
                  {item.translation ? (
                    <Link href={`/dashboard/articles/${item.translation.variantId}`} data-testid="open-translation">
                      {t("openSideBySide")}
                    </Link>
                  ) : canTranslate ? (
                    <TranslateIntoButton sourceVariantId={item.source.variantId} locale={target} localeLabel={languageName(target, locale)} />
                  ) : (
                    <Link href={`/dashboard/articles/${item.source.variantId}`}>{t("openSource")}</Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(page > 1 || queue.hasMore) && (
        <nav aria-label={t("pages")} className="pager">
          {page > 1 && <Link href={href({ page: page - 1 })}>{t("previous")}</Link>}{" "}
          {queue.hasMore && <Link href={href({ page: page + 1 })}>{t("next")}</Link>}
        </nav>
      )}

      <section aria-labelledby="texts-title" data-testid="text-queue">
        <h2 id="texts-title">{t("texts")}</h2>
        {texts.length === 0 ? (
          <p>{t("textsEmpty")}</p>
        ) : (
          <ul className="text-queue">
            {texts.map((item) => (
              <li key={`${item.kind}-${item.id}`} data-testid="text-queue-item">
                <strong>
                  <bdi>{item.name}</bdi>
                </strong>{" "}
                — {t(item.kind === "debate" ? "debateTexts" : "authorBio")}, {t(item.state)}{" "}
                <Link href={item.kind === "debate" ? `/dashboard/debates/${item.id}` : `/dashboard/authors/${item.id}`}>{t("translate")}</Link>
                {item.state === "outdated" && item.followed && (
                  <>
                    {Object.keys(item.current)
                      .filter((field) => (item.followed?.[field] ?? "") !== item.current[field])
                      .map((field) => (
                        <div key={field}>
                          <small>{t(`fields.${field as "title"}`)}</small>
                          <TextDiff parts={diffText(item.followed?.[field] ?? "", item.current[field] ?? "")} lang={item.sourceLocale} dir={dirOf(item.sourceLocale)} />
                        </div>
                      ))}
                  </>
                )}
                {item.state === "outdated" && (
                  <MarkUpToDateButton target={item.kind === "debate" ? { kind: "debate", debateId: item.id, locale: target } : { kind: "bio", authorId: item.id, locale: target }} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
