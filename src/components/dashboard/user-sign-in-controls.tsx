"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/action-result";
import { clearSignInThrottlesAction, endUserSessionsAction } from "@/server/actions/sessions";
import { ActionError } from "./action-error";
import { STAFF_DATE_TIME } from "@/lib/staff-time";

export interface SessionRow {
  id: string;
  createdAt: string;
  ip: string | null;
}

export interface ThrottleRow {
  kind: "pair" | "account";
  ip: string | null;
  attempts: number;
  active: boolean;
  until: string | null;
}

/** For admins on a user's page: their open sessions (end them all) and the sign-in throttles naming them (clear them). */
export function UserSignInControls({
  id,
  sessions,
  throttles,
  limits,
  canManage,
}: {
  id: string;
  sessions: SessionRow[];
  throttles: ThrottleRow[];
  /** The configured limits, for the explanation. */
  limits: { pairAttempts: number; pairMinutes: number; maxSeconds: number };
  canManage: boolean;
}) {
  const t = useTranslations("Users");
  const format = useFormatter();
  const router = useRouter();
  const { pending, failure, run: runAction } = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const when = (iso: string) => format.dateTime(new Date(iso), STAFF_DATE_TIME);

  const run = (action: () => Promise<ActionResult<unknown>>, done: string) =>
    runAction(action, () => {
      setNotice(done);
      router.refresh();
    });

  return (
    <div className="account-actions">
      <ActionError result={failure} />
      {notice && (
        <p role="status" className="form-notice">
          {notice}
        </p>
      )}
      <section>
        <h2>{t("sessionsSection")}</h2>
        {sessions.length === 0 ? (
          <p className="hint">{t("sessionsNone")}</p>
        ) : (
          <ul data-testid="user-sessions">
            {sessions.map((s) => (
              <li key={s.id}>
                {t("sessionSince", { time: when(s.createdAt) })}
                {s.ip && (
                  <>
                    {" "}
                    <span className="hint" dir="ltr">
                      {s.ip}
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        {canManage && sessions.length > 0 && (
          <button type="button" disabled={pending} onClick={() => run(() => endUserSessionsAction({ id }), t("sessionsEnded"))}>
            {t("endSessions")}
          </button>
        )}
      </section>
      <section>
        <h2>{t("throttlesSection")}</h2>
        <p className="hint">{t("throttlesHint", limits)}</p>
        {throttles.length === 0 ? (
          <p className="hint">{t("throttlesNone")}</p>
        ) : (
          <ul data-testid="user-throttles">
            {throttles.map((row) => (
              <li key={`${row.kind}:${row.ip ?? ""}`}>
                {row.kind === "pair" ? (
                  <>
                    {t(row.active ? "throttlePairBlocked" : "throttlePair", { attempts: row.attempts })}{" "}
                    <span dir="ltr">{row.ip}</span>
                  </>
                ) : (
                  t(row.active ? "throttleAccountSlowed" : "throttleAccount", { attempts: row.attempts })
                )}
                {row.until && <span className="hint"> {t("throttleUntil", { time: when(row.until) })}</span>}
              </li>
            ))}
          </ul>
        )}
        {canManage && throttles.length > 0 && (
          <button type="button" disabled={pending} onClick={() => run(() => clearSignInThrottlesAction({ id }), t("throttlesCleared"))}>
            {t("clearThrottles")}
          </button>
        )}
      </section>
    </div>
  );
}
