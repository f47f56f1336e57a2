-- Outbox: events written in the same transaction as the state change that causes them.
create table outbox_event (
    id           uuid primary key,
    topic        varchar(200)  not null,
    record_key   varchar(1000) not null,
    payload      text          not null,
    created_at   timestamptz   not null default now(),
    published_at timestamptz
);
create index outbox_event_unpublished on outbox_event (created_at) where published_at is null;

-- Event ids each consumer has already applied: redelivered events are dropped inside the consumer's transaction.
create table processed_event (
    event_id     uuid         not null,
    consumer     varchar(100) not null,
    processed_at timestamptz  not null default now(),
    primary key (event_id, consumer)
);
