"use server";

// Thin: actor → one domain function (which parses its input and checks
// permission itself) → the answer; runAction applies what it reports changed
// for readers.
import { runAction } from "@/server/actions/run-action";
import { searchAuthors } from "@/server/authors/dashboard-queries";
import { createAuthor, saveAuthorBio, setAuthorTrashed, updateAuthor } from "@/server/authors/mutations";

/** The article editor's author picker: `{ query }` → `{ id, name, slug }[]`. */
export async function searchAuthorsAction(input: unknown) {
  return runAction((actor) => searchAuthors(actor, input));
}

/** "Add a new author" (from the list or the article editor): `{ name }` → `{ id, name, slug }`. */
export async function createAuthorAction(input: unknown) {
  return runAction((actor) => createAuthor(actor, input));
}

export async function updateAuthorAction(input: unknown) {
  return runAction(
    (actor) => updateAuthor(actor, input),
    (author) => ({ id: author.id, name: author.name, slug: author.slug }),
  );
}

export async function saveAuthorBioAction(input: unknown) {
  return runAction((actor) => saveAuthorBio(actor, input));
}

export async function setAuthorTrashedAction(input: unknown) {
  return runAction((actor) => setAuthorTrashed(actor, input));
}
