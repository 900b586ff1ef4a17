import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getStaffFormatter } from "@/server/dashboard/time-zone";
import { UserAccountActions } from "@/components/dashboard/user-account-actions";
import { UserForm } from "@/components/dashboard/user-form";
import { UserSignInControls } from "@/components/dashboard/user-sign-in-controls";
import { Link } from "@/i18n/navigation";
import { asLocale } from "@/lib/route-params";
import { listAuditEvents } from "@/server/audit/queries";
import { getActor, requireActor } from "@/server/auth/actor";
import { throttleLimits } from "@/server/auth/settings";
import { listStaffSessions } from "@/server/auth/staff-sessions";
import { getSignInThrottlesForUser } from "@/server/auth/throttle-admin";
import { NotFoundError } from "@/server/errors";
import { can } from "@/server/permissions";
import { getUserForAdmin } from "@/server/users/queries";
import { STAFF_DATE_TIME } from "@/lib/staff-time";

function signInLimits() {
  const limits = throttleLimits();
  return { pairAttempts: limits.pairAttempts, pairMinutes: Math.round(limits.pairWindowSeconds / 60), maxSeconds: Math.round(limits.slowdownMaxMs / 1000) };
}

type Props = { params: Promise<{ locale: string; id: string }> };

async function loadUser(id: string) {
  return getUserForAdmin(await getActor(), id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale: asLocale(locale), namespace: "Users" });
  // Only someone allowed to see the user gets their name, even in the title.
  const user = await getUserForAdmin(await getActor(), id).catch(() => null);
  return { title: user ? t("editTitle", { name: user.name }) : t("title") };
}

export default async function EditUserPage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const user = await loadUser(id);
  const t = await getTranslations("Users");
  const actions = await getTranslations("AuditActions");
  const format = await getStaffFormatter();
  const history = await listAuditEvents(actor, { entityType: "User", entityId: user.id });
  const sessions = await listStaffSessions(actor, user.id);
  const throttles = await getSignInThrottlesForUser(actor, user.id);
  const actionLabel = (action: string) => {
    const key = action as Parameters<typeof actions>[0];
    return actions.has(key) ? actions(key) : action;
  };

  return (
    <>
      <p>
        <Link href="/dashboard/users">{t("backToList")}</Link>
      </p>
      <h1>{t("editTitle", { name: user.name })}</h1>
      <p dir="ltr" className="hint">
        {user.email}
      </p>
      <section>
        <h2>{t("accountSection")}</h2>
        <UserForm initial={{ id: user.id, name: user.name, email: user.email, role: user.role, locales: user.locales, canPublish: user.canPublish }} />
      </section>
      <UserAccountActions id={user.id} email={user.email} disabled={user.disabledAt !== null} self={user.id === actor.id} />
      <UserSignInControls
        id={user.id}
        canManage={can(actor, "user.manage")}
        limits={signInLimits()}
        sessions={sessions.map((s) => ({ id: s.id.slice(0, 8), createdAt: s.createdAt.toISOString(), ip: s.ip }))}
        throttles={throttles.map((row) => ({ ...row, until: row.until?.toISOString() ?? null }))}
      />
      <section>
        <h2>{t("history")}</h2>
        {history.length === 0 ? (
          <p className="hint">{t("historyEmpty")}</p>
        ) : (
          <ol className="audit-list" data-testid="user-history">
            {history.map((event) => (
              <li key={event.id}>
                <time dateTime={event.createdAt.toISOString()}>{format.dateTime(event.createdAt, STAFF_DATE_TIME)}</time>{" "}
                {actionLabel(event.action)} <span className="hint">{t("historyBy", { actor: event.actor?.name ?? t("commandLine") })}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
