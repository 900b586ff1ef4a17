import "server-only";

/** What a backup holds, counted in the database it came from and in the one it was restored into. */
export interface RowCounts {
  users: number;
  debates: number;
  articles: number;
  variants: number;
  revisions: number;
  authors: number;
  media: number;
}

export type Query = (sql: string) => Promise<Record<string, unknown>[]>;

export async function rowCounts(query: Query): Promise<RowCounts> {
  const [row] = await query(
    `select (select count(*) from "User")::int as users, (select count(*) from "Debate")::int as debates,
            (select count(*) from "Article")::int as articles, (select count(*) from "ArticleVariant")::int as variants,
            (select count(*) from "Revision")::int as revisions, (select count(*) from "Author")::int as authors,
            (select count(*) from "Media")::int as media`,
  );
  return row as unknown as RowCounts;
}

