import "server-only";
import type { VariantStatus } from "@/generated/prisma/enums";
import { TRANSITION_NAMES, type TransitionName } from "@/lib/articles/schemas";
import type { Actor } from "../auth/actor-type";
import { type Action, can } from "../permissions";

/**
 * The publishing state machine of a language version. Every status change goes
 * through one of these named transitions; each names the permission it needs.
 * "Scheduled" means visible once publishAt has passed (readers' rule), so a
 * scheduled variant needs no job to go live.
 */
export const TRANSITIONS = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", permission: "variant.edit" },
  returnToDraft: { from: ["IN_REVIEW"], to: "DRAFT", permission: "variant.edit" },
  schedule: { from: ["DRAFT", "IN_REVIEW", "SCHEDULED"], to: "SCHEDULED", permission: "variant.schedule" },
  unschedule: { from: ["SCHEDULED"], to: "DRAFT", permission: "variant.schedule" },
  publish: { from: ["DRAFT", "IN_REVIEW", "SCHEDULED", "ARCHIVED"], to: "PUBLISHED", permission: "variant.publish" },
  unpublish: { from: ["PUBLISHED", "SCHEDULED"], to: "ARCHIVED", permission: "variant.unpublish" },
  reopen: { from: ["ARCHIVED"], to: "DRAFT", permission: "variant.edit" },
} as const satisfies Record<TransitionName, { from: readonly VariantStatus[]; to: VariantStatus; permission: Action }>;

export type Transition = TransitionName;

export function canTransition(from: VariantStatus, transition: Transition): boolean {
  return (TRANSITIONS[transition].from as readonly VariantStatus[]).includes(from);
}

/** The transitions available from a status (the editor shows these as buttons). */
export function transitionsFrom(from: VariantStatus): Transition[] {
  return TRANSITION_NAMES.filter((t) => canTransition(from, t));
}

/** The statuses "Publish all ready" publishes together. */
export const READY_TO_PUBLISH: readonly VariantStatus[] = ["IN_REVIEW", "SCHEDULED"];

/**
 * "Publish all ready", as the server does it: the versions it would publish
 * (in review or scheduled), and whether the actor may publish every one of
 * them (it refuses them all otherwise). The editor offers the button exactly
 * when `allowed`.
 */
export function publishAllReadyPlan<V extends { locale: string; status: VariantStatus }>(actor: Actor | null, variants: V[]): { ready: V[]; allowed: boolean } {
  const ready = variants.filter((v) => READY_TO_PUBLISH.includes(v.status));
  return { ready, allowed: ready.length > 0 && ready.every((v) => can(actor, "variant.publish", { locale: v.locale })) };
}

/** Transitions after which readers may see the variant: they validate strictly. */
export const GOES_PUBLIC: ReadonlySet<Transition> = new Set(["schedule", "publish"]);

/** The soonest a schedule may be set, so that "scheduled" never means "already live by surprise". */
export const MIN_SCHEDULE_LEAD_MS = 60_000;
