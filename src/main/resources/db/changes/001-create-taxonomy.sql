--liquibase formatted sql

--changeset cms:001-create-taxonomy
create table category (
    id          uuid primary key,
    slug        varchar(120) not null,
    name        varchar(120) not null,
    description varchar(2000),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint category_slug_uk unique (slug),
    constraint category_slug_ck check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint category_name_ck check (length(btrim(name)) > 0)
);

create table tag (
    id          uuid primary key,
    slug        varchar(120) not null,
    name        varchar(120) not null,
    description varchar(2000),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint tag_slug_uk unique (slug),
    constraint tag_slug_ck check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint tag_name_ck check (length(btrim(name)) > 0)
);

create table author (
    id          uuid primary key,
    slug        varchar(120)  not null,
    name        varchar(120)  not null,
    bio         varchar(2000),
    avatar_url  varchar(2048),
    website_url varchar(2048),
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0,
    constraint author_slug_uk unique (slug),
    constraint author_slug_ck check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint author_name_ck check (length(btrim(name)) > 0)
);
--rollback drop table author; drop table tag; drop table category;
