import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LOCALES } from "@/i18n/locales";
import { asLocale } from "@/lib/route-params";
import { siteUrl } from "@/lib/urls";
import { listApiKeys } from "@/server/api-keys/queries";
import { requireActor } from "@/server/auth/actor";
import { ForbiddenError } from "@/server/errors";
import { ApiKeyForm, RevokeApiKeyButton } from "./api-key-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "ApiKeys" });
  return { title: t("title") };
}

export default async function ApiKeysPage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  // Admins only: anyone else is told so, inside the dashboard (403).
  const keys = await listApiKeys(actor).catch((error) => {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  });
  const t = await getTranslations("ApiKeys");
  const format = await getFormatter();
  const label = (code: string) => LOCALES.find((l) => l.code === code)?.label ?? code;
  const when = (date: Date) => <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "medium", timeStyle: "short" })}</time>;
  const documentUrl = `${siteUrl()}/api/v1/openapi.json`;

  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        {t.rich("intro", {
          path: (chunks) => (
            <bdi dir="ltr">
              <code>{chunks}</code>
            </bdi>
          ),
        })}
      </p>
      <p>
        {t("document")}{" "}
        <bdi dir="ltr">
          <a href="/api/v1/openapi.json">{documentUrl}</a>
        </bdi>
      </p>
      {keys.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="dashboard-table" data-testid="api-keys-table">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("key")}</th>
              <th scope="col">{t("scopes")}</th>
              <th scope="col">{t("locales")}</th>
              <th scope="col">{t("created")}</th>
              <th scope="col">{t("lastUsed")}</th>
              <th scope="col">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.id} data-testid="api-key-row">
                <td>
                  <bdi>{key.name}</bdi>
                </td>
                <td dir="ltr">
                  <code>{key.prefix}…</code>
                </td>
                <td dir="ltr">{key.scopes.join(", ")}</td>
                <td>{key.locales.length ? key.locales.map(label).join(" · ") : t("allLocales")}</td>
                <td>
                  {when(key.createdAt)}
                  {key.createdBy && (
                    <>
                      {" "}
                      {t("createdBy", { name: key.createdBy })}
                    </>
                  )}
                </td>
                <td data-testid="api-key-last-used">{key.lastUsedAt ? when(key.lastUsedAt) : t("never")}</td>
                <td>
                  {key.revokedAt ? (
                    <span className="badge badge-muted" data-testid="api-key-revoked">
                      {t("revoked")} {when(key.revokedAt)}
                    </span>
                  ) : (
                    <>
                      {t("active")} <RevokeApiKeyButton id={key.id} label={t("revoke")} confirm={t("revokeConfirm", { name: key.name })} />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section>
        <h2>{t("newKey")}</h2>
        <ApiKeyForm
          labels={{
            name: t("name"),
            nameHint: t("nameHint"),
            scopes: t("scopes"),
            scopeContent: t("scopeContent"),
            scopeDrafts: t("scopeDrafts"),
            locales: t("locales"),
            localesHint: t("localesHint"),
            create: t("create"),
            creating: t("creating"),
            // Filled in on the client with the new key's name.
            secretOnce: t.raw("secretOnce") as string,
          }}
        />
      </section>
    </>
  );
}
