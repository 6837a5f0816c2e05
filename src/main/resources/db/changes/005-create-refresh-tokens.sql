--liquibase formatted sql

--changeset cms:005-create-refresh-tokens
-- Refresh tokens are stored only as SHA-256 hashes. Each login starts a family; a rotated token is
-- marked used, and presenting a used one again revokes the whole family.
create table refresh_token (
    id         uuid primary key,
    user_id    uuid         not null references users (id) on delete cascade,
    family_id  uuid         not null,
    token_hash varchar(64)  not null,
    created_at timestamptz  not null,
    expires_at timestamptz  not null,
    used_at    timestamptz,
    revoked_at timestamptz,
    constraint refresh_token_hash_uk unique (token_hash)
);
create index refresh_token_family_idx on refresh_token (family_id);
create index refresh_token_user_idx on refresh_token (user_id);
--rollback drop table refresh_token;
