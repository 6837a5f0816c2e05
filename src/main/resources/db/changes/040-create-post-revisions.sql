--liquibase formatted sql

--changeset cms:040-create-post-revisions
-- Every write of a post stores its content as a revision, in the write's transaction. The content is the
-- post as a request would write it (relations by slug), so a restore replays it through the write path.
create table post_revision (
    id            uuid primary key,
    post_id       uuid         not null references post (id) on delete cascade,
    number        integer      not null,
    title         varchar(300) not null,
    status        varchar(16)  not null,
    content       jsonb        not null,
    user_id       uuid,
    restored_from integer,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    constraint post_revision_number_uq unique (post_id, number),
    constraint post_revision_status_ck check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'))
);
-- The unique constraint's index serves the newest-first listing of one post's revisions.
