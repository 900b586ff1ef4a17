"use server";

// Thin: actor → one domain function (which parses its input and checks
// permission itself: admins only) → mapped result.
import { runAction } from "@/server/actions/run-action";
import { createWebhookEndpoint, deleteWebhookEndpoint, redeliverWebhook, rotateWebhookSecret, updateWebhookEndpoint } from "@/server/webhooks/endpoints";

export async function createWebhookEndpointAction(input: unknown) {
  return runAction((actor) => createWebhookEndpoint(actor, input));
}

export async function updateWebhookEndpointAction(input: unknown) {
  return runAction((actor) => updateWebhookEndpoint(actor, input));
}

export async function rotateWebhookSecretAction(input: unknown) {
  return runAction((actor) => rotateWebhookSecret(actor, input));
}

export async function deleteWebhookEndpointAction(input: unknown) {
  return runAction((actor) => deleteWebhookEndpoint(actor, input));
}

export async function redeliverWebhookAction(input: unknown) {
  return runAction((actor) => redeliverWebhook(actor, input));
}
