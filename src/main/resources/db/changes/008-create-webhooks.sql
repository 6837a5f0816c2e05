--liquibase formatted sql

--changeset cms:008-create-webhooks
-- The signing secret is needed to sign, so it is stored encrypted (AES-GCM), never in clear.
create table webhook (
    id               uuid primary key,
    name             varchar(120)  not null,
    url              varchar(2048) not null,
    events           varchar(40)[] not null,
    active           boolean       not null default true,
    secret_encrypted varchar(200)  not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0,
    constraint webhook_url_ck check (url ~ '^https?://')
);

-- One delivery per change and matching webhook, written in the change's transaction (outbox).
create table webhook_delivery (
    id              uuid primary key,
    webhook_id      uuid        not null references webhook (id) on delete cascade,
    event           varchar(40) not null,
    payload         text        not null,
    status          varchar(16) not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    constraint webhook_delivery_status_ck check (status in ('QUEUED', 'SUCCEEDED', 'FAILED'))
);
create index webhook_delivery_queue_idx on webhook_delivery (next_attempt_at) where status = 'QUEUED';
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, created_at desc, id desc);

-- Every attempt, for the delivery log.
create table webhook_attempt (
    id            uuid primary key,
    delivery_id   uuid        not null references webhook_delivery (id) on delete cascade,
    attempted_at  timestamptz not null,
    response_code integer,
    duration_ms   integer     not null,
    error         varchar(500)
);
create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id, attempted_at);
--rollback drop table webhook_attempt; drop table webhook_delivery; drop table webhook;
