"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { LinkKeep } from "@/lib/translations/schemas";
import type { LinkChoice, LinkPreview, LinkRefusal, LinkSide, SharedField } from "@/server/translations/link";
import { languageList } from "./language-names";

/** A refusal of a link, with the languages it is about, in the dashboard's language. */
export function LinkRefusalText({ refusal, inline = false }: { refusal: LinkRefusal; inline?: boolean }) {
  const t = useTranslations("TranslationLinks");
  const dashboardLocale = useLocale();
  const Tag = inline ? "span" : "p";
  return (
    <Tag className="hint link-refusal" data-testid="link-refusal" data-reason={refusal.reason}>
      {t(`refused.${refusal.reason}`, { languages: languageList(refusal.locales, dashboardLocale) })}
    </Tag>
  );
}

/**
 * The confirmation step of a link: both articles' shared fields side by side,
 * what each choice makes the other article's versions lose (and which
 * published versions readers will see change), the choice itself — never
 * preselected when something is lost — and the confirm button.
 */
export function LinkConfirm({
  preview,
  pending,
  onConfirm,
  onCancel,
}: {
  preview: LinkPreview;
  pending: boolean;
  onConfirm: (keep: LinkKeep) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("TranslationLinks");
  const dashboardLocale = useLocale();
  const titleId = useId();
  const nothingLost = preview.choices.this.loses.length === 0 && preview.choices.other.loses.length === 0;
  // When nothing is lost there is nothing to choose; otherwise the person picks, even when only one choice is theirs.
  const [keep, setKeep] = useState<LinkKeep | null>(nothingLost ? "this" : null);
  const fieldList = (fields: SharedField[]) =>
    new Intl.ListFormat(dashboardLocale, { type: "conjunction" }).format(fields.map((f) => t(`lost.${f}`)));

  const row = (label: string, value: (side: LinkSide) => string) => (
    <tr>
      <th scope="row">{label}</th>
      {(["this", "other"] as const).map((side) => (
        <td key={side}>
          <bdi>{value(preview.works[side]) || t("none")}</bdi>
        </td>
      ))}
    </tr>
  );

  const consequence = (choice: LinkChoice, losing: "this" | "other") => (
    <>
      <span className="link-choice-loses">{t(losing === "this" ? "losesThis" : "losesOther", { fields: fieldList(choice.loses) })}</span>
      {choice.changesPublished.length > 0 && (
        <span className="link-choice-published"> {t("changesPublished", { languages: languageList(choice.changesPublished.map((v) => v.locale), dashboardLocale) })}</span>
      )}
    </>
  );

  return (
    <section className="link-confirm" aria-labelledby={titleId} data-testid="link-confirm">
      <h3 id={titleId}>{t("confirmTitle")}</h3>
      <table className="dashboard-table link-confirm-fields">
        <thead>
          <tr>
            <td />
            <th scope="col">{t("sideThis")}</th>
            <th scope="col">{t("sideOther")}</th>
          </tr>
        </thead>
        <tbody>
          {row(t("fieldAuthors"), (s) => s.authors.map((a) => a.name).join(" & "))}
          {row(t("fieldDebate"), (s) => s.debate?.title ?? "")}
          {row(t("fieldImage"), (s) => [s.heroImage?.name, s.heroCredit].filter(Boolean).join(" · "))}
        </tbody>
      </table>
      {nothingLost ? (
        <p data-testid="link-nothing-lost">{t("sameShared")}</p>
      ) : (
        <fieldset className="link-keep">
          <legend>{t("keepLegend")}</legend>
          {(["this", "other"] as const).map((option) => {
            const choice = preview.choices[option];
            return (
              <label key={option} className="link-keep-option" data-testid={`link-keep-${option}`}>
                <input
                  type="radio"
                  name={`${titleId}-keep`}
                  value={option}
                  checked={keep === option}
                  disabled={!!choice.refusal}
                  onChange={() => setKeep(option)}
                />{" "}
                <strong>{t(option === "this" ? "keepThis" : "keepOther")}</strong>
                <br />
                <small>{consequence(choice, option === "this" ? "other" : "this")}</small>
                {choice.refusal && <LinkRefusalText refusal={choice.refusal} inline />}
              </label>
            );
          })}
        </fieldset>
      )}
      {!keep && !nothingLost && <p className="hint">{t("chooseFirst")}</p>}
      <p className="link-confirm-buttons">
        <button type="button" disabled={pending || !keep} onClick={() => keep && onConfirm(keep)} data-testid="link-confirm-button">
          {pending ? t("linking") : t("confirm")}
        </button>{" "}
        <button type="button" disabled={pending} onClick={onCancel} data-testid="link-cancel">
          {t("cancel")}
        </button>
      </p>
    </section>
  );
}
