import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RedeliverButton, WebhookCreateForm, WebhookEditForm } from "@/components/dashboard/webhook-forms";
import { STAFF_DATE_TIME_SECONDS } from "@/lib/staff-time";
import { asLocale } from "@/lib/route-params";
import { requireActor } from "@/server/auth/actor";
import { getStaffFormatter, getStaffTimeZone } from "@/server/dashboard/time-zone";
import { can } from "@/server/permissions";
import { listWebhookDeliveries, listWebhookEndpoints } from "@/server/webhooks/endpoints";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Webhooks" });
  return { title: t("title") };
}

/** Admins: webhook endpoints, each with its settings and its newest deliveries. */
export default async function WebhooksPage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  // Admins only: anyone else is told so, inside the dashboard.
  if (!can(actor, "webhook.manage")) forbidden();
  const endpoints = await listWebhookEndpoints(actor);
  const logs = await Promise.all(endpoints.map((e) => listWebhookDeliveries(actor, e.id, 20)));
  const t = await getTranslations("Webhooks");
  // In the staff member's zone, named (src/lib/staff-time.ts), as every time in the dashboard.
  const [format, { zone }] = await Promise.all([getStaffFormatter(), getStaffTimeZone()]);
  const when = (date: Date | null) => (date ? format.dateTime(date, STAFF_DATE_TIME_SECONDS) : "—");

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {endpoints.length === 0 && <p className="hint">{t("empty")}</p>}
      {endpoints.map((endpoint, i) => (
        <section key={endpoint.id} className="dashboard-section" data-testid="webhook-endpoint" aria-labelledby={`endpoint-${endpoint.id}`}>
          <h2 id={`endpoint-${endpoint.id}`}>
            <bdi dir="ltr">{endpoint.url}</bdi> · {endpoint.enabled ? t("active") : t("paused")}
          </h2>
          {endpoint.description && <p>{endpoint.description}</p>}
          {endpoint.disabledReason && (
            <p role="alert" className="form-error">
              {t("disabledNotice", { reason: endpoint.disabledReason })}
            </p>
          )}
          <p className="hint">
            {t("counts", endpoint.counts)}
            {endpoint.failingSince && <> · {t("failingSince", { when: when(endpoint.failingSince) })}</>}
          </p>
          <details>
            <summary>{t("save")}…</summary>
            <WebhookEditForm endpoint={{ id: endpoint.id, url: endpoint.url, description: endpoint.description, events: endpoint.events, enabled: endpoint.enabled }} />
          </details>
          <h3>{t("log")}</h3>
          {logs[i]!.length === 0 ? (
            <p className="hint">{t("logEmpty")}</p>
          ) : (
            <>
              <p className="hint">{t("timeZone", { zone })}</p>
              <table className="dashboard-table" data-testid="webhook-log">
                <thead>
                  <tr>
                    <th scope="col">{t("colEvent")}</th>
                    <th scope="col">{t("colStatus")}</th>
                    <th scope="col">{t("colCode")}</th>
                    <th scope="col">{t("colDuration")}</th>
                    <th scope="col">{t("colAttempts")}</th>
                    <th scope="col">{t("colLast")}</th>
                    <th scope="col">{t("colNext")}</th>
                    <th scope="col" />
                  </tr>
                </thead>
                <tbody>
                  {logs[i]!.map((d) => (
                    <tr key={d.id} data-testid="webhook-delivery" data-status={d.status}>
                      <td>
                        <code dir="ltr">{d.eventType}</code>
                      </td>
                      <td>{t(`deliveryStatus.${d.status as "PENDING" | "RETRYING" | "SUCCEEDED" | "FAILED"}`)}</td>
                      <td dir="ltr">{d.lastStatusCode ?? d.lastError ?? "—"}</td>
                      <td>{d.lastDurationMs === null ? "—" : t("durationMs", { ms: d.lastDurationMs })}</td>
                      <td>{d.attempts}</td>
                      <td>{when(d.lastAttemptAt)}</td>
                      <td>{when(d.nextAttemptAt)}</td>
                      <td>
                        <RedeliverButton deliveryId={d.id} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
      ))}
      <WebhookCreateForm />
    </>
  );
}
