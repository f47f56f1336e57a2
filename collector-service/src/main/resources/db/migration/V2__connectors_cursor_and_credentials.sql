-- Platform sources (Mastodon first): where to poll, what to follow, which named credential to use (never the
-- secret itself), and the paging cursor persisted after every page so a restart resumes without gaps.
alter table source add column base_url varchar(2000);
alter table source add column hashtag varchar(200);
alter table source add column credential varchar(100);
alter table source add column cursor varchar(500);
