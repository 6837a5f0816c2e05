--liquibase formatted sql

--changeset cms:045-create-site-settings
-- The site's own settings: one row, created at the first start from the CMS_SITE_* environment (which
-- later starts leave alone), edited with PATCH /settings.
create table site_settings (
    id                    smallint      primary key default 1,
    title                 varchar(200)  not null,
    description           varchar(1000),
    logo_url              varchar(2048),
    icon_url              varchar(2048),
    accent_color          varchar(7),
    language              varchar(35)   not null default 'en',
    timezone              varchar(64)   not null default 'UTC',
    navigation            jsonb         not null default '[]',
    secondary_navigation  jsonb         not null default '[]',
    social_accounts       jsonb         not null default '[]',
    newsletter_name       varchar(200),
    newsletter_sender     varchar(320),
    updated_at            timestamptz   not null,
    version               bigint        not null default 0,
    constraint site_settings_one_row_ck check (id = 1),
    constraint site_settings_accent_ck check (accent_color ~ '^#[0-9a-fA-F]{6}$')
);

--changeset cms:045-add-author-profile-fields
-- What author pages show besides the name and bio (Ghost's fields): initials when they differ from the
-- name's, a title (role label), a location and social links.
alter table author add column initials varchar(4);
alter table author add column title varchar(120);
alter table author add column location varchar(120);
alter table author add column social_links jsonb not null default '[]';
