-- Deterministic benchmark dataset, set-based (no API calls). psql -v posts=N -f bench/dataset.sql
-- Shaped like a real blog rather than uniform: 90 % published over three years, 5 % featured, the rest
-- drafts and scheduled; 12 categories of uneven size (22 % down to 2 %); 200 tags, 3-6 a post, drawn
-- from a long-tailed distribution (tag-1 on ~14 % of posts, tag-10 on ~7 %, tag-200 on ~0.7 %);
-- 30 authors (1-2 a post); ~1,200-word (~7 kB) Markdown bodies, one post in 20 four times as long.
-- bench/run writes more posts through the API afterwards (write.lua), with the same distributions.
\set ON_ERROR_STOP on
set client_min_messages = warning;
truncate webhook_attempt, webhook_delivery, webhook, outbox_mail, post_mailing, subscriber_token, subscriber_topic, subscriber,
         post_tag, post_author, post, tag, category, refresh_token, rate_limit, author cascade;

-- A uniform number in [0, 1) from two integers: deterministic, unlike random().
create function pg_temp.u(a bigint, b bigint) returns float8 language sql immutable as
  $$ select (hashint8(a * 1000003 + b) & 2147483647)::float8 / 2147483648 $$;
-- Category weights (percent) and their cumulative bounds: category-1 22 %, ..., category-5 8 %, ..., category-12 2 %.
create temp table category_weight as
select c, sum(w) over (order by c) - w as lo, sum(w) over (order by c) as hi
  from unnest(array[22, 16, 12, 10, 8, 7, 6, 5, 5, 4, 3, 2]) with ordinality as t(w, c);

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
       case when i % 20 = 7 then repeat(v.body || E'\n\n', 4) else v.body end,
       '<p>' || case when i % 20 = 7 then repeat(v.body || E'\n\n', 4) else v.body end || '</p>',
       md5('category' || (select c from category_weight where pg_temp.u(i, 99) * 100 >= lo and pg_temp.u(i, 99) * 100 < hi))::uuid,
       case when i % 100 < 90 then 'PUBLISHED' when i % 100 < 95 then 'DRAFT' else 'SCHEDULED' end,
       i % 20 = 0,
       case when i % 100 < 90 then timestamptz '2026-11-01' - make_interval(secs => ((i::bigint * 7919) % (3 * 365 * 86400))::double precision)
            when i % 100 < 95 then null
            else timestamptz '2027-06-01' + make_interval(secs => i::double precision) end,
       timestamptz '2023-01-01' + make_interval(secs => i::double precision),
       timestamptz '2023-01-01' + make_interval(secs => i::double precision),
       case when i % 20 = 7 then 21 else 5 end, case when i % 20 = 7 then 4800 else 1200 end
  from generate_series(1, :posts) i
  join variant v on v.v = i % 40;

-- Tag j is drawn with probability ~ 1 / (j + 8): the inverse of its cumulative distribution.
insert into post_tag (post_id, tag_id)
select distinct md5('post' || i)::uuid,
       md5('tag' || least(200, floor(8.5 * exp(ln(208.5 / 8.5) * pg_temp.u(i, k)) - 8.5)::int + 1))::uuid
  from generate_series(1, :posts) i, generate_series(0, 2 + i % 4) k;

insert into post_author (post_id, sort_order, author_id)
select md5('post' || i)::uuid, k, md5('author' || (1 + (i + k * 7) % 30))::uuid
  from generate_series(1, :posts) i, generate_series(0, i % 2) k;

-- Posts loaded here were public before the service saw them: already announced (no webhooks or
-- newsletter for 90,000 old posts when the scheduler first runs).
update post set announced_at = published_at where status in ('PUBLISHED', 'SCHEDULED') and published_at <= now();

-- A settled table, as autovacuum leaves it: index-only scans need the visibility map.
vacuum analyze;
