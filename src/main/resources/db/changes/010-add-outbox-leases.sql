--liquibase formatted sql

--changeset cms:010-add-outbox-leases
-- Workers claim a row in one short transaction (SENDING, a lease, attempts + 1), send with no
-- transaction open, and record the outcome in another. A lease that runs out (a worker that died
-- mid-send) makes the row claimable again: the only way a mail or delivery can go out twice.
alter table outbox_mail drop constraint outbox_mail_status_ck;
alter table outbox_mail add constraint outbox_mail_status_ck
    check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'SKIPPED', 'CANCELLED'));
alter table outbox_mail add column lease_until timestamptz;
create index outbox_mail_lease_idx on outbox_mail (lease_until) where status = 'SENDING';

alter table webhook_delivery drop constraint webhook_delivery_status_ck;
alter table webhook_delivery add constraint webhook_delivery_status_ck
    check (status in ('QUEUED', 'SENDING', 'SUCCEEDED', 'FAILED'));
alter table webhook_delivery add column lease_until timestamptz;
alter table webhook_delivery add column last_error varchar(500);
create index webhook_delivery_lease_idx on webhook_delivery (lease_until) where status = 'SENDING';

-- When the public first saw the post (by the database clock); null while it is not public. Going
-- live is announced (post.published, the newsletter) by the statement that sets it, so exactly once.
alter table post add column announced_at timestamptz;
update post set announced_at = published_at where status in ('PUBLISHED', 'SCHEDULED') and published_at <= now();
create index post_due_idx on post (published_at) where announced_at is null and status in ('PUBLISHED', 'SCHEDULED');
--rollback drop index post_due_idx; alter table post drop column announced_at; drop index webhook_delivery_lease_idx; alter table webhook_delivery drop column last_error; alter table webhook_delivery drop column lease_until; drop index outbox_mail_lease_idx; alter table outbox_mail drop column lease_until;
