"use server";

// Thin: actor → one domain function (which checks the file whole and every
// permission itself) → mapped result. A refused file answers its problems.
import { runAction } from "@/server/actions/run-action";
import { importXliff } from "@/server/xliff/service";
import { XliffError } from "@/server/xliff/format";

export async function importXliffAction(text: unknown, translator?: unknown) {
  return runAction(async (actor) => {
    try {
      return { ...(await importXliff(actor, text, typeof translator === "string" && translator.trim() ? { translator: translator.trim().slice(0, 120) } : {})), problems: [] as string[] };
    } catch (error) {
      // Not an error of the app: the file's own problems, for the translator to fix.
      if (error instanceof XliffError) return { problems: error.problems, files: [], readerChanges: null };
      throw error;
    }
  });
}
