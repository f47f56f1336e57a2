-- Outbox rows go out in the order they were written. created_at is the writing transaction's start: events written
-- in one transaction shared it and left in random id order, and a transaction that started first but wrote later
-- went first. A number taken at insert keeps the order within a transaction, and between two transactions that
-- change the same row before writing its event (the second waits on the row lock until the first commits).
--
-- Applied out of order on databases that already hold the services' own higher versions: both services set
-- quarkus.flyway.out-of-order=true (see the messaging README section).
alter table outbox_event add column seq bigint;

-- rows written before this migration keep the order the relay used for them
update outbox_event o set seq = numbered.n
from (select id, row_number() over (order by created_at, id) as n from outbox_event) numbered
where o.id = numbered.id;

alter table outbox_event alter column seq set not null;
alter table outbox_event alter column seq add generated always as identity;
select setval(pg_get_serial_sequence('outbox_event', 'seq'), coalesce(max(seq), 0) + 1, false) from outbox_event;

drop index outbox_event_unpublished;
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
