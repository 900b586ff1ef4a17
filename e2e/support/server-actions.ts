import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

// Server actions are public POST endpoints: the hostile-request tests call them
// directly, the way Next's client does, by the ids in the build's own manifest.

interface ManifestEntry {
  exportedName?: string;
  workers: Record<string, unknown>;
}

export interface ServerAction {
  id: string;
  name: string;
  /** A page that carries the action (Next only runs an action on a page that imports it). */
  page: string;
}

/** "app/[locale]/dashboard/(staff)/users/[id]/page" → "/en/dashboard/users/x" */
function pageUrl(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((s) => !/^\(.*\)$/.test(s))
    .map((s) => (s === "[locale]" ? "en" : s.startsWith("[") ? "x" : s));
  return `/${segments.join("/")}`;
}

/**
 * Every server action of the build in `root` (from Next's own manifest);
 * `prefer` picks among the pages carrying one.
 */
export function serverActions(prefer?: string, root = process.cwd()): ServerAction[] {
  const file = path.join(root, ".next/server/server-reference-manifest.json");
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const workers = Object.keys(entry.workers);
    const worker = (prefer && workers.find((w) => w.includes(prefer))) ?? workers[0] ?? "app/[locale]/page";
    return { id, name: entry.exportedName ?? "?", page: pageUrl(worker) };
  });
}

export function findAction(name: string, prefer?: string, root?: string): ServerAction {
  const action = serverActions(prefer, root).find((a) => a.name === name);
  if (!action) throw new Error(`No server action named ${name} in the build`);
  return action;
}

/** POSTs a server action the way Next's client does, with whatever cookies the context holds. */
export async function callAction(
  context: APIRequestContext,
  baseURL: string,
  name: string,
  args: unknown[],
  headers: Record<string, string> = {},
  { id, page } = findAction(name),
): Promise<string> {
  const response = await context.post(page, {
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseURL, ...headers },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  return `${response.status()} ${await response.text()}`;
}
