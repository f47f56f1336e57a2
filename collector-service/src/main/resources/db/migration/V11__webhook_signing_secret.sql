-- Webhook sources: the secret that signs pushes (X-ReplyDesk-Signature, HMAC-SHA256). Unlike the ingest token it
-- cannot be stored as a hash, because verifying a signature needs the key itself; it is kept as issued, like any
-- shared HMAC secret, and is never returned by the API after creation or rotation, nor logged.
alter table source add column ingest_signing_secret varchar(128);
