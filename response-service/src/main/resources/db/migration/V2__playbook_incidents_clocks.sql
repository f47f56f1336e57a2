-- What the drafting decision chose, the approver's English gloss, and the clock marks a draft needs.
alter table draft
    add column source_type   text,
    add column situation     varchar(16),
    add column care_note     text,
    add column gloss_post    text,
    add column gloss_draft   text,
    add column drafted_text  text,
    add column observed_at   timestamptz,
    add column posted_at     timestamptz,
    add column incident_id   uuid;
create index draft_incident on draft (incident_id) where incident_id is not null;

-- Reply templates edited through the API. The files under playbook/ are the defaults; a row here replaces
-- the file's variants for its cell until it is deleted again.
create table playbook_template (
    language    varchar(16)  not null,
    situation   varchar(16)  not null,
    category    varchar(64)  not null,
    variants    jsonb        not null,
    version     bigint       not null,
    updated_by  text         not null,
    updated_at  timestamptz  not null,
    primary key (language, situation, category)
);

-- The audit trail also records changes that are not about one draft (playbook templates, incidents).
alter table audit_entry
    alter column draft_id drop not null,
    alter column post_id drop not null,
    alter column status_after drop not null,
    add column subject text;
create index audit_entry_at on audit_entry (at, id);

-- Related flagged posts handled as one: same category within a time window, across sources.
create table incident (
    id             uuid          primary key,
    category       varchar(64)   not null,
    title          text          not null,
    status         varchar(16)   not null check (status in ('OPEN', 'MONITORING', 'RESOLVED')),
    owner          text,
    opened_at      timestamptz   not null,
    last_post_at   timestamptz   not null,
    resolved_at    timestamptz,
    version        bigint        not null
);
create index incident_active on incident (category, status, last_post_at desc);

-- One row per post of an incident (its latest assessed version): the timeline, reach and sentiment trend.
create table incident_post (
    incident_id      uuid          not null references incident (id),
    post_id          text          not null,
    post_version     integer       not null,
    source_id        text          not null,
    source_type      text,
    flags            jsonb         not null,
    priority         integer       not null,
    sentiment_score  double precision,
    reach            bigint        not null,
    post_created_at  timestamptz,
    joined_at        timestamptz   not null,
    assessed_at      timestamptz   not null,
    primary key (incident_id, post_id)
);
create index incident_post_post on incident_post (post_id);
