--liquibase formatted sql

--changeset cms:030-create-media
-- The media library: one row per upload. The files live in the media storage (a directory or an S3
-- bucket) under the SHA-256 of the uploaded bytes, so identical uploads share their files; each row
-- keeps its own alt text and caption. The client's file name is kept for search and display only,
-- never as a path.
create table media (
    id          uuid primary key,
    sha256      varchar(64)  not null,
    mime_type   varchar(32)  not null,
    width       integer      not null,
    height      integer      not null,
    bytes       bigint       not null,
    widths      integer[]    not null default '{}',
    placeholder varchar(64)  not null,
    alt         varchar(500),
    caption     varchar(1000),
    filename    varchar(255),
    created_by  uuid references users (id) on delete set null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint media_sha256_ck check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint media_mime_type_ck check (mime_type in ('image/jpeg', 'image/png')),
    constraint media_size_ck check (width > 0 and height > 0 and bytes > 0)
);
create index media_sha256_idx on media (sha256);
create index media_created_at_idx on media (created_at, id);

-- Posts and authors name media by id; a used image cannot be deleted (the API answers 409 first).
alter table post add column cover_media_id uuid references media (id);
create index post_cover_media_idx on post (cover_media_id) where cover_media_id is not null;
alter table author add column avatar_media_id uuid references media (id);
create index author_avatar_media_idx on author (avatar_media_id) where avatar_media_id is not null;
--rollback drop index author_avatar_media_idx; alter table author drop column avatar_media_id; drop index post_cover_media_idx; alter table post drop column cover_media_id; drop table media;
