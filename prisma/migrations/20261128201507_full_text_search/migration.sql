-- AlterTable
ALTER TABLE "ArticleVariant" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "ArticleVariant_searchVector_idx" ON "ArticleVariant" USING GIN ("searchVector");

-- The text-search configuration of each locale, which must agree with src/i18n/locales.ts
-- (a test checks it). Unknown locales fall back to `simple`. Postgres has no Hebrew stemmer.
CREATE FUNCTION cms_search_config(locale TEXT) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE locale
    WHEN 'en' THEN 'english'
    WHEN 'es' THEN 'spanish'
    WHEN 'fr' THEN 'french'
    WHEN 'pt' THEN 'portuguese'
    WHEN 'ar' THEN 'arabic'
    ELSE 'simple'
  END)::regconfig
$$;

-- Title weighs most, then the summary, then the body's text (every "text" of the Tiptap JSON).
CREATE FUNCTION cms_article_variant_search_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  cfg regconfig := cms_search_config(NEW.locale);
  body_text TEXT := (SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(NEW.body, 'strict $.**.text') AS t);
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector(cfg, coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector(cfg, coalesce(NEW.summary, '')), 'B') ||
    setweight(to_tsvector(cfg, coalesce(body_text, '')), 'C');
  RETURN NEW;
END
$$;

CREATE TRIGGER "ArticleVariant_searchVector"
BEFORE INSERT OR UPDATE OF title, summary, body, locale ON "ArticleVariant"
FOR EACH ROW EXECUTE FUNCTION cms_article_variant_search_vector();
