--liquibase formatted sql

--changeset cms:004-create-users
create table users (
    id            uuid primary key,
    email         varchar(320) not null,
    display_name  varchar(120) not null,
    role          varchar(16)  not null,
    password_hash varchar(255) not null,
    author_id     uuid references author (id) on delete set null,
    disabled      boolean      not null default false,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint users_role_ck check (role in ('CONTRIBUTOR', 'AUTHOR', 'EDITOR', 'ADMIN')),
    constraint users_email_ck check (position('@' in email) > 1)
);
-- The same address in another case is the same user.
create unique index users_email_uk on users (lower(email));
create unique index users_author_uk on users (author_id) where author_id is not null;
--rollback drop table users;
