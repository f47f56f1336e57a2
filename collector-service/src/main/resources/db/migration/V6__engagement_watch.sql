-- Recent posts whose counters are read again on a decaying schedule (see EngagementSchedule); a row goes away when
-- the post is too old to follow, is gone from the platform, or its source (and so the post) is deleted.
create table engagement_watch (
    post_id           varchar(700) primary key references observed_post (post_id) on delete cascade,
    source_id         varchar(64)  not null,
    external_id       varchar(500) not null,
    post_created_at   timestamptz  not null,
    next_refresh_at   timestamptz  not null,
    refreshes         integer      not null default 0,
    last_refreshed_at timestamptz,
    failures          integer      not null default 0
);
create index engagement_watch_due on engagement_watch (next_refresh_at);
create index engagement_watch_source_due on engagement_watch (source_id, next_refresh_at);
