--liquibase formatted sql

--changeset cms:009-add-post-search-head
-- Ranking reads a small vector of title (A) and excerpt (B) kept in the row itself, instead of the
-- full vector whose body part is large and stored out of line: a search with thousands of matches
-- ranks them without reading every body. Title hits still rank above body-only hits.
alter table post add column search_head tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(excerpt, '')), 'B')
) stored;
-- Generated slugs look for taken suffixes with LIKE 'base-%': an index that serves prefix matches.
create index post_slug_prefix_idx on post (slug varchar_pattern_ops);
--rollback drop index post_slug_prefix_idx; alter table post drop column search_head;
