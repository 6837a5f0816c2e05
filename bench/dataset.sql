-- Deterministic benchmark dataset, set-based (no API calls). psql -v posts=N -f bench/dataset.sql
-- 90 % published over three years, 5 % featured, the rest drafts and scheduled; 12 categories,
-- 200 tags (3-6 a post), 30 authors (1-2 a post), ~1,200-word Markdown bodies.
\set ON_ERROR_STOP on
set client_min_messages = warning;
truncate webhook_attempt, webhook_delivery, webhook, outbox_mail, post_mailing, subscriber_token, subscriber_topic, subscriber,
         post_tag, post_author, post, tag, category, refresh_token, rate_limit, author cascade;

insert into category (id, slug, name, description, created_at, updated_at)
select md5('category' || i)::uuid, 'category-' || i, 'Category ' || i, 'Posts about topic ' || i, timestamptz '2023-01-01', timestamptz '2023-01-01'
  from generate_series(1, 12) i;
insert into tag (id, slug, name, created_at, updated_at)
select md5('tag' || i)::uuid, 'tag-' || i, 'Tag ' || i, timestamptz '2023-01-01', timestamptz '2023-01-01'
  from generate_series(1, 200) i;
insert into author (id, slug, name, bio, created_at, updated_at)
select md5('author' || i)::uuid, 'author-' || i, 'Author ' || i, 'Writes about systems.', timestamptz '2023-01-01', timestamptz '2023-01-01'
  from generate_series(1, 30) i;

-- 40 body variants of ~1,200 words from a fixed word list; variant 0 talks about kubernetes.
create temp table variant as
with words as (
    select array['database', 'index', 'query', 'latency', 'throughput', 'cache', 'queue', 'service', 'deploy', 'container',
                 'cluster', 'replica', 'transaction', 'schema', 'migration', 'metric', 'trace', 'incident', 'rollout', 'network',
                 'storage', 'memory', 'thread', 'request', 'response', 'client', 'server', 'failure', 'retry', 'timeout',
                 'the', 'a', 'we', 'our', 'and', 'with', 'for', 'when', 'then', 'because'] as w)
select v,
       '## Section ' || v || E'\n\n' || (
           select string_agg(case when v = 0 and j % 97 = 0 then 'kubernetes' else w[1 + ((j * 31 + v * 17) % 40)] end,
                             case when j % 120 = 0 then E'.\n\n' else ' ' end order by j)
             from generate_series(1, 1200) j) as body
  from words, generate_series(0, 39) v;

insert into post (id, slug, title, excerpt, body_markdown, body_html, category_id, status, featured, published_at,
                  created_at, updated_at, reading_time_minutes, word_count)
select md5('post' || i)::uuid,
       'post-' || lpad(i::text, 6, '0'),
       'Post ' || i || ': ' || (array['scaling', 'indexing', 'caching', 'tracing', 'deploying', 'kubernetes'])[1 + (i * 7) % 6]
           || ' ' || (array['services', 'queries', 'clusters', 'pipelines', 'databases'])[1 + (i * 11) % 5],
       'What we learned from post ' || i || '.',
       v.body,
       '<p>' || v.body || '</p>',
       md5('category' || (1 + i % 12))::uuid,
       case when i % 100 < 90 then 'PUBLISHED' when i % 100 < 95 then 'DRAFT' else 'SCHEDULED' end,
       i % 20 = 0,
       case when i % 100 < 90 then timestamptz '2026-11-01' - make_interval(secs => ((i::bigint * 7919) % (3 * 365 * 86400))::double precision)
            when i % 100 < 95 then null
            else timestamptz '2027-06-01' + make_interval(secs => i::double precision) end,
       timestamptz '2023-01-01' + make_interval(secs => i::double precision),
       timestamptz '2023-01-01' + make_interval(secs => i::double precision),
       5, 1200
  from generate_series(1, :posts) i
  join variant v on v.v = i % 40;

insert into post_tag (post_id, tag_id)
select distinct md5('post' || i)::uuid, md5('tag' || (1 + (i * 13 + k * 37) % 200))::uuid
  from generate_series(1, :posts) i, generate_series(0, 2 + i % 4) k;

insert into post_author (post_id, sort_order, author_id)
select md5('post' || i)::uuid, k, md5('author' || (1 + (i + k * 7) % 30))::uuid
  from generate_series(1, :posts) i, generate_series(0, i % 2) k;

-- A settled table, as autovacuum leaves it: index-only scans need the visibility map.
vacuum analyze;
