-- Mastodon sources: how far back a new source reads (seconds; hashtag back-fill and the first search sweep).
-- A search source keeps its terms in the existing query column.
alter table source add column backfill_s integer;
