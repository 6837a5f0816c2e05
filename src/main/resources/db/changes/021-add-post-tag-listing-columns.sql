--liquibase formatted sql

--changeset cms:021-add-post-tag-listing-columns splitStatements:false
-- A tag link carries its post's category, status and publish time, so a tag filter (with or without
-- a category) walks one index in page order and counts from it alone, instead of probing the post
-- heap once per tagged post. Triggers keep the copies in step: a new link copies from its post, and
-- a post whose category, status or publish time changes updates its links in the same statement.
alter table post_tag
    add column category_id  uuid,
    add column status       varchar(16),
    add column published_at timestamptz;
update post_tag pt set category_id = p.category_id, status = p.status, published_at = p.published_at
  from post p where p.id = pt.post_id;
alter table post_tag alter column status set not null;

create function post_tag_copy_post() returns trigger language plpgsql as $$
begin
    select p.category_id, p.status, p.published_at into new.category_id, new.status, new.published_at
      from post p where p.id = new.post_id;
    return new;
end
$$;
create trigger post_tag_copies_post before insert or update of post_id on post_tag
    for each row execute function post_tag_copy_post();

create function post_copy_to_tags() returns trigger language plpgsql as $$
begin
    update post_tag set category_id = new.category_id, status = new.status, published_at = new.published_at
     where post_id = new.id;
    return null;
end
$$;
create trigger post_copies_to_tags after update of category_id, status, published_at on post
    for each row when (old.category_id is distinct from new.category_id or old.status is distinct from new.status
                       or old.published_at is distinct from new.published_at)
    execute function post_copy_to_tags();

-- Public tag pages, newest first (tag only, or tag and category); index-only for page and count.
create index post_tag_public_idx on post_tag (tag_id, published_at desc, post_id desc)
    where status in ('PUBLISHED', 'SCHEDULED');
create index post_tag_category_public_idx on post_tag (tag_id, category_id, published_at desc, post_id desc)
    where status in ('PUBLISHED', 'SCHEDULED');
--rollback drop index post_tag_category_public_idx; drop index post_tag_public_idx; drop trigger post_copies_to_tags on post; drop function post_copy_to_tags(); drop trigger post_tag_copies_post on post_tag; drop function post_tag_copy_post(); alter table post_tag drop column published_at, drop column status, drop column category_id;
