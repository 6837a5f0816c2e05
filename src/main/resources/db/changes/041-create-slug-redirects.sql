--liquibase formatted sql

--changeset cms:041-create-slug-redirects
-- A slug an item used to have, and the slug it has now. Every move of the item rewrites new_slug on all
-- its rows, so a chain a -> b -> c always answers a -> c in one hop; an item taking a slug deletes the
-- row that retired it (the slug is live again).
create table slug_redirect (
    id         uuid primary key,
    kind       varchar(16)  not null,
    old_slug   varchar(120) not null,
    target_id  uuid         not null,
    new_slug   varchar(120) not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    constraint slug_redirect_kind_ck check (kind in ('post', 'category', 'tag', 'author')),
    constraint slug_redirect_old_uq unique (kind, old_slug)
);
create index slug_redirect_target_ix on slug_redirect (target_id);
create index slug_redirect_listing_ix on slug_redirect (updated_at desc, id desc);
