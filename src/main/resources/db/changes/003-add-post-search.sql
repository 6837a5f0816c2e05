--liquibase formatted sql

--changeset cms:003-add-post-search
-- Weighted so a title hit (A) ranks above an excerpt hit (B) above a body hit (C);
-- a generated column, so the database keeps it in step with every write.
alter table post add column search tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(excerpt, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(body_markdown, '')), 'C')
) stored;
create index post_search_idx on post using gin (search);
--rollback drop index post_search_idx; alter table post drop column search;
