--liquibase formatted sql

--changeset cms:020-create-content-generation splitStatements:false
-- Totals of public lists are cached per filter and reused while the content they count is unchanged.
-- "Unchanged" is decided by the database, so every instance and every writer (the API, another
-- instance, psql) agrees: any statement that changes posts, their links or the taxonomies bumps a
-- generation in the same transaction (a trigger, so no write path can forget it), and content_version()
-- reads it together with the newest publish time that has already come, which moves when a scheduled
-- post goes live by the database clock.
-- Sixteen slots, one picked by the writing backend, so concurrent writers never queue on one row; the
-- sum only grows, and a snapshot that sees more committed bumps has a larger sum.
create table content_generation (
    slot       smallint primary key,
    generation bigint   not null default 0,
    last_xact  xid8,
    constraint content_generation_slot_ck check (slot between 0 and 15)
);
insert into content_generation (slot) select s from generate_series(0, 15) s;

-- Once per transaction and slot: later statements of the same transaction find their own bump.
create function bump_content_generation() returns trigger language plpgsql as $$
begin
    update content_generation set generation = generation + 1, last_xact = pg_current_xact_id()
     where slot = pg_backend_pid() % 16 and last_xact is distinct from pg_current_xact_id();
    return null;
end
$$;

create trigger post_bumps_generation after insert or update or delete or truncate on post
    for each statement execute function bump_content_generation();
create trigger post_tag_bumps_generation after insert or update or delete or truncate on post_tag
    for each statement execute function bump_content_generation();
create trigger post_author_bumps_generation after insert or update or delete or truncate on post_author
    for each statement execute function bump_content_generation();
create trigger category_bumps_generation after insert or update or delete or truncate on category
    for each statement execute function bump_content_generation();
create trigger tag_bumps_generation after insert or update or delete or truncate on tag
    for each statement execute function bump_content_generation();
create trigger author_bumps_generation after insert or update or delete or truncate on author
    for each statement execute function bump_content_generation();

-- The version a cached total belongs to: the generation, and the newest publish time not in the
-- future (an index probe on post_public_published_idx). A total counted after reading a version is
-- at least as new as it, so it may be reused for as long as the version reads the same.
create function content_version() returns text stable language plpgsql as $$
begin
    return (select sum(generation) from content_generation)::text || '/'
        || coalesce((select max(published_at) from post
                      where status in ('PUBLISHED', 'SCHEDULED') and published_at <= now())::text, '-');
end
$$;
--rollback drop function content_version(); drop trigger author_bumps_generation on author; drop trigger tag_bumps_generation on tag; drop trigger category_bumps_generation on category; drop trigger post_author_bumps_generation on post_author; drop trigger post_tag_bumps_generation on post_tag; drop trigger post_bumps_generation on post; drop function bump_content_generation(); drop table content_generation;
