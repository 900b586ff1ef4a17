-- A search result's excerpt: of the body around the matched words, or of the
-- summary when the body has none. Parsing is the cost (the text-search parser
-- and stemmer over a 1,500-word Arabic body: ≈ 3 ms, ten per results page), so
-- the body's opening (3,000 characters, cut at a space) is tried first, and the
-- whole body only when the words are further down.
CREATE FUNCTION cms_search_excerpt(cfg regconfig, body TEXT, summary TEXT, query tsquery, options TEXT, mark TEXT)
RETURNS TEXT
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  excerpt TEXT;
BEGIN
  IF length(body) > 3000 THEN
    excerpt := ts_headline(cfg, regexp_replace(left(body, 3000), '\S+$', ''), query, options);
    IF strpos(excerpt, mark) > 0 THEN RETURN excerpt; END IF;
  END IF;
  excerpt := ts_headline(cfg, body, query, options);
  IF strpos(excerpt, mark) > 0 THEN RETURN excerpt; END IF;
  RETURN ts_headline(cfg, summary, query, options);
END
$$;
