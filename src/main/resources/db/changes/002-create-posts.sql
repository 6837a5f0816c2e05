--liquibase formatted sql

--changeset cms:002-create-posts
create table post (
    id                   uuid primary key,
    slug                 varchar(200)  not null,
    title                varchar(300)  not null,
    excerpt              varchar(1000) not null default '',
    body_markdown        text          not null default '',
    body_html            text          not null default '',
    cover_image_url      varchar(2048),
    cover_image_alt      varchar(500),
    icon                 varchar(32),
    category_id          uuid references category (id),
    status               varchar(16)   not null,
    featured             boolean       not null default false,
    published_at         timestamptz,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    reading_time_minutes integer       not null default 0,
    word_count           integer       not null default 0,
    seo_meta_title       varchar(300),
    seo_meta_description varchar(500),
    seo_canonical_url    varchar(2048),
    seo_og_image_url     varchar(2048),
    version              bigint        not null default 0,
    constraint post_slug_uk unique (slug),
    constraint post_slug_ck check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint post_title_ck check (length(btrim(title)) > 0),
    constraint post_status_ck check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    constraint post_published_at_ck check (status not in ('SCHEDULED', 'PUBLISHED') or published_at is not null),
    constraint post_counts_ck check (reading_time_minutes >= 0 and word_count >= 0)
);

-- Staff listings filter by status; the public one reads the partial index below.
create index post_status_published_idx on post (status, published_at desc, id desc);
create index post_public_published_idx on post (published_at desc, id desc)
    where status in ('PUBLISHED', 'SCHEDULED');
create index post_category_idx on post (category_id, published_at desc, id desc);

create table post_tag (
    post_id uuid not null references post (id) on delete cascade,
    tag_id  uuid not null references tag (id),
    primary key (post_id, tag_id)
);
create index post_tag_tag_idx on post_tag (tag_id, post_id);

-- Author order is the list position: the first author is the byline.
create table post_author (
    post_id    uuid    not null references post (id) on delete cascade,
    sort_order integer not null,
    author_id  uuid    not null references author (id),
    primary key (post_id, sort_order),
    constraint post_author_uk unique (post_id, author_id) deferrable initially deferred,
    constraint post_author_sort_order_ck check (sort_order >= 0)
);
create index post_author_author_idx on post_author (author_id, post_id);
--rollback drop table post_author; drop table post_tag; drop table post;
