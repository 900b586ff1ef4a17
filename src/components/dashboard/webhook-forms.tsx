"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  redeliverWebhookAction,
  rotateWebhookSecretAction,
  updateWebhookEndpointAction,
} from "@/server/actions/webhooks";
import { ActionError } from "./action-error";
import { FieldError, Notice, text, useFieldErrors } from "./debate-fields";

export interface EndpointValues {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
}

/** A signing secret, shown once: selectable, with what to do with it. */
function SecretOnce({ secret }: { secret: string | null }) {
  const t = useTranslations("Webhooks");
  if (!secret) return null;
  return (
    <div className="form-notice" data-testid="webhook-secret">
      <label>
        {t("secret")}
        <input readOnly value={secret} dir="ltr" onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p className="hint">{t("secretHint")}</p>
    </div>
  );
}

/** URL, description and event checkboxes: shared by the new-endpoint and edit forms. */
function EndpointFields({ values, idPrefix, fieldError }: { values?: EndpointValues; idPrefix: string; fieldError: (field: string) => string | null }) {
  const t = useTranslations("Webhooks");
  const urlError = fieldError("url");
  const eventsError = fieldError("events");
  return (
    <>
      <label>
        {t("url")}
        <input
          name="url"
          type="url"
          required
          dir="ltr"
          defaultValue={values?.url}
          placeholder="https://"
          aria-invalid={urlError ? true : undefined}
          aria-describedby={urlError ? `${idPrefix}-url-error` : undefined}
        />
        <FieldError id={`${idPrefix}-url-error`} message={urlError} />
      </label>
      <label>
        {t("description")}
        <input name="description" maxLength={200} defaultValue={values?.description} />
      </label>
      <fieldset aria-describedby={eventsError ? `${idPrefix}-events-error` : undefined}>
        <legend>{t("events")}</legend>
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type} className="checkbox">
            <input type="checkbox" name="events" value={type} defaultChecked={values?.events.includes(type)} />
            <code dir="ltr">{type}</code> — {t(`eventTypes.${type}`)}
          </label>
        ))}
        <FieldError id={`${idPrefix}-events-error`} message={eventsError} />
      </fieldset>
    </>
  );
}

const fieldsOf = (form: FormData) => ({ url: text(form, "url"), description: text(form, "description"), events: form.getAll("events").map(String) });

export function WebhookCreateForm() {
  const t = useTranslations("Webhooks");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const fieldError = useFieldErrors(failure, "Webhooks");
  const [secret, setSecret] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    setSecret(null);
    run(
      () => createWebhookEndpointAction(fieldsOf(new FormData(formElement))),
      (data) => {
        setSecret(data.secret);
        formElement.reset();
        router.refresh();
      },
    );
  }

  return (
    <form className="dashboard-form" onSubmit={onSubmit} data-testid="webhook-create-form" noValidate>
      <h2>{t("newEndpoint")}</h2>
      <ActionError result={failure} />
      <Notice message={secret ? t("created") : null} />
      <SecretOnce secret={secret} />
      <EndpointFields idPrefix="new-endpoint" fieldError={fieldError} />
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("create")}
      </button>
    </form>
  );
}

export function WebhookEditForm({ endpoint }: { endpoint: EndpointValues }) {
  const t = useTranslations("Webhooks");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const fieldError = useFieldErrors(failure, "Webhooks");
  const [notice, setNotice] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setNotice(null);
    run(
      () => updateWebhookEndpointAction({ id: endpoint.id, ...fieldsOf(form), enabled: form.get("enabled") === "on" }),
      () => {
        setNotice(t("saved"));
        router.refresh();
      },
    );
  }
  function rotate() {
    if (!window.confirm(t("confirmRotate"))) return;
    setNotice(null);
    run(
      () => rotateWebhookSecretAction({ id: endpoint.id }),
      (data) => {
        setSecret(data.secret);
        setNotice(t("rotated"));
      },
    );
  }
  function remove() {
    if (!window.confirm(t("confirmDelete"))) return;
    run(
      () => deleteWebhookEndpointAction({ id: endpoint.id }),
      () => router.refresh(),
    );
  }

  return (
    <form className="dashboard-form" onSubmit={onSubmit} data-testid="webhook-edit-form" noValidate>
      <ActionError result={failure} />
      <Notice message={notice} />
      <SecretOnce secret={secret} />
      <EndpointFields values={endpoint} idPrefix={`endpoint-${endpoint.id}`} fieldError={fieldError} />
      <label className="checkbox">
        <input type="checkbox" name="enabled" defaultChecked={endpoint.enabled} />
        {t("enabled")}
      </label>
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
        <button type="button" onClick={rotate} disabled={pending}>
          {t("rotate")}
        </button>
        <button type="button" className="danger" onClick={remove} disabled={pending}>
          {t("delete")}
        </button>
      </div>
    </form>
  );
}

export function RedeliverButton({ deliveryId }: { deliveryId: string }) {
  const t = useTranslations("Webhooks");
  const router = useRouter();
  const { pending, failure, run } = useAction();
  const [done, setDone] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          run(
            () => redeliverWebhookAction({ deliveryId }),
            () => {
              setDone(true);
              router.refresh();
            },
          )
        }
      >
        {t("redeliver")}
      </button>
      {done && <span role="status">{t("redelivered")}</span>}
      <ActionError result={failure} />
    </>
  );
}
