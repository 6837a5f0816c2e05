--liquibase formatted sql

--changeset cms:044-create-account-tokens
-- Single-use tokens mailed to people: a password reset (for an account) or a staff invitation (for an
-- address and a role, before any account exists). Stored only as SHA-256; used_at makes them single-use.
create table account_token (
    token_hash   varchar(64)  primary key,
    purpose      varchar(16)  not null,
    user_id      uuid         references users (id) on delete cascade,
    email        varchar(320),
    role         varchar(16),
    display_name varchar(120),
    created_by   uuid,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    used_at      timestamptz,
    constraint account_token_purpose_ck check (purpose in ('RESET', 'INVITE')),
    constraint account_token_subject_ck check ((purpose = 'RESET' and user_id is not null)
                                            or (purpose = 'INVITE' and email is not null and role is not null))
);
create index account_token_user_ix on account_token (user_id);

-- An admin-set temporary password must be replaced at the next sign-in.
alter table users add column must_change_password boolean not null default false;
