-- AlterTable
ALTER TABLE "ArticleVariant" ADD COLUMN     "rankVector" tsvector;

-- Kept by the same trigger as searchVector: title (A) and summary (B) only.
CREATE OR REPLACE FUNCTION cms_article_variant_search_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  cfg regconfig := cms_search_config(NEW.locale);
  body_text TEXT := (SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(NEW.body, 'strict $.**.text') AS t);
BEGIN
  NEW."rankVector" :=
    setweight(to_tsvector(cfg, coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector(cfg, coalesce(NEW.summary, '')), 'B');
  NEW."searchVector" := NEW."rankVector" || setweight(to_tsvector(cfg, coalesce(body_text, '')), 'C');
  RETURN NEW;
END
$$;

-- Existing rows (the body's part of searchVector is unchanged).
UPDATE "ArticleVariant" SET "rankVector" =
  setweight(to_tsvector(cms_search_config(locale), coalesce(title, '')), 'A') ||
  setweight(to_tsvector(cms_search_config(locale), coalesce(summary, '')), 'B');
