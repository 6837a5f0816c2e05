--liquibase formatted sql

--changeset cms:007-create-subscribers
create table subscriber (
    id              uuid primary key,
    email           varchar(320) not null,
    name            varchar(120),
    status          varchar(16)  not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    confirmed_at    timestamptz,
    unsubscribed_at timestamptz,
    version         bigint       not null default 0,
    constraint subscriber_status_ck check (status in ('PENDING', 'ACTIVE', 'UNSUBSCRIBED'))
);
-- The same address in another case is the same subscriber.
create unique index subscriber_email_uk on subscriber (lower(email));
create index subscriber_status_idx on subscriber (status, created_at, id);

-- Topics are categories; no topic means every post.
create table subscriber_topic (
    subscriber_id uuid not null references subscriber (id) on delete cascade,
    category_id   uuid not null references category (id) on delete cascade,
    primary key (subscriber_id, category_id)
);
create index subscriber_topic_category_idx on subscriber_topic (category_id, subscriber_id);

-- Confirmation and unsubscribe tokens, stored only as SHA-256 hashes.
create table subscriber_token (
    token_hash    varchar(64) primary key,
    subscriber_id uuid        not null references subscriber (id) on delete cascade,
    purpose       varchar(16) not null,
    created_at    timestamptz not null,
    expires_at    timestamptz,
    used_at       timestamptz,
    constraint subscriber_token_purpose_ck check (purpose in ('CONFIRM', 'UNSUBSCRIBE'))
);
create index subscriber_token_subscriber_idx on subscriber_token (subscriber_id);

-- The transactional outbox: a post that became public gets one row, written with the publish.
create table post_mailing (
    post_id     uuid primary key references post (id) on delete cascade,
    created_at  timestamptz not null,
    expanded_at timestamptz
);

-- One mail each: confirmations, and new-post mails at most once per (post, subscriber).
create table outbox_mail (
    id              uuid primary key,
    kind            varchar(16)  not null,
    subscriber_id   uuid         not null references subscriber (id) on delete cascade,
    post_id         uuid references post (id) on delete cascade,
    status          varchar(16)  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(500),
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    constraint outbox_mail_kind_ck check (kind in ('CONFIRM', 'NEW_POST')),
    constraint outbox_mail_status_ck check (status in ('QUEUED', 'SENT', 'FAILED', 'SKIPPED')),
    constraint outbox_mail_post_ck check ((kind = 'NEW_POST') = (post_id is not null))
);
create unique index outbox_mail_once_uk on outbox_mail (post_id, subscriber_id) where kind = 'NEW_POST';
create index outbox_mail_queue_idx on outbox_mail (next_attempt_at) where status = 'QUEUED';
create index outbox_mail_post_idx on outbox_mail (post_id, status);
--rollback drop table outbox_mail; drop table post_mailing; drop table subscriber_token; drop table subscriber_topic; drop table subscriber;
