import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor-type";
import { ForbiddenError } from "../errors";
import { ACTIONS, type Action, assertCan, can } from "./permissions";

const staff = (role: Actor["role"], locales: string[] = [], canPublish = false): Actor => ({
  id: `${role}-${locales.join("-")}`,
  email: "x@example.com",
  name: "X",
  role,
  locales,
  canPublish,
});

const ACTORS = {
  anonymous: null,
  "translator(ar)": staff("TRANSLATOR", ["ar"]),
  "translator(he)": staff("TRANSLATOR", ["he"]),
  "translator(ar)+publish": staff("TRANSLATOR", ["ar"], true),
  editor: staff("EDITOR"),
  admin: staff("ADMIN"),
} as const;
type ActorName = keyof typeof ACTORS;

// The matrix, written out (not derived from the code under test).
// Y = allowed · N = refused · L = only in the translator's own locale(s).
// Columns: anonymous, translator(ar), translator(he), translator(ar)+publish, editor, admin.
const MATRIX: Record<Action, string> = {
  "article.create": "N N N N Y Y",
  "article.delete": "N N N N Y Y",
  "article.editShared": "N N N N Y Y",
  "variant.create": "N L L L Y Y",
  "variant.edit": "N L L L Y Y",
  "variant.delete": "N N N N Y Y",
  "variant.publish": "N N N L Y Y",
  "variant.schedule": "N N N L Y Y",
  "variant.unpublish": "N N N L Y Y",
  "variant.archive": "N N N L Y Y",
  "variant.restoreRevision": "N L L L Y Y",
  "translation.link": "N L L L Y Y",
  "translation.unlink": "N L L L Y Y",
  "translation.assign": "N N N N Y Y",
  "debate.create": "N N N N Y Y",
  "debate.editShared": "N N N N Y Y",
  "debate.delete": "N N N N Y Y",
  "debate.publish": "N N N N Y Y",
  "debate.translate": "N L L L Y Y",
  "author.create": "N N N N Y Y",
  "author.edit": "N N N N Y Y",
  "author.delete": "N N N N Y Y",
  "author.translateBio": "N L L L Y Y",
  "media.upload": "N N N N Y Y",
  "media.delete": "N N N N Y Y",
  "media.translateAlt": "N L L L Y Y",
  "dashboard.access": "N Y Y Y Y Y",
  "draft.read": "N Y Y Y Y Y",
  "revision.read": "N Y Y Y Y Y",
  "audit.read": "N N N N N Y",
  "user.read": "N N N N N Y",
  "user.manage": "N N N N N Y",
  "webhook.manage": "N N N N N Y",
  "apiKey.manage": "N N N N N Y",
  "redirect.manage": "N N N N N Y",
};

const actorNames = Object.keys(ACTORS) as ActorName[];

describe("permission matrix", () => {
  it("covers every action the domain offers", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    const cells = MATRIX[action].split(" ");
    for (const [i, name] of actorNames.entries()) {
      const cell = cells[i];
      const actor = ACTORS[name];
      for (const locale of ["ar", "he", "en", undefined]) {
        const own = actor !== null && locale !== undefined && actor.locales.includes(locale);
        const expected = cell === "Y" || (cell === "L" && own);
        it(`${name} ${expected ? "may" : "may not"} ${action}${locale ? ` in ${locale}` : ""}`, () => {
          expect(can(actor, action, { locale })).toBe(expected);
          if (expected) expect(() => assertCan(actor, action, { locale })).not.toThrow();
          else expect(() => assertCan(actor, action, { locale })).toThrow(ForbiddenError);
        });
      }
    }
  }

  it("a translator with no locales may translate nothing", () => {
    const none = staff("TRANSLATOR", [], true);
    for (const action of ACTIONS) {
      const allowed = can(none, action, { locale: "ar" });
      expect(allowed, action).toBe(["dashboard.access", "draft.read", "revision.read"].includes(action));
    }
  });
});
