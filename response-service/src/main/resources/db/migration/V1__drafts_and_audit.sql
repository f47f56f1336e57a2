-- Drafted replies. One draft per post: a redelivered or re-assessed post never adds a second one, so a post
-- can never get two approved replies. Strings that come from platforms are text: a long URL or name must not
-- turn a valid event into a dead letter.
create table draft (
    id                    uuid          primary key,
    post_id               text          not null,
    post_version          integer       not null,
    source_id             text          not null,
    external_id           text          not null,
    language              varchar(8)    not null,
    text                  text          not null,
    status                varchar(16)   not null
        check (status in ('PENDING', 'APPROVED', 'REJECTED', 'POSTED', 'FAILED')),
    priority              integer       not null,
    flags                 jsonb         not null,
    reasons               jsonb         not null,
    category              text,
    sentiment_label       varchar(16),
    sentiment_score       double precision,
    -- the post as last assessed
    post_author_handle    text,
    post_author_name      text,
    post_author_followers bigint,
    post_text             text,
    post_url              text,
    post_rating           integer,
    post_rating_scale     integer,
    post_language         text,
    post_created_at       timestamptz,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    approved_by           text,
    approved_at           timestamptz,
    rejected_by           text,
    rejected_at           timestamptz,
    rejection_reason      text,
    platform_reply_id     text,
    failure_reason        text,
    version               bigint        not null,
    constraint draft_one_per_post unique (post_id)
);
-- the inbox: by status, highest priority first, then oldest
create index draft_inbox on draft (status, priority desc, created_at, id);
create index draft_all on draft (priority desc, created_at, id);

-- Append-only trail of every change to a draft, written in the transaction of the change.
create table audit_entry (
    id            bigint        generated always as identity primary key,
    at            timestamptz   not null,
    actor         text          not null,
    action        varchar(16)   not null,
    draft_id      uuid          not null references draft (id),
    post_id       text          not null,
    status_before varchar(16),
    status_after  varchar(16)   not null,
    text_before   text,
    text_after    text,
    detail        text
);
create index audit_entry_draft on audit_entry (draft_id, id);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;
create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
