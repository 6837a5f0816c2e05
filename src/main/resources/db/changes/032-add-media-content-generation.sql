--liquibase formatted sql

--changeset cms:032-add-media-content-generation
-- Post and author reads embed their media-library images (url, sizes, alt, placeholder), so a change to
-- an image is a change to what the public reads: it bumps the content generation like posts and
-- taxonomies do (020), and the cached public answers and totals keyed on content_version() follow it.
create trigger media_bumps_generation after insert or update or delete or truncate on media
    for each statement execute function bump_content_generation();
--rollback drop trigger media_bumps_generation on media;
