--liquibase formatted sql

--changeset cms:060-create-api-keys
-- Integration keys. The secret is shown once and stored only as its SHA-256 (it is 104 or 256 random
-- bits, so a fast hash is enough); the prefix identifies a key in lists and logs without revealing it.
create table api_key (
    id              uuid primary key,
    name            varchar(120)  not null,
    kind            varchar(16)   not null,
    role            varchar(16),
    secret_hash     char(64)      not null,
    prefix          varchar(16)   not null,
    allowed_origins varchar(200)[] not null default '{}',
    created_by      uuid          not null references users (id) on delete cascade,
    created_at      timestamptz   not null,
    expires_at      timestamptz,
    revoked_at      timestamptz,
    last_used_at    timestamptz,
    version         bigint        not null default 0,
    constraint api_key_kind_ck check (kind in ('CONTENT', 'ADMIN')),
    constraint api_key_role_ck check ((kind = 'CONTENT' and role is null)
        or (kind = 'ADMIN' and role in ('CONTRIBUTOR', 'AUTHOR', 'EDITOR', 'ADMIN')))
);
create unique index api_key_secret_hash_uk on api_key (secret_hash);
--rollback drop table api_key;
