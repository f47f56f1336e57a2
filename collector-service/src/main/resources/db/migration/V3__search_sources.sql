-- Search-based platform sources (Bluesky, Reddit): the search terms and, for Reddit, the subreddit followed.
-- The cursor column of V2 holds their sweep position (see SweepCursor).
alter table source add column query varchar(500);
alter table source add column subreddit varchar(100);
