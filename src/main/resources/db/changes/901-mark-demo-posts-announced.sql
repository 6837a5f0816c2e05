--liquibase formatted sql

--changeset cms:901-mark-demo-posts-announced context:demo
-- The demo's public posts count as already announced: dev mode does not announce (webhooks, the
-- newsletter) 35 posts that were public before it started.
update post set announced_at = published_at
 where announced_at is null and status in ('PUBLISHED', 'SCHEDULED') and published_at <= now();
--rollback select 1;
