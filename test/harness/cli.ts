// Tiny flag parser shared by the three suites: `--name value`, `--name=value`, `--flag`.
export function flags(argv = process.argv.slice(2)) {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) continue;
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) values.set(name, inline);
    else if (next !== undefined && !next.startsWith("--")) values.set(name, (i++, next));
    else values.set(name, "true");
  }
  return {
    number: (name: string, fallback: number) => (values.has(name) ? Number(values.get(name)) : fallback),
    string: (name: string, fallback: string) => values.get(name) ?? fallback,
    bool: (name: string) => values.get(name) === "true",
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
