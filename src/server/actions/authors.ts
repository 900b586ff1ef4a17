"use server";

// Thin: parse → actor → one domain function (which checks permission itself) →
// revalidate the public pages when what readers see may have changed.
import { createAuthorSchema, saveAuthorBioSchema, searchAuthorsSchema, setAuthorTrashedSchema, updateAuthorSchema } from "@/lib/authors/schemas";
import { runAction } from "@/server/actions/run-action";
import { revalidatePublicPages } from "@/server/cache/revalidate";
import { searchAuthors } from "@/server/authors/dashboard-queries";
import { createAuthor, saveAuthorBio, setAuthorTrashed, updateAuthor } from "@/server/authors/mutations";


/** The article editor's author picker: `{ query }` → `{ id, name, slug }[]`. */
export async function searchAuthorsAction(input: unknown) {
  return runAction(searchAuthorsSchema, input, (actor, data) => searchAuthors(actor, data));
}

/** "Add a new author" (from the list or the article editor): `{ name }` → `{ id, name, slug }`. */
export async function createAuthorAction(input: unknown) {
  return runAction(createAuthorSchema, input, (actor, data) => createAuthor(actor, data));
}

export async function updateAuthorAction(input: unknown) {
  return runAction(updateAuthorSchema, input, async (actor, data) => {
    const { changed, ...author } = await updateAuthor(actor, data);
    if (changed) await revalidatePublicPages({ authorIds: [data.authorId] });
    return author;
  });
}

export async function saveAuthorBioAction(input: unknown) {
  return runAction(saveAuthorBioSchema, input, async (actor, data) => {
    const result = await saveAuthorBio(actor, data);
    if (result.changed) await revalidatePublicPages({ authorIds: [data.authorId] });
    return result;
  });
}

export async function setAuthorTrashedAction(input: unknown) {
  return runAction(setAuthorTrashedSchema, input, async (actor, data) => {
    await setAuthorTrashed(actor, data);
    await revalidatePublicPages({ authorIds: [data.authorId] });
    return {};
  });
}
