import { getFormatter } from "next-intl/server";
import { Link } from "@/components/site/site-link";
import { paths } from "@/lib/urls";

/** Authors in order, joined the way the locale joins lists; names isolated with <bdi>. */
export async function AuthorNames({ authors, link = false }: { authors: { name: string; slug: string }[]; link?: boolean }) {
  const format = await getFormatter();
  return (
    <>
      {format.list(
        authors.map((a) => (
          <bdi key={a.slug}>{link ? <Link href={paths.author(a.slug)}>{a.name}</Link> : a.name}</bdi>
        )),
        { type: "conjunction" },
      )}
    </>
  );
}
