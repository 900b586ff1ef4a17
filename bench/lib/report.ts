// The benchmark's one printed table, and the targets of issue 7 checked against it.
import type { BenchReport } from "../run";

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n} ms`;

export interface Target {
  target: string;
  value: string;
  met: boolean;
}

export function targets(r: BenchReport): Target[] {
  const article = r.pages.find((p) => p.name === "article")!;
  const articleProxied = r.proxied.find((p) => p.name === "article via proxy");
  const list = r.dashboard.filter((d) => d.label.startsWith("list"));
  const memory = r.dashboard.filter((d) => d.label.startsWith("memory: one"));
  const worstList = list.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  const worstSearch = r.search.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  const heaviest = r.weight.pages.reduce((a, b) => (b.overFloorGzip > a.overFloorGzip ? b : a));
  const out: Target[] = [
    { target: "article (next start) ≥ 0.1× static", value: `${article.ratioToStatic}×`, met: (article.ratioToStatic ?? 0) >= 0.1 },
    { target: "article (next start) p99 ≤ 50 ms", value: ms(article.p99), met: article.p99 <= 50 },
    { target: "article (next start) zero errors", value: String(article.errors), met: article.errors === 0 },
    ...(articleProxied ? [{ target: "article via caching proxy ≥ 0.8× static", value: `${articleProxied.ratioToStatic}×`, met: (articleProxied.ratioToStatic ?? 0) >= 0.8 }] : []),
    { target: "proxy never caches staff pages / previews / sessions", value: `${r.cachePolicy.filter((c) => c.ok).length}/${r.cachePolicy.length} checks`, met: r.cachePolicy.every((c) => c.ok) },
    { target: "JS ≤ framework floor + 15 KB gzip (every public page)", value: `${heaviest.name}: +${kb(heaviest.overFloorGzip)}`, met: r.weight.pages.every((p) => p.overFloorGzip <= 15 * 1024) },
    { target: "dashboard list p95 ≤ 100 ms (every filter, deep pages)", value: `${worstList.label}: ${ms(worstList.p95)}`, met: list.every((d) => d.p95 <= 100) },
    ...(memory.length ? [{ target: "translation memory p95 ≤ 50 ms per paragraph", value: `${ms(memory[0]!.p95)}`, met: memory.every((d) => d.p95 <= 50) }] : []),
    { target: "search p95 ≤ 100 ms", value: `${worstSearch.label}: ${ms(worstSearch.p95)}`, met: r.search.every((d) => d.p95 <= 100) },
    ...(r.api?.length
      ? [{ target: "content API p95 ≤ 100 ms (lists, deep pages, one version)", value: `${r.api.reduce((a, b) => (b.p95 > a.p95 ? b : a)).label}: ${ms(r.api.reduce((a, b) => (b.p95 > a.p95 ? b : a)).p95)}`, met: r.api.every((t) => t.p95 <= 100) }]
      : []),
    { target: "server RSS ≤ 400 MB under load", value: `${r.rss.underLoadMb} MB`, met: r.rss.underLoadMb <= 400 },
  ];
  if (r.scaleOut) out.push({ target: "scale-out: edit on A seen via B and proxy ≤ 60 s; sessions, throttle shared", value: r.scaleOut.summary, met: r.scaleOut.ok });
  return out;
}

export function printReport(r: BenchReport) {
  const lines: string[] = [];
  const row = (cells: (string | number)[]) => lines.push(`| ${cells.join(" | ")} |`);
  lines.push("");
  lines.push(`## Polyglot Press benchmark — ${r.mode}, ${r.seed.variants.toLocaleString("en")} language versions (${r.seed.works.toLocaleString("en")} works, ${r.seed.debates} debates, ${r.seed.authors} authors, ${r.seed.revisions.toLocaleString("en")} revisions)`);
  lines.push(`${r.machine.cores} cores (${r.machine.model}), ${r.machine.memGb} GiB, Node ${r.machine.node}; load average before ${r.machine.loadBefore.join(" ")}, after ${r.machine.loadAfter.join(" ")}`);
  lines.push(`seed ${r.seed.seconds.toFixed(0)} s · build ${r.buildSeconds === null ? "reused" : `${r.buildSeconds.toFixed(0)} s`} · cold start to first page ${(r.coldStartMs / 1000).toFixed(1)} s · RSS idle ${r.rss.idleMb} MB, under load ${r.rss.underLoadMb} MB · total ${r.totalSeconds} s`);
  lines.push("");
  row(["page (32 connections)", "size", "req/s", "p50", "p99", "errors", "× static", "via proxy req/s", "p50", "p99", "errors", "× static"]);
  row(Array(12).fill("---"));
  const c = r.ceiling;
  const ratio = (x: { ratioToStatic?: number; ceilingRps?: number }) => `${x.ratioToStatic} (of ${x.ceilingRps})`;
  row(["static HTML (nginx, the ceiling)", kb(c.bytes), c.rps, ms(c.p50), ms(c.p99), c.errors, "1", "", "", "", "", ""]);
  for (const p of r.pages) {
    const v = r.proxied.find((x) => x.name === `${p.name} via proxy`);
    row([p.name, kb(p.bytes), p.rps, ms(p.p50), ms(p.p99), p.errors, ratio(p), v?.rps ?? "", v ? ms(v.p50) : "", v ? ms(v.p99) : "", v?.errors ?? "", v ? ratio(v) : ""]);
  }
  lines.push("(× static: req/s over the static ceiling's, measured in a run of its own right before; in brackets its req/s then)");
  lines.push("");
  row(["JS shipped (gzip)", "JS", "over framework floor", "HTML", "editor code"]);
  row(Array(5).fill("---"));
  row([`(Next's framework floor)`, kb(r.weight.frameworkFloorGzip), "", "", ""]);
  for (const p of r.weight.pages) row([p.name, kb(p.jsGzip), `+${kb(p.overFloorGzip)}`, kb(p.htmlGzip), p.editor ? "yes" : "no"]);
  lines.push("");
  row(["in process", "p50", "p95", "n"]);
  row(Array(4).fill("---"));
  for (const t of [...r.dashboard, ...r.search, ...(r.api ?? [])]) row([t.label, ms(t.p50), ms(t.p95), t.n]);
  lines.push("");
  row(["target", "measured", "met"]);
  row(Array(3).fill("---"));
  for (const t of targets(r)) row([t.target, t.value, t.met ? "yes" : "**no**"]);
  if (r.scaleOut) {
    lines.push("");
    for (const s of r.scaleOut.steps) lines.push(`${s.ok ? "✓" : "✗"} scale-out: ${s.name} (${s.detail})`);
  }
  console.log(lines.join("\n"));
}
