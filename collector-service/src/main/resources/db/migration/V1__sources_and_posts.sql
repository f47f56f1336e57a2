create table source (
    id                 varchar(64)  primary key,
    type               varchar(32)  not null,
    name               varchar(200) not null,
    url                varchar(2000),
    reply_callback_url varchar(2000),
    ingest_token_hash  varchar(128),
    poll_interval_s    integer      not null default 300,
    enabled            boolean      not null default true,
    created_at         timestamptz  not null,
    etag               varchar(500),
    last_modified      varchar(200),
    last_success_at    timestamptz,
    last_error         varchar(2000),
    last_error_at      timestamptz,
    next_poll_at       timestamptz,
    version            bigint       not null default 0
);

create table observed_post (
    post_id        varchar(700)  primary key,
    source_id      varchar(64)   not null references source (id) on delete cascade,
    external_id    varchar(500)  not null,
    version        integer       not null,
    kind           varchar(32)   not null,
    url            varchar(2000),
    author_handle  varchar(500),
    author_name    varchar(500),
    author_followers bigint,
    text           text          not null,
    rating         integer,
    rating_scale   integer,
    language       varchar(16),
    created_at     timestamptz   not null,
    observed_at    timestamptz   not null,
    likes          bigint,
    shares         bigint,
    replies        bigint,
    views          bigint,
    unique (source_id, external_id)
);
create index observed_post_source_created on observed_post (source_id, created_at desc);

-- One row per approved reply: the idempotency key is stored before the platform call, its reply id after.
create table reply_delivery (
    idempotency_key   varchar(200) primary key,
    draft_id          uuid         not null,
    post_id           varchar(700) not null,
    source_id         varchar(64)  not null,
    text              text         not null,
    status            varchar(16)  not null,
    attempts          integer      not null default 0,
    platform_reply_id varchar(500),
    last_error        varchar(2000),
    approved_by       varchar(200),
    created_at        timestamptz  not null,
    finished_at       timestamptz
);
create index reply_delivery_source on reply_delivery (source_id, created_at desc);
