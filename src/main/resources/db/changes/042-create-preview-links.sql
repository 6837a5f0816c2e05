--liquibase formatted sql

--changeset cms:042-create-preview-links
-- A read-only link to one post as it is now (drafts included). The token is shown once and stored only
-- as its SHA-256; a link ends at expires_at or when revoked.
create table preview_link (
    id         uuid primary key,
    post_id    uuid        not null references post (id) on delete cascade,
    token_hash varchar(64) not null,
    created_by uuid,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz,
    constraint preview_link_token_uq unique (token_hash),
    constraint preview_link_expiry_ck check (expires_at > created_at)
);
create index preview_link_post_ix on preview_link (post_id, created_at desc);
