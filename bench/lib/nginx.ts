// nginx for the benchmark, run as this user from a folder in /tmp, on loopback:
// a plain static server (the ceiling: an article's HTML saved to disk) and the
// caching proxy of deploy/nginx/polyglot-press.conf in front of the app instances.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export const DEPLOY_CONFIG = path.join("deploy", "nginx", "polyglot-press.conf");

export function nginxBinary(): string {
  for (const candidate of [process.env.NGINX_BIN, "/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error("nginx not found: apt-get install -y nginx (or set NGINX_BIN)");
}

/** deploy/nginx/polyglot-press.conf with its marked lines pointed at this run's folder and ports. */
export function proxyConfig(cacheDir: string, upstreams: number[], listenPort: number): string {
  let conf = readFileSync(DEPLOY_CONFIG, "utf8");
  const replace = (pattern: RegExp, by: string) => {
    if (!pattern.test(conf)) throw new Error(`${DEPLOY_CONFIG}: ${pattern} not found`);
    conf = conf.replace(pattern, by);
  };
  replace(/proxy_cache_path \S+/, `proxy_cache_path ${cacheDir}`);
  replace(/(upstream polyglot_press_app \{\n)((?:\s*server [^\n]+\n)+)/, `$1${upstreams.map((p) => `    server 127.0.0.1:${p};\n`).join("")}`);
  replace(/listen 80;/, `listen 127.0.0.1:${listenPort};`);
  replace(/(map "" \$polyglot_press_host \{\n\s*default )"[^"]*";/, `$1"127.0.0.1:${listenPort}";`);
  return conf;
}

export interface Nginx {
  dir: string;
  staticUrl: string;
  proxyUrl: string;
  /** Empties the proxy's cache (between measurements). */
  purge(): void;
  stop(): void;
}

export function startNginx(opts: { dir: string; staticPort: number; proxyPort: number; upstreams: number[]; staticFiles: Record<string, string> }): Nginx {
  const { dir } = opts;
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ["static", "cache", "temp", "logs"]) mkdirSync(path.join(dir, sub), { recursive: true });
  for (const [name, content] of Object.entries(opts.staticFiles)) writeFileSync(path.join(dir, "static", name), content);
  const conf = `
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  keepalive_requests 100000;
  sendfile on;
  # The ceiling: a page's HTML from disk, as fast as this machine serves a file.
  server {
    listen 127.0.0.1:${opts.staticPort};
    root ${dir}/static;
    default_type text/html;
  }
  ${proxyConfig(`${dir}/cache`, opts.upstreams, opts.proxyPort)}
}
`;
  writeFileSync(path.join(dir, "nginx.conf"), conf);
  const bin = nginxBinary();
  const args = ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", `${dir}/logs/error.log`];
  const test = spawnSync(bin, ["-t", ...args], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx config rejected:\n${test.stderr}`);
  const run = spawnSync(bin, args, { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`nginx did not start:\n${run.stderr}`);
  return {
    dir,
    staticUrl: `http://127.0.0.1:${opts.staticPort}`,
    proxyUrl: `http://127.0.0.1:${opts.proxyPort}`,
    purge() {
      rmSync(path.join(dir, "cache"), { recursive: true, force: true });
      mkdirSync(path.join(dir, "cache"));
      // Its in-memory keys go with a reload.
      spawnSync(bin, [...args, "-s", "reload"]);
    },
    stop() {
      spawnSync(bin, [...args, "-s", "quit"]);
    },
  };
}
