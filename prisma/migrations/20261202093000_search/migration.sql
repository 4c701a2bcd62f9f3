-- Search (docs/decisions/0009-search.md): a full-text document per searchable row, kept by
-- PostgreSQL in a generated column, GIN indexes over them, and trigram indexes for short or
-- misspelled queries. Written by hand: Prisma cannot express generated columns or functions
-- (schema.prisma declares each column's expression as a dbgenerated default so diffs agree).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One function per document, so each generated column reads as one call. They are IMMUTABLE as a
-- generated column requires: to_tsvector with a named configuration is, and array_to_string over
-- text[] cannot change (it is only declared STABLE because of arrays of other types).
CREATE FUNCTION claimtrail_claim_document(statement text, claimant text, tags text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, statement), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(claimant, '')), 'B')
      || setweight(to_tsvector('english'::regconfig, array_to_string(tags, ' ')), 'B')
$$;

CREATE FUNCTION claimtrail_quote_document(exact text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('english'::regconfig, coalesce(exact, ''))
$$;

CREATE FUNCTION claimtrail_source_document(title text, publisher text, excerpt text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, title), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(publisher, '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(excerpt, '')), 'C')
$$;

CREATE FUNCTION claimtrail_article_document(title text, publisher text, byline text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, title), 'A')
      || setweight(to_tsvector('english'::regconfig, publisher || ' ' || coalesce(byline, '')), 'B')
$$;

-- What the public may search: the fields an editor approved, from the verdict's snapshot.
CREATE FUNCTION claimtrail_snapshot_document(snapshot jsonb) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(snapshot ->> 'statement', '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(snapshot ->> 'claimant', '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(snapshot ->> 'rationale', '')), 'C')
$$;

ALTER TABLE "Claim" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (claimtrail_claim_document("statement", "claimant", "tags")) STORED;
CREATE INDEX "Claim_searchDocument_idx" ON "Claim" USING GIN ("searchDocument");
CREATE INDEX "Claim_statement_trgm_idx" ON "Claim" USING GIN ("statement" gin_trgm_ops);

ALTER TABLE "Anchor" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (claimtrail_quote_document("exact")) STORED;
CREATE INDEX "Anchor_searchDocument_idx" ON "Anchor" USING GIN ("searchDocument");

ALTER TABLE "Source" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (claimtrail_source_document("title", "publisher", "excerpt")) STORED;
CREATE INDEX "Source_searchDocument_idx" ON "Source" USING GIN ("searchDocument");
CREATE INDEX "Source_title_trgm_idx" ON "Source" USING GIN ("title" gin_trgm_ops);

ALTER TABLE "Article" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (claimtrail_article_document("title", "publisher", "byline")) STORED;
CREATE INDEX "Article_searchDocument_idx" ON "Article" USING GIN ("searchDocument");
CREATE INDEX "Article_title_trgm_idx" ON "Article" USING GIN ("title" gin_trgm_ops);

ALTER TABLE "Verdict" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (claimtrail_snapshot_document("snapshot")) STORED;
CREATE INDEX "Verdict_searchDocument_idx" ON "Verdict" USING GIN ("searchDocument");
-- An expression index Prisma does not describe, so its diffs leave it alone.
CREATE INDEX "Verdict_snapshot_statement_trgm_idx" ON "Verdict" USING GIN (("snapshot" ->> 'statement') gin_trgm_ops);
