--liquibase formatted sql

--changeset cms:900-insert-demo-content context:demo splitStatements:false
-- Demo content for dev mode only: the articles of five real engineering-blog listing pages (each once,
-- text repaired to clean UTF-8), with Markdown bodies written for the demo. Bodies are rendered at start.

insert into category (id, slug, name, description, created_at, updated_at) values
  ('c4d654f3-b679-5eaa-92ac-2ce4b7066f1e', 'ai-ml', 'AI & ML', 'Articles about AI & ML.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('06804ef4-a1e8-5197-ac11-ed3a2ccc4151', 'architecture', 'Architecture', 'Articles about Architecture.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('821b4699-7acb-5541-93fd-b531bcaac498', 'backend', 'Backend', 'Articles about Backend.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('cd782142-0a9b-5507-87d3-278393191440', 'backend-infrastructure', 'Backend & Infrastructure', 'Articles about Backend & Infrastructure.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('4d98acfd-8f02-5814-a661-59fefd33d240', 'database', 'Database', 'Articles about Database.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('245718cb-884f-5c02-97f0-ec8d98a3c334', 'design', 'Design', 'Articles about Design.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('da3ad0b0-63ca-5f55-988a-45364b9d379c', 'devops', 'DevOps', 'Articles about DevOps.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('6bd0d02b-f20d-5267-af17-5a289ff4624a', 'django', 'Django', 'Articles about Django.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('53bffcf4-4559-52cc-afd6-03655ec8f4c6', 'frontend', 'Frontend', 'Articles about Frontend.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('8fb01028-a58c-54c6-8f5f-95554f387f08', 'machine-learning', 'Machine Learning', 'Articles about Machine Learning.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('9d11d767-bc85-5d8d-b954-d46919c1a656', 'performance', 'Performance', 'Articles about Performance.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('c7ff4200-c581-5b80-be0b-2b1a6a006669', 'saas', 'SaaS', 'Articles about SaaS.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('222c300d-4359-503b-a009-e2c7229ce043', 'security', 'Security', 'Articles about Security.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('8f988075-90cc-5f82-87af-c920e24a8381', 'startup', 'Startup', 'Articles about Startup.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('d1136516-2e9d-5764-8ed3-5df099012d60', 'vue-nuxt', 'Vue & Nuxt', 'Articles about Vue & Nuxt.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z');

insert into author (id, slug, name, bio, created_at, updated_at) values
  ('8c922d9d-7244-5802-aaa7-1eb1c8ae90b6', 'kehem-team', 'KEHEM Team', 'The KEHEM engineering team: thirty-plus API-driven products shipped with Django, Vue and PostgreSQL.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('c682b894-d29e-5a35-b3b7-b42fe468559f', 'engineering-floor-team', 'Engineering Floor Team', 'Engineering and strategy leads writing honest takes from client work: databases, DevOps, security and AI.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('f59ff9c7-1684-546b-9924-74ac60663e7a', 'backend-guild', 'Backend Guild', 'Backend and infrastructure engineers who run queues, databases and clusters for SaaS products.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('27152496-f2d2-500f-a4be-dbb79bf7b786', 'citizenapp-engineering', 'CitizenApp Engineering', 'Production notes on Python, FastAPI, React and AI-augmented development from the CitizenApp team.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('02c393ef-2643-53df-850d-c29113aa66d6', 'dennis-atonya', 'Dennis Atonya', 'Backend engineer writing about databases, security, DevOps and machine learning from real production systems.', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z');

insert into tag (id, slug, name, created_at, updated_at) values
  ('de59e097-0f6c-58a0-ab34-cecdce4a8332', 'anthropic-claude', 'Anthropic Claude', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('d75fb633-04b8-5b24-a083-5ef949eb07bb', 'api-design', 'API Design', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('68ec2304-7d48-5c48-be8b-d302ae0b2077', 'architecture', 'Architecture', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('517685e6-ef32-53d2-9a38-8964d2407bb9', 'astro', 'Astro', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('1d94bc49-810f-5f8b-ab6f-cc2996296f9e', 'authentication', 'Authentication', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('95774538-5b2a-59bd-b48f-882020cf388e', 'celery', 'Celery', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('6b7ea24c-d6b5-55a3-8ded-186f92cf5549', 'chatbots', 'Chatbots', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('75958132-c152-58a2-aa06-cf8b38867f3b', 'ci-cd', 'CI/CD', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('79aae3bb-5db0-5659-aad6-9dd1fd033866', 'cost-optimization', 'Cost Optimization', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('353028de-248a-5732-af5a-9d7cc8c0b183', 'css-architecture', 'CSS Architecture', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('d616bec9-df4e-5d8b-8a4a-a22abaa1e4a7', 'data-pipelines', 'Data Pipelines', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('a0587a96-5064-50e8-8c45-1d00bf18eff6', 'database-design', 'Database Design', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('3d7f0216-77af-5859-ad18-5cce15fa3600', 'design-systems', 'Design Systems', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('61aca66e-1e48-5da8-aa49-349ff1e47996', 'developer-experience', 'Developer Experience', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('e19d1ad2-3b75-586f-a27f-e0bab97c46ff', 'devops', 'DevOps', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('f425eab9-f27a-50b7-a853-9545b6b3f0c1', 'django', 'Django', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('4d6159a1-a291-5a79-9cc3-46e7c4b23ab8', 'docker', 'Docker', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('5bdcfe5a-5eb1-5662-a6a2-c3b363514bdb', 'due-diligence', 'Due Diligence', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('b76249dc-2a50-5bd1-9d8b-841211eadd1f', 'fastapi', 'FastAPI', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('a286de1f-4272-562c-9f32-533c4ec343ef', 'financial-data', 'Financial Data', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('45497e5c-b245-5341-b032-fc7b72aede60', 'graphql', 'GraphQL', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('c8fc58e4-e584-57e1-9977-aa489bfce127', 'incident-response', 'Incident Response', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('e3b779a9-bbb6-54f0-bf44-9a237bcf56a8', 'jwt', 'JWT', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('7b834a56-4244-5908-803d-2c4dbe01cc83', 'kubernetes', 'Kubernetes', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('d213fe05-254a-5506-a158-055ed568518b', 'llm', 'LLM', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('e95f70ba-6a06-53bd-9a1f-ed80e613593f', 'machine-learning', 'Machine Learning', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('4d08cfd1-d0d4-5cfe-b481-e420ed425b35', 'microservices', 'Microservices', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('2394846e-9067-5eff-ac62-605d9b1834f7', 'migrations', 'Migrations', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('5430d7b7-e34a-5912-9c14-7cd2c8949584', 'monorepo', 'Monorepo', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('67553e7e-3564-5793-a6ce-26bb4249e9f7', 'multi-tenancy', 'Multi Tenancy', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('c25fe314-546f-515c-a092-92275b662c6d', 'nestjs', 'NestJS', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('b83480b7-8fd6-5329-b8a5-703666dc922d', 'nextjs', 'Next.js', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('8136b3a5-9736-55cb-aeaf-6efc07eabfdc', 'nodejs', 'Node.js', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('9bf62693-f36c-50f1-abb8-c437b17494cb', 'nuxt', 'Nuxt', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('3699c54b-893d-567b-a985-61a605952888', 'oauth2', 'OAuth2', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('eeaa542f-92a2-56c0-9ba3-c18b7e4fce6b', 'openid-connect', 'OpenID Connect', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('10a54e40-f7b2-5d66-ba8c-f8337aff1799', 'performance', 'Performance', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('7eb0927f-3293-53f3-93c3-bbaf8826d380', 'postgresql', 'PostgreSQL', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('6ffa8a0a-19bf-515c-98b3-17e2d648dff0', 'python', 'Python', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('50ea72e5-c7f3-5951-9e37-e260c06b388d', 'queues', 'Queues', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('3d509fc8-8be9-53cc-a5df-e7004929fa13', 'rabbitmq', 'Rabbitmq', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('e28ae440-9d74-5f8e-a155-713340b812a7', 'rate-limiting', 'Rate Limiting', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('ab78089c-3702-5c00-8fab-1d97ede27aff', 'react', 'React', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('c1650f7c-54d6-57b0-984f-7e18e0c84097', 'react-19', 'React 19', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('65e29efb-13c4-5e1f-80c8-b9a1fa0f646d', 'redis', 'Redis', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('7cbb424b-2b6e-59d9-9029-1a61b3c131ad', 'rest', 'REST', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('d951df3b-6d5c-5afd-a969-3b873c883c60', 'row-level-security', 'Row-Level Security', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('73dba62e-ad76-5bd8-9822-4bff1a186b66', 'saas-billing', 'SaaS Billing', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('1c3ef223-49e3-5aa6-bb8f-dda8cb545cbc', 'security', 'Security', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('43657021-34be-5d2f-ae12-d02802cf0dfa', 'sql', 'SQL', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('e41cdfbd-5489-5fc3-8b7d-3ae5d005fed6', 'sqlalchemy', 'SQLAlchemy', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('cfcfe298-506d-5b99-889c-f7d4fcb6f927', 'stripe', 'Stripe', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('e4211983-7460-54b3-adb2-92aa4a401dd6', 'tailwind-css', 'Tailwind CSS', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('c25a2a23-1a04-56f2-82d9-af3ffa6a5252', 'type-safety', 'Type Safety', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('ac2568d7-378b-5d4e-abf7-19df59b8a538', 'typescript', 'TypeScript', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('b38c6c23-613f-5ac9-a5c8-3d86d0f3860e', 'vue', 'Vue', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('8c2b4163-c6c6-5691-bfc8-84109be3527f', 'webhooks', 'Webhooks', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('1148090a-ccfd-5557-95f1-543b15f805c5', 'xgboost', 'XGBoost', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('29a3e585-b843-51f9-b0bf-8d463ca5ee9a', 'zero-downtime', 'Zero Downtime', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('9646ae07-ed8a-540a-9284-f5c98b16513d', 'zero-trust', 'Zero Trust', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z');

insert into post (id, slug, title, excerpt, body_markdown, icon, category_id, status, featured, published_at, created_at, updated_at) values
  ('845f4b76-31ba-5016-9294-e86f43054785', 'django-rest-api-patterns-we-use-on-every-production-build', 'Django REST API Patterns We Use on Every Production Build', 'After shipping 30+ API-driven products we''ve distilled our backend workflow into a repeatable set of patterns — from serializer design and permission layering to query optimization and structured error responses.', $md$After shipping 30+ API-driven products we've distilled our backend workflow into a repeatable set of patterns — from serializer design and permission layering to query optimization and structured error responses.

## Why this matters

This article is about django REST API Patterns We Use on Every Production Build. It draws on work with Django, Python, API Design, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Django concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```sql
create index concurrently orders_tenant_created_idx
    on orders (tenant_id, created_at desc)
    where deleted_at is null;

explain (analyze, buffers)
select id, total from orders
 where tenant_id = $1 and deleted_at is null
 order by created_at desc limit 20;
```

## Operating it (1)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## What we changed (2)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| PostgreSQL | growth, strict isolation |

## What we changed (3)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Operating it (4)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## In practice (5)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Operating it (6)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Operating it (7)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## Trade-offs (8)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## In practice (9)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## What we changed (10)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Operating it (11)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Trade-offs (12)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## Trade-offs (13)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## Testing it (14)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, '6bd0d02b-f20d-5267-af17-5a289ff4624a', 'PUBLISHED', true, '2026-05-28T09:00:00Z', '2026-05-28T08:00:00Z', '2026-05-28T08:00:00Z'),
  ('4a75944d-1bea-568a-a99d-25209f778295', 'composable-architecture-building-reusable-logic-in-vue-3', 'Composable Architecture: Building Reusable Logic in Vue 3', 'How we structure useX composables across large Nuxt apps — state isolation, async patterns, and avoiding common pitfalls.', $md$How we structure useX composables across large Nuxt apps — state isolation, async patterns, and avoiding common pitfalls.

## Why this matters

This article is about composable Architecture: Building Reusable Logic in Vue 3. It draws on work with Vue, Nuxt, TypeScript, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Vue concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```typescript
export async function fetchJson<T>(url: string): Promise<Result<T>> {
  const res = await fetch(url);
  if (!res.ok) return { ok: false, error: await res.json() };
  return { ok: true, data: (await res.json()) as T };
}
```

## Trade-offs (1)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## Trade-offs (2)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| TypeScript | growth, strict isolation |

## Operating it (3)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## Testing it (4)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## In practice (5)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## Operating it (6)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## What went wrong (7)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Trade-offs (8)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## What went wrong (9)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Testing it (10)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## What we changed (11)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## In practice (12)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## Operating it (13)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, 'd1136516-2e9d-5764-8ed3-5df099012d60', 'PUBLISHED', false, '2026-05-21T09:00:00Z', '2026-05-21T08:00:00Z', '2026-05-21T08:00:00Z'),
  ('eca545de-502d-506a-a556-210e48235377', 'multi-tenancy-in-django-row-level-vs-schema-level-isolation', 'Multi-Tenancy in Django: Row-Level vs Schema-Level Isolation', 'The trade-offs we''ve hit shipping SaaS products — when to isolate by schema, when row-level filtering is enough, and how to migrate between them.', $md$The trade-offs we've hit shipping SaaS products — when to isolate by schema, when row-level filtering is enough, and how to migrate between them.

## Why this matters

This article is about multi-Tenancy in Django: Row-Level vs Schema-Level Isolation. It draws on work with Django, Multi Tenancy, PostgreSQL, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Django concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```sql
create index concurrently orders_tenant_created_idx
    on orders (tenant_id, created_at desc)
    where deleted_at is null;

explain (analyze, buffers)
select id, total from orders
 where tenant_id = $1 and deleted_at is null
 order by created_at desc limit 20;
```

## What went wrong (1)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## Trade-offs (2)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| PostgreSQL | growth, strict isolation |

## In practice (3)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## What went wrong (4)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## Operating it (5)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Trade-offs (6)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## Testing it (7)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## What went wrong (8)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## In practice (9)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## In practice (10)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Testing it (11)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## Testing it (12)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Trade-offs (13)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## What we changed (14)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, 'c7ff4200-c581-5b80-be0b-2b1a6a006669', 'PUBLISHED', false, '2026-05-14T09:00:00Z', '2026-05-14T08:00:00Z', '2026-05-14T08:00:00Z'),
  ('f37a8c05-fbf8-5dbd-8381-f2f8998f5787', 'five-postgres-patterns-that-eliminated-our-slow-query-alerts', 'Five Postgres Patterns That Eliminated Our Slow Query Alerts', 'Partial indexes, covering indexes, CTEs vs subqueries, and how we used pg_stat_statements to find the real bottlenecks in production.', $md$Partial indexes, covering indexes, CTEs vs subqueries, and how we used pg_stat_statements to find the real bottlenecks in production.

## Why this matters

This article is about five Postgres Patterns That Eliminated Our Slow Query Alerts. It draws on work with PostgreSQL, Performance, SQL, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep PostgreSQL concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```sql
create index concurrently orders_tenant_created_idx
    on orders (tenant_id, created_at desc)
    where deleted_at is null;

explain (analyze, buffers)
select id, total from orders
 where tenant_id = $1 and deleted_at is null
 order by created_at desc limit 20;
```

## In practice (1)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## What went wrong (2)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| SQL | growth, strict isolation |

## Testing it (3)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Trade-offs (4)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Testing it (5)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## In practice (6)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## In practice (7)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## What we changed (8)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Operating it (9)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## What we changed (10)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## What we changed (11)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## Trade-offs (12)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## What we changed (13)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## What went wrong (14)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, '06804ef4-a1e8-5197-ac11-ed3a2ccc4151', 'PUBLISHED', false, '2026-05-07T09:00:00Z', '2026-05-07T08:00:00Z', '2026-05-07T08:00:00Z'),
  ('9e79d58d-c5de-54fb-8476-ce53ce8158aa', 'celery-task-design-idempotency-retries-and-failure-visibility', 'Celery Task Design: Idempotency, Retries, and Failure Visibility', 'Writing background tasks that behave predictably under failure — idempotency keys, bounded retry logic, and surfacing errors without noise.', $md$Writing background tasks that behave predictably under failure — idempotency keys, bounded retry logic, and surfacing errors without noise.

## Why this matters

This article is about celery Task Design: Idempotency, Retries, and Failure Visibility. It draws on work with Django, Celery, Python, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Django concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```python
def handle(event_id: str, payload: dict) -> None:
    if ProcessedEvent.objects.filter(event_id=event_id).exists():
        return  # idempotent: seen before
    with transaction.atomic():
        apply(payload)
        ProcessedEvent.objects.create(event_id=event_id)
```

## What went wrong (1)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## What went wrong (2)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Python | growth, strict isolation |

## What we changed (3)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## What we changed (4)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Operating it (5)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## Operating it (6)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Trade-offs (7)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Testing it (8)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## Testing it (9)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Testing it (10)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## What we changed (11)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## What we changed (12)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## Testing it (13)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Trade-offs (14)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, '6bd0d02b-f20d-5267-af17-5a289ff4624a', 'PUBLISHED', false, '2026-04-30T09:00:00Z', '2026-04-30T08:00:00Z', '2026-04-30T08:00:00Z'),
  ('f3821c41-a18c-5a41-b1db-7117c83d0c71', 'our-dockerfile-for-django-slim-secure-and-ci-ready', 'Our Dockerfile for Django: Slim, Secure, and CI-Ready', 'The multi-stage build we ship across all client projects — layer caching strategy, secrets handling, and zero-downtime deploys with Gunicorn.', $md$The multi-stage build we ship across all client projects — layer caching strategy, secrets handling, and zero-downtime deploys with Gunicorn.

## Why this matters

This article is about our Dockerfile for Django: Slim, Secure, and CI-Ready. It draws on work with Docker, Django, CI/CD, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Docker concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```python
def handle(event_id: str, payload: dict) -> None:
    if ProcessedEvent.objects.filter(event_id=event_id).exists():
        return  # idempotent: seen before
    with transaction.atomic():
        apply(payload)
        ProcessedEvent.objects.create(event_id=event_id)
```

## Trade-offs (1)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## Operating it (2)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| CI/CD | growth, strict isolation |

## Testing it (3)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## Operating it (4)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## What we changed (5)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## What went wrong (6)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## Trade-offs (7)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## What went wrong (8)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## What went wrong (9)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## In practice (10)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## What went wrong (11)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, 'da3ad0b0-63ca-5f55-988a-45364b9d379c', 'PUBLISHED', false, '2026-04-23T09:00:00Z', '2026-04-23T08:00:00Z', '2026-04-23T08:00:00Z'),
  ('7e160a32-990c-5bb8-98b1-b11ee08ecc37', 'building-a-design-system-in-vue-3-that-doesn-t-drift-over-time', 'Building a Design System in Vue 3 That Doesn''t Drift Over Time', 'Token-first thinking, component API contracts, and the review process that keeps our UI consistent across 6-month-old codebases.', $md$Token-first thinking, component API contracts, and the review process that keeps our UI consistent across 6-month-old codebases.

## Why this matters

This article is about building a Design System in Vue 3 That Doesn't Drift Over Time. It draws on work with Vue, Design Systems, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Vue concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```typescript
export async function fetchJson<T>(url: string): Promise<Result<T>> {
  const res = await fetch(url);
  if (!res.ok) return { ok: false, error: await res.json() };
  return { ok: true, data: (await res.json()) as T };
}
```

## Operating it (1)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## What we changed (2)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Design Systems | growth, strict isolation |

## What we changed (3)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## What we changed (4)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## What we changed (5)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Operating it (6)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## What we changed (7)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Operating it (8)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## Testing it (9)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## What went wrong (10)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## What went wrong (11)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## What we changed (12)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## What went wrong (13)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, '245718cb-884f-5c02-97f0-ec8d98a3c334', 'PUBLISHED', false, '2026-04-16T09:00:00Z', '2026-04-16T08:00:00Z', '2026-04-16T08:00:00Z'),
  ('b01eed22-b3e5-525a-b275-9860573a88cd', 'postgresql-schema-design-patterns-for-multi-tenant-applications', 'PostgreSQL Schema Design Patterns for Multi-Tenant Applications', 'Concrete schema design, composite indexing strategy, row-level security setup, and the migration approach for a production multi-tenant PostgreSQL database.', $md$Concrete schema design, composite indexing strategy, row-level security setup, and the migration approach for a production multi-tenant PostgreSQL database.

## Why this matters

This article is about postgreSQL Schema Design Patterns for Multi-Tenant Applications. It draws on work with PostgreSQL, Multi Tenancy, Row-Level Security, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep PostgreSQL concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```sql
create index concurrently orders_tenant_created_idx
    on orders (tenant_id, created_at desc)
    where deleted_at is null;

explain (analyze, buffers)
select id, total from orders
 where tenant_id = $1 and deleted_at is null
 order by created_at desc limit 20;
```

## What went wrong (1)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## In practice (2)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Row-Level Security | growth, strict isolation |

## What went wrong (3)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Operating it (4)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, '🤖', '9d11d767-bc85-5d8d-b954-d46919c1a656', 'PUBLISHED', true, '2026-04-30T09:00:00Z', '2026-04-30T08:00:00Z', '2026-04-30T08:00:00Z'),
  ('3da45c1d-a299-5a6e-bad4-25bd4061b48a', 'monorepo-vs-polyrepo-the-decision-we-make-explicitly-on-every-new-project', 'Monorepo vs Polyrepo: The Decision We Make Explicitly on Every New Project', 'Not a philosophical debate. A practical decision based on code sharing requirements, team structure, and CI/CD complexity — made explicitly…', $md$Not a philosophical debate. A practical decision based on code sharing requirements, team structure, and CI/CD complexity — made explicitly…

## Why this matters

This article is about monorepo vs Polyrepo: The Decision We Make Explicitly on Every New Project. It draws on work with Monorepo, CI/CD, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Monorepo concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```yaml
readinessProbe:
  httpGet:
    path: /health/ready
    port: 8080
  periodSeconds: 5
resources:
  requests: { cpu: 250m, memory: 256Mi }
  limits: { memory: 512Mi }
```

## Operating it (1)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## Operating it (2)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| CI/CD | growth, strict isolation |

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, '📱', 'da3ad0b0-63ca-5f55-988a-45364b9d379c', 'PUBLISHED', false, '2026-04-24T09:00:00Z', '2026-04-24T08:00:00Z', '2026-04-24T08:00:00Z'),
  ('ca9642ac-50ee-5963-ac36-730910f9068d', 'everything-wrong-with-how-most-startups-handle-authentication', 'Everything Wrong With How Most Startups Handle Authentication', 'JWTs in localStorage, 30-day access tokens, no refresh token rotation — the authentication mistakes we see in code reviews weekly,…', $md$JWTs in localStorage, 30-day access tokens, no refresh token rotation — the authentication mistakes we see in code reviews weekly,…

## Why this matters

This article is about everything Wrong With How Most Startups Handle Authentication. It draws on work with Authentication, JWT, Security, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Authentication concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```python
def handle(event_id: str, payload: dict) -> None:
    if ProcessedEvent.objects.filter(event_id=event_id).exists():
        return  # idempotent: seen before
    with transaction.atomic():
        apply(payload)
        ProcessedEvent.objects.create(event_id=event_id)
```

## What we changed (1)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## Trade-offs (2)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Security | growth, strict isolation |

## Testing it (3)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## What we changed (4)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, '🎨', '222c300d-4359-503b-a009-e2c7229ce043', 'PUBLISHED', false, '2026-04-18T09:00:00Z', '2026-04-18T08:00:00Z', '2026-04-18T08:00:00Z'),
  ('c92612cb-e031-5a5b-88c1-4cefd2b2a5e0', 'how-we-approach-technical-due-diligence-for-vc-backed-startups', 'How We Approach Technical Due Diligence for VC-Backed Startups', 'Our framework for technical due diligence — what we review, the findings that most commonly kill or discount deals, and…', $md$Our framework for technical due diligence — what we review, the findings that most commonly kill or discount deals, and…

## Why this matters

This article is about how We Approach Technical Due Diligence for VC-Backed Startups. It draws on work with Due Diligence, Architecture, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Due Diligence concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```text
1. Measure first
2. Change one thing
3. Measure again
```

## What went wrong (1)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## What we changed (2)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Architecture | growth, strict isolation |

## Operating it (3)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## Operating it (4)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, '🚀', '8f988075-90cc-5f82-87af-c920e24a8381', 'PUBLISHED', false, '2026-04-12T09:00:00Z', '2026-04-12T08:00:00Z', '2026-04-12T08:00:00Z'),
  ('702146af-7852-5d55-a73c-d3308b177c2c', 'the-post-mortem-how-a-missing-index-took-production-down-for-4-hours', 'The Post-Mortem: How a Missing Index Took Production Down for 4 Hours', 'A detailed incident retrospective — root cause, timeline, detection failure, the fix, and the process changes that prevent this class…', $md$A detailed incident retrospective — root cause, timeline, detection failure, the fix, and the process changes that prevent this class…

## Why this matters

This article is about the Post-Mortem: How a Missing Index Took Production Down for 4 Hours. It draws on work with PostgreSQL, Incident Response, Performance, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep PostgreSQL concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```sql
create index concurrently orders_tenant_created_idx
    on orders (tenant_id, created_at desc)
    where deleted_at is null;

explain (analyze, buffers)
select id, total from orders
 where tenant_id = $1 and deleted_at is null
 order by created_at desc limit 20;
```

## Operating it (1)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Operating it (2)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Performance | growth, strict isolation |

## Testing it (3)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## What we changed (4)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, '⚙️', '9d11d767-bc85-5d8d-b954-d46919c1a656', 'PUBLISHED', false, '2026-04-06T09:00:00Z', '2026-04-06T08:00:00Z', '2026-04-06T08:00:00Z'),
  ('170b9ff4-fe90-53a8-9bc9-b1a2c3aa7606', 'what-we-learned-building-15-ai-chatbots-for-production', 'What We Learned Building 15 AI Chatbots for Production', 'The hallucination handling strategies, latency management approaches, context window compression, and UX failures that nobody else is writing about.', $md$The hallucination handling strategies, latency management approaches, context window compression, and UX failures that nobody else is writing about.

## Why this matters

This article is about what We Learned Building 15 AI Chatbots for Production. It draws on work with LLM, Chatbots, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep LLM concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```text
1. Measure first
2. Change one thing
3. Measure again
```

## Testing it (1)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Trade-offs (2)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Chatbots | growth, strict isolation |

## Trade-offs (3)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## In practice (4)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, '🛡️', 'c4d654f3-b679-5eaa-92ac-2ce4b7066f1e', 'PUBLISHED', false, '2026-03-31T09:00:00Z', '2026-03-31T08:00:00Z', '2026-03-31T08:00:00Z'),
  ('c1a3d96e-0891-5903-8140-4ab05e15c3fb', 'redis-beyond-caching-queues-pub-sub-and-rate-limiting', 'Redis Beyond Caching: Queues, Pub/Sub, and Rate Limiting', 'Redis is one of the most misunderstood tools in the modern software stack. Most teams discover it as a cache — a faster alternative to hitting the database for frequently accessed data.', $md$Redis is one of the most misunderstood tools in the modern software stack. Most teams discover it as a cache — a faster alternative to hitting the database for frequently accessed data.

## Why this matters

This article is about redis Beyond Caching: Queues, Pub/Sub, and Rate Limiting. It draws on work with Redis, Queues, Rate Limiting, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Redis concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```python
def handle(event_id: str, payload: dict) -> None:
    if ProcessedEvent.objects.filter(event_id=event_id).exists():
        return  # idempotent: seen before
    with transaction.atomic():
        apply(payload)
        ProcessedEvent.objects.create(event_id=event_id)
```

## Operating it (1)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## In practice (2)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Rate Limiting | growth, strict isolation |

## Testing it (3)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## Trade-offs (4)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## What we changed (5)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## Testing it (6)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## What we changed (7)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Operating it (8)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, 'cd782142-0a9b-5507-87d3-278393191440', 'PUBLISHED', true, '2026-03-26T09:00:00Z', '2026-03-26T08:00:00Z', '2026-03-26T08:00:00Z'),
  ('17a8db69-0c1e-517d-9e00-519ab92533e7', 'competitive-intelligence-systems-architecture-and-implementation', 'Competitive Intelligence Systems: Architecture and Implementation', 'Every business monitors competitors. The question is whether they do it systematically or haphazardly.', $md$Every business monitors competitors. The question is whether they do it systematically or haphazardly.

## Why this matters

This article is about competitive Intelligence Systems: Architecture and Implementation. It draws on work with Architecture, Data Pipelines, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Architecture concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```text
1. Measure first
2. Change one thing
3. Measure again
```

## In practice (1)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## Testing it (2)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Data Pipelines | growth, strict isolation |

## Testing it (3)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## What we changed (4)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## Testing it (5)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## Operating it (6)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## What went wrong (7)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Trade-offs (8)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## What we changed (9)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## In practice (10)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## What we changed (11)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## What we changed (12)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Trade-offs (13)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, 'cd782142-0a9b-5507-87d3-278393191440', 'PUBLISHED', false, '2026-03-23T09:00:00Z', '2026-03-23T08:00:00Z', '2026-03-23T08:00:00Z'),
  ('9fe9bebf-fa27-5ccd-857a-9adc560b3ec4', 'database-migrations-in-production-a-zero-downtime-approach', 'Database Migrations in Production: A Zero-Downtime Approach', 'It''s 3 PM on a Tuesday. Your migration is halfway through altering a 200-million-row table, and the application is throwing 500 errors.', $md$It's 3 PM on a Tuesday. Your migration is halfway through altering a 200-million-row table, and the application is throwing 500 errors.

## Why this matters

This article is about database Migrations in Production: A Zero-Downtime Approach. It draws on work with PostgreSQL, Migrations, Zero Downtime, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep PostgreSQL concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```sql
create index concurrently orders_tenant_created_idx
    on orders (tenant_id, created_at desc)
    where deleted_at is null;

explain (analyze, buffers)
select id, total from orders
 where tenant_id = $1 and deleted_at is null
 order by created_at desc limit 20;
```

## What went wrong (1)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## What we changed (2)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Zero Downtime | growth, strict isolation |

## What we changed (3)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## What went wrong (4)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## What went wrong (5)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Operating it (6)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## Trade-offs (7)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Operating it (8)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## In practice (9)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## In practice (10)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Trade-offs (11)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Testing it (12)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## In practice (13)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## What we changed (14)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, 'cd782142-0a9b-5507-87d3-278393191440', 'PUBLISHED', false, '2026-03-20T09:00:00Z', '2026-03-20T08:00:00Z', '2026-03-20T08:00:00Z'),
  ('9e0ad4d7-f9b7-5b4d-93be-11b7fa7f2f01', 'stripe-integration-patterns-for-subscription-saas', 'Stripe Integration Patterns for Subscription SaaS', 'Every SaaS founder hits the same wall: Checkout works on day one, and three months later you are debugging webhook race conditions at 2 AM.', $md$Every SaaS founder hits the same wall: Checkout works on day one, and three months later you are debugging webhook race conditions at 2 AM.

## Why this matters

This article is about stripe Integration Patterns for Subscription SaaS. It draws on work with Stripe, SaaS Billing, Webhooks, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Stripe concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```python
def handle(event_id: str, payload: dict) -> None:
    if ProcessedEvent.objects.filter(event_id=event_id).exists():
        return  # idempotent: seen before
    with transaction.atomic():
        apply(payload)
        ProcessedEvent.objects.create(event_id=event_id)
```

## In practice (1)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## Testing it (2)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Webhooks | growth, strict isolation |

## What we changed (3)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## What we changed (4)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## Testing it (5)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Trade-offs (6)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## Trade-offs (7)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## What went wrong (8)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## Trade-offs (9)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Operating it (10)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, 'cd782142-0a9b-5507-87d3-278393191440', 'PUBLISHED', false, '2026-03-17T09:00:00Z', '2026-03-17T08:00:00Z', '2026-03-17T08:00:00Z'),
  ('ab2f41cf-b70e-5e8a-8626-807a550dba01', 'building-multi-tenant-saas-applications-with-postgresql-row-level-security', 'Building Multi-Tenant SaaS Applications with PostgreSQL Row-Level Security', 'Multi-tenancy sounds simple: multiple customers share one application. In practice, it''s one of the most consequential architecture decisions you''ll make for a SaaS product.', $md$Multi-tenancy sounds simple: multiple customers share one application. In practice, it's one of the most consequential architecture decisions you'll make for a SaaS product.

## Why this matters

This article is about building Multi-Tenant SaaS Applications with PostgreSQL Row-Level Security. It draws on work with PostgreSQL, Multi Tenancy, Row-Level Security, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep PostgreSQL concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```sql
create index concurrently orders_tenant_created_idx
    on orders (tenant_id, created_at desc)
    where deleted_at is null;

explain (analyze, buffers)
select id, total from orders
 where tenant_id = $1 and deleted_at is null
 order by created_at desc limit 20;
```

## What went wrong (1)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## Testing it (2)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Row-Level Security | growth, strict isolation |

## Operating it (3)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## What we changed (4)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## Testing it (5)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## In practice (6)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## What went wrong (7)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## Operating it (8)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Testing it (9)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Testing it (10)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Testing it (11)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## What we changed (12)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## Testing it (13)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## What we changed (14)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, 'cd782142-0a9b-5507-87d3-278393191440', 'PUBLISHED', false, '2026-03-14T09:00:00Z', '2026-03-14T08:00:00Z', '2026-03-14T08:00:00Z'),
  ('93e28065-3710-5a88-a97e-b437b0c74fbd', 'zero-trust-security-architecture-for-saas-products', 'Zero-Trust Security Architecture for SaaS Products', 'The traditional security model is a castle: hard perimeter, soft interior. That model was fragile before the cloud; now it is indefensible.', $md$The traditional security model is a castle: hard perimeter, soft interior. That model was fragile before the cloud; now it is indefensible.

## Why this matters

This article is about zero-Trust Security Architecture for SaaS Products. It draws on work with Security, Zero Trust, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Security concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```text
1. Measure first
2. Change one thing
3. Measure again
```

## In practice (1)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Trade-offs (2)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Zero Trust | growth, strict isolation |

## Operating it (3)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## What went wrong (4)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## What went wrong (5)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## In practice (6)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Testing it (7)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Operating it (8)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## What we changed (9)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## What went wrong (10)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Operating it (11)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Trade-offs (12)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## In practice (13)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, 'cd782142-0a9b-5507-87d3-278393191440', 'PUBLISHED', false, '2026-03-11T09:00:00Z', '2026-03-11T08:00:00Z', '2026-03-11T08:00:00Z'),
  ('c1342227-83f0-5ab7-a635-12f0f648de1b', 'api-design-patterns-that-scale', 'API Design Patterns That Scale', 'Every API starts simple. Then new consumers appear — a mobile app, a partner integration, an internal dashboard — and request volume grows a thousandfold.', $md$Every API starts simple. Then new consumers appear — a mobile app, a partner integration, an internal dashboard — and request volume grows a thousandfold.

## Why this matters

This article is about aPI Design Patterns That Scale. It draws on work with API Design, REST, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep API Design concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```text
1. Measure first
2. Change one thing
3. Measure again
```

## What we changed (1)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## In practice (2)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| REST | growth, strict isolation |

## Trade-offs (3)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## Testing it (4)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Operating it (5)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## What we changed (6)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## What went wrong (7)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Testing it (8)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Trade-offs (9)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## What went wrong (10)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Testing it (11)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, 'cd782142-0a9b-5507-87d3-278393191440', 'PUBLISHED', false, '2026-03-08T09:00:00Z', '2026-03-08T08:00:00Z', '2026-03-08T08:00:00Z'),
  ('5302fe58-8040-5e88-9d2b-711194225224', 'kubernetes-in-production-what-they-don-t-tell-you', 'Kubernetes in Production: What They Don''t Tell You', 'Every Kubernetes tutorial ends at the same place: a deployment, a service, an ingress, and green pods. What comes next is the real work.', $md$Every Kubernetes tutorial ends at the same place: a deployment, a service, an ingress, and green pods. What comes next is the real work.

## Why this matters

This article is about kubernetes in Production: What They Don't Tell You. It draws on work with Kubernetes, DevOps, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Kubernetes concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```yaml
readinessProbe:
  httpGet:
    path: /health/ready
    port: 8080
  periodSeconds: 5
resources:
  requests: { cpu: 250m, memory: 256Mi }
  limits: { memory: 512Mi }
```

## What we changed (1)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Operating it (2)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| DevOps | growth, strict isolation |

## What we changed (3)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## What we changed (4)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## Testing it (5)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## What went wrong (6)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## In practice (7)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## What went wrong (8)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## In practice (9)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## What went wrong (10)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## What we changed (11)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## Trade-offs (12)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## What we changed (13)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## What went wrong (14)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, 'cd782142-0a9b-5507-87d3-278393191440', 'PUBLISHED', false, '2026-03-05T09:00:00Z', '2026-03-05T08:00:00Z', '2026-03-05T08:00:00Z'),
  ('177e5310-4566-5733-9353-0c666090e4b1', 'building-resilient-microservices-with-rabbitmq', 'Building Resilient Microservices with RabbitMQ', 'Synchronous HTTP calls between microservices are a reliability liability: the caller inherits the callee’s failure mode.', $md$Synchronous HTTP calls between microservices are a reliability liability: the caller inherits the callee’s failure mode.

## Why this matters

This article is about building Resilient Microservices with RabbitMQ. It draws on work with Rabbitmq, Microservices, Queues, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Rabbitmq concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```python
def handle(event_id: str, payload: dict) -> None:
    if ProcessedEvent.objects.filter(event_id=event_id).exists():
        return  # idempotent: seen before
    with transaction.atomic():
        apply(payload)
        ProcessedEvent.objects.create(event_id=event_id)
```

## What we changed (1)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## What went wrong (2)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Queues | growth, strict isolation |

## Operating it (3)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Operating it (4)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## Operating it (5)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## What went wrong (6)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## What we changed (7)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## What went wrong (8)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## Testing it (9)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Operating it (10)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## In practice (11)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Trade-offs (12)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## In practice (13)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Operating it (14)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, 'cd782142-0a9b-5507-87d3-278393191440', 'PUBLISHED', false, '2026-03-02T09:00:00Z', '2026-03-02T08:00:00Z', '2026-03-02T08:00:00Z'),
  ('20ea41a4-ae77-52ae-bbd2-43f5a8d69fcb', 'anthropic-batch-api-for-asynchronous-multi-tenant-ai-processing-cutting-claude-costs-by-50-without-sacrificing-feature-r', 'Anthropic Batch API for Asynchronous Multi-Tenant AI Processing: Cutting Claude Costs by 50% Without Sacrificing Feature Responsiveness', 'Implement FastAPI endpoints that queue AI feature requests (document summarization, bulk classification) into Anthropic''s Batch API for 50% cost reduction, then use PostgreSQL LISTEN/NOTIFY to push results back to React 19 dashboards in real-time when batch jobs complete.', $md$Implement FastAPI endpoints that queue AI feature requests (document summarization, bulk classification) into Anthropic's Batch API for 50% cost reduction, then use PostgreSQL LISTEN/NOTIFY to push results back to React 19 dashboards in real-time when batch jobs complete.

## Why this matters

This article is about anthropic Batch API for Asynchronous Multi-Tenant AI Processing: Cutting Claude Costs by 50% Without Sacrificing Feature Responsiveness. It draws on work with Anthropic Claude, FastAPI, Python, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Anthropic Claude concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```python
def handle(event_id: str, payload: dict) -> None:
    if ProcessedEvent.objects.filter(event_id=event_id).exists():
        return  # idempotent: seen before
    with transaction.atomic():
        apply(payload)
        ProcessedEvent.objects.create(event_id=event_id)
```

## What we changed (1)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## In practice (2)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Architecture | growth, strict isolation |

## What went wrong (3)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Testing it (4)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Operating it (5)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## What went wrong (6)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Operating it (7)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## Operating it (8)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## What we changed (9)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## Trade-offs (10)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, 'c4d654f3-b679-5eaa-92ac-2ce4b7066f1e', 'PUBLISHED', true, '2026-06-06T09:00:00Z', '2026-06-06T08:00:00Z', '2026-06-06T08:00:00Z'),
  ('575dbac9-c8ae-5eac-99ab-89684a46edcb', 'sqlalchemy-hybrid-properties-for-computed-tenant-metrics-avoiding-select-n-1-when-aggregating-ai-feature-usage-across-mu', 'SQLAlchemy Hybrid Properties for Computed Tenant Metrics: Avoiding SELECT N+1 When Aggregating AI Feature Usage Across Multi-Tenant Hierarchies', 'Use SQLAlchemy''s hybrid_property decorator to define computed columns (feature adoption rate, AI inference cost per user, permission inheritance depth) that execute efficiently at the SQL layer instead of in Python.', $md$Use SQLAlchemy's hybrid_property decorator to define computed columns (feature adoption rate, AI inference cost per user, permission inheritance depth) that execute efficiently at the SQL layer instead of in Python.

## Why this matters

This article is about sQLAlchemy Hybrid Properties for Computed Tenant Metrics: Avoiding SELECT N+1 When Aggregating AI Feature Usage Across Multi-Tenant Hierarchies. It draws on work with SQLAlchemy, PostgreSQL, Performance, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep SQLAlchemy concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```sql
create index concurrently orders_tenant_created_idx
    on orders (tenant_id, created_at desc)
    where deleted_at is null;

explain (analyze, buffers)
select id, total from orders
 where tenant_id = $1 and deleted_at is null
 order by created_at desc limit 20;
```

## Operating it (1)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Testing it (2)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Database Design | growth, strict isolation |

## Operating it (3)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## What we changed (4)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## What went wrong (5)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## Operating it (6)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## What went wrong (7)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## What went wrong (8)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## What went wrong (9)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Operating it (10)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, '4d98acfd-8f02-5814-a661-59fefd33d240', 'PUBLISHED', false, '2026-06-06T09:00:00Z', '2026-06-06T08:00:00Z', '2026-06-06T08:00:00Z'),
  ('0da62920-ce22-5364-9327-f5f005df1a0c', 'tailwind-css-apply-pitfalls-in-monorepos-why-your-component-library-s-styles-break-when-imported-into-astro-and-react-se', 'Tailwind CSS @apply Pitfalls in Monorepos: Why Your Component Library''s Styles Break When Imported Into Astro and React Separately', 'Debug the counterintuitive ways Tailwind''s @apply directive fails across monorepo boundaries, configure tailwind.config.ts to resolve content paths for each workspace, and avoid the CSS purging gotchas that silently strip utility classes in production builds.', $md$Debug the counterintuitive ways Tailwind's @apply directive fails across monorepo boundaries, configure tailwind.config.ts to resolve content paths for each workspace, and avoid the CSS purging gotchas that silently strip utility classes in production builds.

## Why this matters

This article is about tailwind CSS @apply Pitfalls in Monorepos: Why Your Component Library's Styles Break When Imported Into Astro and React Separately. It draws on work with Tailwind CSS, Astro, React 19, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Tailwind CSS concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```tsx
const Row = memo(function Row({ item }: { item: Item }) {
  return <li>{item.title}</li>;
});

export function List({ items }: { items: Item[] }) {
  return <ul>{items.map((i) => <Row key={i.id} item={i} />)}</ul>;
}
```

## What we changed (1)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## In practice (2)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| DevOps | growth, strict isolation |

## Operating it (3)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## Testing it (4)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## What we changed (5)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## Operating it (6)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## In practice (7)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## In practice (8)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## What we changed (9)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## What we changed (10)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, '53bffcf4-4559-52cc-afd6-03655ec8f4c6', 'PUBLISHED', false, '2026-06-06T09:00:00Z', '2026-06-06T08:00:00Z', '2026-06-06T08:00:00Z'),
  ('7dd14715-2a50-56f1-9691-1149dcf1d988', 'typescript-generics-for-polymorphic-api-responses-building-type-safe-client-code-without-response-union-hell', 'TypeScript Generics for Polymorphic API Responses: Building Type-Safe Client Code Without Response Union Hell', 'Design a generic response wrapper pattern in TypeScript that lets you write one fetch function handling success, error, and loading states across all your FastAPI endpoints.', $md$Design a generic response wrapper pattern in TypeScript that lets you write one fetch function handling success, error, and loading states across all your FastAPI endpoints.

## Why this matters

This article is about typeScript Generics for Polymorphic API Responses: Building Type-Safe Client Code Without Response Union Hell. It draws on work with TypeScript, React 19, API Design, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep TypeScript concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```typescript
export async function fetchJson<T>(url: string): Promise<Result<T>> {
  const res = await fetch(url);
  if (!res.ok) return { ok: false, error: await res.json() };
  return { ok: true, data: (await res.json()) as T };
}
```

## Testing it (1)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## In practice (2)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Developer Experience | growth, strict isolation |

## In practice (3)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## What we changed (4)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## In practice (5)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## Testing it (6)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## In practice (7)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Trade-offs (8)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## In practice (9)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## What we changed (10)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## Testing it (11)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, '53bffcf4-4559-52cc-afd6-03655ec8f4c6', 'PUBLISHED', false, '2026-06-06T09:00:00Z', '2026-06-06T08:00:00Z', '2026-06-06T08:00:00Z'),
  ('06316050-0c8c-5085-a6e8-165e01cec420', 'postgresql-generated-columns-for-tenant-cost-attribution-computing-per-user-ai-inference-spend-without-application-layer', 'PostgreSQL Generated Columns for Tenant Cost Attribution: Computing Per-User AI Inference Spend Without Application-Layer ETL', 'Use PostgreSQL''s generated columns to calculate tenant billing amounts from AI feature usage (tokens consumed × feature tier × region multiplier), keeping billing logic in the schema, eliminating data drift and making audits trivial.', $md$Use PostgreSQL's generated columns to calculate tenant billing amounts from AI feature usage (tokens consumed × feature tier × region multiplier), keeping billing logic in the schema, eliminating data drift and making audits trivial.

## Why this matters

This article is about postgreSQL Generated Columns for Tenant Cost Attribution: Computing Per-User AI Inference Spend Without Application-Layer ETL. It draws on work with PostgreSQL, SaaS Billing, Multi Tenancy, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep PostgreSQL concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```sql
create index concurrently orders_tenant_created_idx
    on orders (tenant_id, created_at desc)
    where deleted_at is null;

explain (analyze, buffers)
select id, total from orders
 where tenant_id = $1 and deleted_at is null
 order by created_at desc limit 20;
```

## What went wrong (1)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## What went wrong (2)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Financial Data | growth, strict isolation |

## Operating it (3)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Trade-offs (4)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Operating it (5)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## What went wrong (6)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## Testing it (7)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## What we changed (8)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## What we changed (9)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Operating it (10)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, '4d98acfd-8f02-5814-a661-59fefd33d240', 'PUBLISHED', false, '2026-06-05T09:00:00Z', '2026-06-05T08:00:00Z', '2026-06-05T08:00:00Z'),
  ('36858d6c-8f04-5a02-adf5-ebb6c32e1f92', 'building-scalable-microservices-with-node-js-and-nestjs', 'Building Scalable Microservices with Node.js and NestJS', 'A deep dive into designing production-ready microservices using NestJS — covering service communication, message queues, and fault tolerance patterns.', $md$A deep dive into designing production-ready microservices using NestJS — covering service communication, message queues, and fault tolerance patterns.

## Why this matters

This article is about building Scalable Microservices with Node.js and NestJS. It draws on work with Node.js, NestJS, Microservices, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Node.js concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```typescript
export async function fetchJson<T>(url: string): Promise<Result<T>> {
  const res = await fetch(url);
  if (!res.ok) return { ok: false, error: await res.json() };
  return { ok: true, data: (await res.json()) as T };
}
```

## Operating it (1)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## What we changed (2)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Queues | growth, strict isolation |

## Operating it (3)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## Operating it (4)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Testing it (5)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Operating it (6)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## What went wrong (7)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## What we changed (8)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## In practice (9)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## In practice (10)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## Operating it (11)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## In practice (12)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## In practice (13)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## In practice (14)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, '821b4699-7acb-5541-93fd-b531bcaac498', 'PUBLISHED', true, '2025-04-20T09:00:00Z', '2025-04-20T08:00:00Z', '2025-04-20T08:00:00Z'),
  ('7b731c2e-1f8a-579a-a1ee-b666aca32fd0', 'django-rest-framework-patterns-i-use-in-production', 'Django REST Framework: Patterns I Use in Production', 'From custom serializer mixins to Celery task patterns and PostgreSQL query optimisation — the DRF techniques that actually matter when your API handles real traffic.', $md$From custom serializer mixins to Celery task patterns and PostgreSQL query optimisation — the DRF techniques that actually matter when your API handles real traffic.

## Why this matters

This article is about django REST Framework: Patterns I Use in Production. It draws on work with Python, Django, PostgreSQL, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Python concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```sql
create index concurrently orders_tenant_created_idx
    on orders (tenant_id, created_at desc)
    where deleted_at is null;

explain (analyze, buffers)
select id, total from orders
 where tenant_id = $1 and deleted_at is null
 order by created_at desc limit 20;
```

## What we changed (1)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## Testing it (2)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Celery | growth, strict isolation |

## Testing it (3)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Trade-offs (4)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## Trade-offs (5)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Trade-offs (6)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## What went wrong (7)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## What we changed (8)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## In practice (9)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Trade-offs (10)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Operating it (11)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Trade-offs (12)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## In practice (13)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## What went wrong (14)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, '821b4699-7acb-5541-93fd-b531bcaac498', 'PUBLISHED', false, '2025-04-10T09:00:00Z', '2025-04-10T08:00:00Z', '2025-04-10T08:00:00Z'),
  ('322215d7-ee0b-55c7-ab03-5952be91da8d', 'oauth2-openid-connect-a-practical-implementation-guide', 'OAuth2 & OpenID Connect: A Practical Implementation Guide', 'Not just theory — how to implement a real OAuth2 Authorization Server with PKCE, refresh token rotation, and OpenID Connect discovery, from someone who built one.', $md$Not just theory — how to implement a real OAuth2 Authorization Server with PKCE, refresh token rotation, and OpenID Connect discovery, from someone who built one.

## Why this matters

This article is about oAuth2 & OpenID Connect: A Practical Implementation Guide. It draws on work with OAuth2, OpenID Connect, JWT, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep OAuth2 concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```python
def handle(event_id: str, payload: dict) -> None:
    if ProcessedEvent.objects.filter(event_id=event_id).exists():
        return  # idempotent: seen before
    with transaction.atomic():
        apply(payload)
        ProcessedEvent.objects.create(event_id=event_id)
```

## Testing it (1)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## What went wrong (2)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Security | growth, strict isolation |

## In practice (3)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## What went wrong (4)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Trade-offs (5)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Trade-offs (6)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## What we changed (7)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## In practice (8)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Trade-offs (9)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Operating it (10)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## In practice (11)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Trade-offs (12)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## Trade-offs (13)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## Trade-offs (14)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, '222c300d-4359-503b-a009-e2c7229ce043', 'PUBLISHED', false, '2025-03-28T09:00:00Z', '2025-03-28T08:00:00Z', '2025-03-28T08:00:00Z'),
  ('c94d28d5-8f95-5723-aecd-497b9823de96', 'postgresql-performance-indexing-strategies-that-actually-work', 'PostgreSQL Performance: Indexing Strategies That Actually Work', 'EXPLAIN ANALYZE, partial indexes, composite indexes, GIN for JSONB — the PostgreSQL tuning techniques that cut query times from 4s to 40ms in a real healthcare system.', $md$EXPLAIN ANALYZE, partial indexes, composite indexes, GIN for JSONB — the PostgreSQL tuning techniques that cut query times from 4s to 40ms in a real healthcare system.

## Why this matters

This article is about postgreSQL Performance: Indexing Strategies That Actually Work. It draws on work with PostgreSQL, Performance, SQL, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep PostgreSQL concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```sql
create index concurrently orders_tenant_created_idx
    on orders (tenant_id, created_at desc)
    where deleted_at is null;

explain (analyze, buffers)
select id, total from orders
 where tenant_id = $1 and deleted_at is null
 order by created_at desc limit 20;
```

## What we changed (1)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Operating it (2)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| SQL | growth, strict isolation |

## Testing it (3)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Operating it (4)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Operating it (5)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## Trade-offs (6)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## In practice (7)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## What we changed (8)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Operating it (9)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## What we changed (10)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## Operating it (11)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## What we changed (12)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Testing it (13)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## In practice (14)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, '4d98acfd-8f02-5814-a661-59fefd33d240', 'PUBLISHED', false, '2025-03-15T09:00:00Z', '2025-03-15T08:00:00Z', '2025-03-15T08:00:00Z'),
  ('21289405-2a34-5f87-a3fb-dc016cd9bce9', 'react-performance-patterns-in-2025', 'React Performance Patterns in 2025', 'memo, useMemo, useCallback, Suspense, and the new React Compiler — which optimisations actually matter and which are premature, with real profiler numbers.', $md$memo, useMemo, useCallback, Suspense, and the new React Compiler — which optimisations actually matter and which are premature, with real profiler numbers.

## Why this matters

This article is about react Performance Patterns in 2025. It draws on work with React, Next.js, Performance, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep React concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```tsx
const Row = memo(function Row({ item }: { item: Item }) {
  return <li>{item.title}</li>;
});

export function List({ items }: { items: Item[] }) {
  return <ul>{items.map((i) => <Row key={i.id} item={i} />)}</ul>;
}
```

## What went wrong (1)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## What went wrong (2)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Performance | growth, strict isolation |

## Operating it (3)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Testing it (4)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## Trade-offs (5)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Testing it (6)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## In practice (7)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## Operating it (8)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## What we changed (9)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## What we changed (10)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## Trade-offs (11)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Trade-offs (12)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## In practice (13)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## In practice (14)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, '53bffcf4-4559-52cc-afd6-03655ec8f4c6', 'PUBLISHED', false, '2025-02-28T09:00:00Z', '2025-02-28T08:00:00Z', '2025-02-28T08:00:00Z'),
  ('fd3bb5d0-8d56-5c40-9b12-a45b4f130612', 'docker-to-kubernetes-a-practical-path-for-backend-engineers', 'Docker to Kubernetes: A Practical Path for Backend Engineers', 'From a single Dockerfile to a Kubernetes deployment with health checks, rolling updates, and autoscaling — the concepts that actually matter for shipping backend services.', $md$From a single Dockerfile to a Kubernetes deployment with health checks, rolling updates, and autoscaling — the concepts that actually matter for shipping backend services.

## Why this matters

This article is about docker to Kubernetes: A Practical Path for Backend Engineers. It draws on work with Docker, Kubernetes, DevOps, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Docker concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```dockerfile
FROM python:3.12-slim AS build
WORKDIR /app
COPY requirements.txt .
RUN pip wheel --wheel-dir /wheels -r requirements.txt

FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && useradd -m app
USER app
```

## Trade-offs (1)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## What went wrong (2)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| DevOps | growth, strict isolation |

## Testing it (3)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## What went wrong (4)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## What went wrong (5)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## In practice (6)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## Operating it (7)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Testing it (8)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Trade-offs (9)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Operating it (10)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Operating it (11)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## What we changed (12)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Trade-offs (13)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## What went wrong (14)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, 'da3ad0b0-63ca-5f55-988a-45364b9d379c', 'PUBLISHED', false, '2025-02-10T09:00:00Z', '2025-02-10T08:00:00Z', '2025-02-10T08:00:00Z'),
  ('f6e8a36b-ea89-5065-8fd4-c53a15fc6a99', 'xgboost-in-production-from-training-to-rest-api', 'XGBoost in Production: From Training to REST API', 'How to train an XGBoost model, evaluate it properly, serialise it, and wrap it in a Django REST API — based on a real inventory forecasting system.', $md$How to train an XGBoost model, evaluate it properly, serialise it, and wrap it in a Django REST API — based on a real inventory forecasting system.

## Why this matters

This article is about xGBoost in Production: From Training to REST API. It draws on work with Python, XGBoost, Machine Learning, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Python concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```python
def handle(event_id: str, payload: dict) -> None:
    if ProcessedEvent.objects.filter(event_id=event_id).exists():
        return  # idempotent: seen before
    with transaction.atomic():
        apply(payload)
        ProcessedEvent.objects.create(event_id=event_id)
```

## What went wrong (1)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## What went wrong (2)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Django | growth, strict isolation |

## Testing it (3)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell?

## Operating it (4)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Operating it (5)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## What we changed (6)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## Operating it (7)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## Testing it (8)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Trade-offs (9)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Trade-offs (10)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Trade-offs (11)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Operating it (12)

In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## In practice (13)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce.

## In practice (14)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, '8fb01028-a58c-54c6-8f5f-95554f387f08', 'PUBLISHED', false, '2025-01-25T09:00:00Z', '2025-01-25T08:00:00Z', '2025-01-25T08:00:00Z'),
  ('71610a83-d220-5f03-aa0b-258c914e2def', 'graphql-vs-rest-when-to-use-each-an-honest-assessment', 'GraphQL vs REST: When to Use Each (An Honest Assessment)', 'Not a dogmatic take — a practical breakdown of when GraphQL genuinely wins, when REST is the right call, and the mistakes I''ve seen teams make choosing the wrong tool.', $md$Not a dogmatic take — a practical breakdown of when GraphQL genuinely wins, when REST is the right call, and the mistakes I've seen teams make choosing the wrong tool.

## Why this matters

This article is about graphQL vs REST: When to Use Each (An Honest Assessment). It draws on work with GraphQL, REST, API Design, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep GraphQL concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```graphql
query LatestPosts($first: Int!) {
  posts(first: $first, orderBy: PUBLISHED_AT_DESC) {
    nodes { id title author { name } }
    pageInfo { endCursor hasNextPage }
  }
}
```

## What we changed (1)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## What went wrong (2)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| API Design | growth, strict isolation |

## Testing it (3)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## In practice (4)

When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## What we changed (5)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## Trade-offs (6)

Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight.

## Operating it (7)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against.

## What went wrong (8)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options.

## What went wrong (9)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## In practice (10)

We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## What we changed (11)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Operating it (12)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation.

## Trade-offs (13)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, null, '821b4699-7acb-5541-93fd-b531bcaac498', 'PUBLISHED', false, '2025-01-12T09:00:00Z', '2025-01-12T08:00:00Z', '2025-01-12T08:00:00Z'),
  ('e1116fc1-b067-5827-b667-cafd00448f41', 'draft-our-on-call-handbook-work-in-progress', 'Draft: Our On-Call Handbook (work in progress)', 'A draft that only staff see: how we run on-call rotations.', $md$A draft that only staff see: how we run on-call rotations.

## Why this matters

This article is about draft: Our On-Call Handbook (work in progress). It draws on work with DevOps, Incident Response, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep DevOps concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```text
1. Measure first
2. Change one thing
3. Measure again
```

## Testing it (1)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Operating it (2)

Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Incident Response | growth, strict isolation |

## What went wrong (3)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Testing it (4)

None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Operating it (5)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## Operating it (6)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. Documentation matters as much as the implementation; the next engineer to touch this code will not have the context you have today.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, '📝', 'da3ad0b0-63ca-5f55-988a-45364b9d379c', 'DRAFT', false, null, '2026-11-01T08:00:00Z', '2026-11-01T08:00:00Z'),
  ('56e17eca-8122-58ca-b250-e3e9406c98d9', 'scheduled-event-sourcing-without-the-hype', 'Scheduled: Event Sourcing Without the Hype', 'Goes live in January 2027: visible to the public only once its time has come.', $md$Goes live in January 2027: visible to the public only once its time has come.

## Why this matters

This article is about scheduled: Event Sourcing Without the Hype. It draws on work with Architecture, and it is written for engineers who have to run the result in production, not just demo it.

## The approach

- Start from the failure modes, not the features.
- Keep Architecture concerns in one place, with one owner.
- Measure before and after every change.
- Write down the decision and the alternatives you rejected.

```text
1. Measure first
2. Change one thing
3. Measure again
```

## Testing it (1)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves.

## Trade-offs (2)

Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried.

| option | when it fits |
|---|---|
| simple | small teams, few tenants |
| Architecture | growth, strict isolation |

## Trade-offs (3)

We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix. The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Trade-offs (4)

There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. When something does go wrong, the first question is always the same: what changed, and how quickly can we tell? None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## In practice (5)

The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages. A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. We learned this the hard way, on a project where the first version worked perfectly in staging and fell over within a week of real traffic. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Trade-offs (6)

The pattern is simple to describe and surprisingly easy to get wrong, so it is worth spelling out what each step protects against. There is a trade-off, of course: more moving parts means more to monitor, so we only add them where the data says they pay for themselves. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Operating it (7)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. Teams that skip this step usually pay for it later, with interest, in the form of incidents that are hard to reproduce. In practice we start with the smallest version that could possibly work, instrument it, and only then reach for the more elaborate options. Most of the cost here is not in the code itself but in the decisions around it: what to measure, what to alert on, and who owns the fix.

## Operating it (8)

A good rule of thumb: if you cannot explain the failure mode in one sentence, you are not ready to ship the optimisation. None of this is exotic. It is the boring, repeatable discipline that keeps systems predictable when the traffic pattern changes overnight. We review this checklist in every pull request that touches the area, and it has caught more regressions than any linter we have tried. The numbers in this section come from production, not from a benchmark on a laptop, which is why some of them look less impressive than the marketing pages.

## Takeaways

1. Make the failure modes explicit.
2. Prefer boring, well-understood tools.
3. Keep measuring after the launch.

Further reading: [the PostgreSQL documentation](https://www.postgresql.org/docs/).
$md$, '⏰', '06804ef4-a1e8-5197-ac11-ed3a2ccc4151', 'SCHEDULED', false, '2027-01-15T09:00:00Z', '2027-01-15T08:00:00Z', '2027-01-15T08:00:00Z');

insert into post_tag (post_id, tag_id) values
  ('845f4b76-31ba-5016-9294-e86f43054785', 'f425eab9-f27a-50b7-a853-9545b6b3f0c1'),
  ('845f4b76-31ba-5016-9294-e86f43054785', '6ffa8a0a-19bf-515c-98b3-17e2d648dff0'),
  ('845f4b76-31ba-5016-9294-e86f43054785', 'd75fb633-04b8-5b24-a083-5ef949eb07bb'),
  ('845f4b76-31ba-5016-9294-e86f43054785', '7eb0927f-3293-53f3-93c3-bbaf8826d380'),
  ('4a75944d-1bea-568a-a99d-25209f778295', 'b38c6c23-613f-5ac9-a5c8-3d86d0f3860e'),
  ('4a75944d-1bea-568a-a99d-25209f778295', '9bf62693-f36c-50f1-abb8-c437b17494cb'),
  ('4a75944d-1bea-568a-a99d-25209f778295', 'ac2568d7-378b-5d4e-abf7-19df59b8a538'),
  ('eca545de-502d-506a-a556-210e48235377', 'f425eab9-f27a-50b7-a853-9545b6b3f0c1'),
  ('eca545de-502d-506a-a556-210e48235377', '67553e7e-3564-5793-a6ce-26bb4249e9f7'),
  ('eca545de-502d-506a-a556-210e48235377', '7eb0927f-3293-53f3-93c3-bbaf8826d380'),
  ('f37a8c05-fbf8-5dbd-8381-f2f8998f5787', '7eb0927f-3293-53f3-93c3-bbaf8826d380'),
  ('f37a8c05-fbf8-5dbd-8381-f2f8998f5787', '10a54e40-f7b2-5d66-ba8c-f8337aff1799'),
  ('f37a8c05-fbf8-5dbd-8381-f2f8998f5787', '43657021-34be-5d2f-ae12-d02802cf0dfa'),
  ('9e79d58d-c5de-54fb-8476-ce53ce8158aa', 'f425eab9-f27a-50b7-a853-9545b6b3f0c1'),
  ('9e79d58d-c5de-54fb-8476-ce53ce8158aa', '95774538-5b2a-59bd-b48f-882020cf388e'),
  ('9e79d58d-c5de-54fb-8476-ce53ce8158aa', '6ffa8a0a-19bf-515c-98b3-17e2d648dff0'),
  ('f3821c41-a18c-5a41-b1db-7117c83d0c71', '4d6159a1-a291-5a79-9cc3-46e7c4b23ab8'),
  ('f3821c41-a18c-5a41-b1db-7117c83d0c71', 'f425eab9-f27a-50b7-a853-9545b6b3f0c1'),
  ('f3821c41-a18c-5a41-b1db-7117c83d0c71', '75958132-c152-58a2-aa06-cf8b38867f3b'),
  ('7e160a32-990c-5bb8-98b1-b11ee08ecc37', 'b38c6c23-613f-5ac9-a5c8-3d86d0f3860e'),
  ('7e160a32-990c-5bb8-98b1-b11ee08ecc37', '3d7f0216-77af-5859-ad18-5cce15fa3600'),
  ('b01eed22-b3e5-525a-b275-9860573a88cd', '7eb0927f-3293-53f3-93c3-bbaf8826d380'),
  ('b01eed22-b3e5-525a-b275-9860573a88cd', '67553e7e-3564-5793-a6ce-26bb4249e9f7'),
  ('b01eed22-b3e5-525a-b275-9860573a88cd', 'd951df3b-6d5c-5afd-a969-3b873c883c60'),
  ('3da45c1d-a299-5a6e-bad4-25bd4061b48a', '5430d7b7-e34a-5912-9c14-7cd2c8949584'),
  ('3da45c1d-a299-5a6e-bad4-25bd4061b48a', '75958132-c152-58a2-aa06-cf8b38867f3b'),
  ('ca9642ac-50ee-5963-ac36-730910f9068d', '1d94bc49-810f-5f8b-ab6f-cc2996296f9e'),
  ('ca9642ac-50ee-5963-ac36-730910f9068d', 'e3b779a9-bbb6-54f0-bf44-9a237bcf56a8'),
  ('ca9642ac-50ee-5963-ac36-730910f9068d', '1c3ef223-49e3-5aa6-bb8f-dda8cb545cbc'),
  ('c92612cb-e031-5a5b-88c1-4cefd2b2a5e0', '5bdcfe5a-5eb1-5662-a6a2-c3b363514bdb'),
  ('c92612cb-e031-5a5b-88c1-4cefd2b2a5e0', '68ec2304-7d48-5c48-be8b-d302ae0b2077'),
  ('702146af-7852-5d55-a73c-d3308b177c2c', '7eb0927f-3293-53f3-93c3-bbaf8826d380'),
  ('702146af-7852-5d55-a73c-d3308b177c2c', 'c8fc58e4-e584-57e1-9977-aa489bfce127'),
  ('702146af-7852-5d55-a73c-d3308b177c2c', '10a54e40-f7b2-5d66-ba8c-f8337aff1799'),
  ('170b9ff4-fe90-53a8-9bc9-b1a2c3aa7606', 'd213fe05-254a-5506-a158-055ed568518b'),
  ('170b9ff4-fe90-53a8-9bc9-b1a2c3aa7606', '6b7ea24c-d6b5-55a3-8ded-186f92cf5549'),
  ('c1a3d96e-0891-5903-8140-4ab05e15c3fb', '65e29efb-13c4-5e1f-80c8-b9a1fa0f646d'),
  ('c1a3d96e-0891-5903-8140-4ab05e15c3fb', '50ea72e5-c7f3-5951-9e37-e260c06b388d'),
  ('c1a3d96e-0891-5903-8140-4ab05e15c3fb', 'e28ae440-9d74-5f8e-a155-713340b812a7'),
  ('17a8db69-0c1e-517d-9e00-519ab92533e7', '68ec2304-7d48-5c48-be8b-d302ae0b2077'),
  ('17a8db69-0c1e-517d-9e00-519ab92533e7', 'd616bec9-df4e-5d8b-8a4a-a22abaa1e4a7'),
  ('9fe9bebf-fa27-5ccd-857a-9adc560b3ec4', '7eb0927f-3293-53f3-93c3-bbaf8826d380'),
  ('9fe9bebf-fa27-5ccd-857a-9adc560b3ec4', '2394846e-9067-5eff-ac62-605d9b1834f7'),
  ('9fe9bebf-fa27-5ccd-857a-9adc560b3ec4', '29a3e585-b843-51f9-b0bf-8d463ca5ee9a'),
  ('9e0ad4d7-f9b7-5b4d-93be-11b7fa7f2f01', 'cfcfe298-506d-5b99-889c-f7d4fcb6f927'),
  ('9e0ad4d7-f9b7-5b4d-93be-11b7fa7f2f01', '73dba62e-ad76-5bd8-9822-4bff1a186b66'),
  ('9e0ad4d7-f9b7-5b4d-93be-11b7fa7f2f01', '8c2b4163-c6c6-5691-bfc8-84109be3527f'),
  ('ab2f41cf-b70e-5e8a-8626-807a550dba01', '7eb0927f-3293-53f3-93c3-bbaf8826d380'),
  ('ab2f41cf-b70e-5e8a-8626-807a550dba01', '67553e7e-3564-5793-a6ce-26bb4249e9f7'),
  ('ab2f41cf-b70e-5e8a-8626-807a550dba01', 'd951df3b-6d5c-5afd-a969-3b873c883c60'),
  ('93e28065-3710-5a88-a97e-b437b0c74fbd', '1c3ef223-49e3-5aa6-bb8f-dda8cb545cbc'),
  ('93e28065-3710-5a88-a97e-b437b0c74fbd', '9646ae07-ed8a-540a-9284-f5c98b16513d'),
  ('c1342227-83f0-5ab7-a635-12f0f648de1b', 'd75fb633-04b8-5b24-a083-5ef949eb07bb'),
  ('c1342227-83f0-5ab7-a635-12f0f648de1b', '7cbb424b-2b6e-59d9-9029-1a61b3c131ad'),
  ('5302fe58-8040-5e88-9d2b-711194225224', '7b834a56-4244-5908-803d-2c4dbe01cc83'),
  ('5302fe58-8040-5e88-9d2b-711194225224', 'e19d1ad2-3b75-586f-a27f-e0bab97c46ff'),
  ('177e5310-4566-5733-9353-0c666090e4b1', '3d509fc8-8be9-53cc-a5df-e7004929fa13'),
  ('177e5310-4566-5733-9353-0c666090e4b1', '4d08cfd1-d0d4-5cfe-b481-e420ed425b35'),
  ('177e5310-4566-5733-9353-0c666090e4b1', '50ea72e5-c7f3-5951-9e37-e260c06b388d'),
  ('20ea41a4-ae77-52ae-bbd2-43f5a8d69fcb', 'de59e097-0f6c-58a0-ab34-cecdce4a8332'),
  ('20ea41a4-ae77-52ae-bbd2-43f5a8d69fcb', 'b76249dc-2a50-5bd1-9d8b-841211eadd1f'),
  ('20ea41a4-ae77-52ae-bbd2-43f5a8d69fcb', '6ffa8a0a-19bf-515c-98b3-17e2d648dff0'),
  ('20ea41a4-ae77-52ae-bbd2-43f5a8d69fcb', '67553e7e-3564-5793-a6ce-26bb4249e9f7'),
  ('20ea41a4-ae77-52ae-bbd2-43f5a8d69fcb', '79aae3bb-5db0-5659-aad6-9dd1fd033866'),
  ('20ea41a4-ae77-52ae-bbd2-43f5a8d69fcb', '68ec2304-7d48-5c48-be8b-d302ae0b2077'),
  ('575dbac9-c8ae-5eac-99ab-89684a46edcb', 'e41cdfbd-5489-5fc3-8b7d-3ae5d005fed6'),
  ('575dbac9-c8ae-5eac-99ab-89684a46edcb', '7eb0927f-3293-53f3-93c3-bbaf8826d380'),
  ('575dbac9-c8ae-5eac-99ab-89684a46edcb', '10a54e40-f7b2-5d66-ba8c-f8337aff1799'),
  ('575dbac9-c8ae-5eac-99ab-89684a46edcb', '67553e7e-3564-5793-a6ce-26bb4249e9f7'),
  ('575dbac9-c8ae-5eac-99ab-89684a46edcb', '6ffa8a0a-19bf-515c-98b3-17e2d648dff0'),
  ('575dbac9-c8ae-5eac-99ab-89684a46edcb', 'a0587a96-5064-50e8-8c45-1d00bf18eff6'),
  ('0da62920-ce22-5364-9327-f5f005df1a0c', 'e4211983-7460-54b3-adb2-92aa4a401dd6'),
  ('0da62920-ce22-5364-9327-f5f005df1a0c', '517685e6-ef32-53d2-9a38-8964d2407bb9'),
  ('0da62920-ce22-5364-9327-f5f005df1a0c', 'c1650f7c-54d6-57b0-984f-7e18e0c84097'),
  ('0da62920-ce22-5364-9327-f5f005df1a0c', '5430d7b7-e34a-5912-9c14-7cd2c8949584'),
  ('0da62920-ce22-5364-9327-f5f005df1a0c', '353028de-248a-5732-af5a-9d7cc8c0b183'),
  ('0da62920-ce22-5364-9327-f5f005df1a0c', 'e19d1ad2-3b75-586f-a27f-e0bab97c46ff'),
  ('7dd14715-2a50-56f1-9691-1149dcf1d988', 'ac2568d7-378b-5d4e-abf7-19df59b8a538'),
  ('7dd14715-2a50-56f1-9691-1149dcf1d988', 'c1650f7c-54d6-57b0-984f-7e18e0c84097'),
  ('7dd14715-2a50-56f1-9691-1149dcf1d988', 'd75fb633-04b8-5b24-a083-5ef949eb07bb'),
  ('7dd14715-2a50-56f1-9691-1149dcf1d988', 'c25a2a23-1a04-56f2-82d9-af3ffa6a5252'),
  ('7dd14715-2a50-56f1-9691-1149dcf1d988', '61aca66e-1e48-5da8-aa49-349ff1e47996'),
  ('06316050-0c8c-5085-a6e8-165e01cec420', '7eb0927f-3293-53f3-93c3-bbaf8826d380'),
  ('06316050-0c8c-5085-a6e8-165e01cec420', '73dba62e-ad76-5bd8-9822-4bff1a186b66'),
  ('06316050-0c8c-5085-a6e8-165e01cec420', '67553e7e-3564-5793-a6ce-26bb4249e9f7'),
  ('06316050-0c8c-5085-a6e8-165e01cec420', 'a0587a96-5064-50e8-8c45-1d00bf18eff6'),
  ('06316050-0c8c-5085-a6e8-165e01cec420', 'a286de1f-4272-562c-9f32-533c4ec343ef'),
  ('36858d6c-8f04-5a02-adf5-ebb6c32e1f92', '8136b3a5-9736-55cb-aeaf-6efc07eabfdc'),
  ('36858d6c-8f04-5a02-adf5-ebb6c32e1f92', 'c25fe314-546f-515c-a092-92275b662c6d'),
  ('36858d6c-8f04-5a02-adf5-ebb6c32e1f92', '4d08cfd1-d0d4-5cfe-b481-e420ed425b35'),
  ('36858d6c-8f04-5a02-adf5-ebb6c32e1f92', '50ea72e5-c7f3-5951-9e37-e260c06b388d'),
  ('7b731c2e-1f8a-579a-a1ee-b666aca32fd0', '6ffa8a0a-19bf-515c-98b3-17e2d648dff0'),
  ('7b731c2e-1f8a-579a-a1ee-b666aca32fd0', 'f425eab9-f27a-50b7-a853-9545b6b3f0c1'),
  ('7b731c2e-1f8a-579a-a1ee-b666aca32fd0', '7eb0927f-3293-53f3-93c3-bbaf8826d380'),
  ('7b731c2e-1f8a-579a-a1ee-b666aca32fd0', '95774538-5b2a-59bd-b48f-882020cf388e'),
  ('322215d7-ee0b-55c7-ab03-5952be91da8d', '3699c54b-893d-567b-a985-61a605952888'),
  ('322215d7-ee0b-55c7-ab03-5952be91da8d', 'eeaa542f-92a2-56c0-9ba3-c18b7e4fce6b'),
  ('322215d7-ee0b-55c7-ab03-5952be91da8d', 'e3b779a9-bbb6-54f0-bf44-9a237bcf56a8'),
  ('322215d7-ee0b-55c7-ab03-5952be91da8d', '1c3ef223-49e3-5aa6-bb8f-dda8cb545cbc'),
  ('c94d28d5-8f95-5723-aecd-497b9823de96', '7eb0927f-3293-53f3-93c3-bbaf8826d380'),
  ('c94d28d5-8f95-5723-aecd-497b9823de96', '10a54e40-f7b2-5d66-ba8c-f8337aff1799'),
  ('c94d28d5-8f95-5723-aecd-497b9823de96', '43657021-34be-5d2f-ae12-d02802cf0dfa'),
  ('21289405-2a34-5f87-a3fb-dc016cd9bce9', 'ab78089c-3702-5c00-8fab-1d97ede27aff'),
  ('21289405-2a34-5f87-a3fb-dc016cd9bce9', 'b83480b7-8fd6-5329-b8a5-703666dc922d'),
  ('21289405-2a34-5f87-a3fb-dc016cd9bce9', '10a54e40-f7b2-5d66-ba8c-f8337aff1799'),
  ('fd3bb5d0-8d56-5c40-9b12-a45b4f130612', '4d6159a1-a291-5a79-9cc3-46e7c4b23ab8'),
  ('fd3bb5d0-8d56-5c40-9b12-a45b4f130612', '7b834a56-4244-5908-803d-2c4dbe01cc83'),
  ('fd3bb5d0-8d56-5c40-9b12-a45b4f130612', 'e19d1ad2-3b75-586f-a27f-e0bab97c46ff'),
  ('f6e8a36b-ea89-5065-8fd4-c53a15fc6a99', '6ffa8a0a-19bf-515c-98b3-17e2d648dff0'),
  ('f6e8a36b-ea89-5065-8fd4-c53a15fc6a99', '1148090a-ccfd-5557-95f1-543b15f805c5'),
  ('f6e8a36b-ea89-5065-8fd4-c53a15fc6a99', 'e95f70ba-6a06-53bd-9a1f-ed80e613593f'),
  ('f6e8a36b-ea89-5065-8fd4-c53a15fc6a99', 'f425eab9-f27a-50b7-a853-9545b6b3f0c1'),
  ('71610a83-d220-5f03-aa0b-258c914e2def', '45497e5c-b245-5341-b032-fc7b72aede60'),
  ('71610a83-d220-5f03-aa0b-258c914e2def', '7cbb424b-2b6e-59d9-9029-1a61b3c131ad'),
  ('71610a83-d220-5f03-aa0b-258c914e2def', 'd75fb633-04b8-5b24-a083-5ef949eb07bb'),
  ('e1116fc1-b067-5827-b667-cafd00448f41', 'e19d1ad2-3b75-586f-a27f-e0bab97c46ff'),
  ('e1116fc1-b067-5827-b667-cafd00448f41', 'c8fc58e4-e584-57e1-9977-aa489bfce127'),
  ('56e17eca-8122-58ca-b250-e3e9406c98d9', '68ec2304-7d48-5c48-be8b-d302ae0b2077');

insert into post_author (post_id, sort_order, author_id) values
  ('845f4b76-31ba-5016-9294-e86f43054785', 0, '8c922d9d-7244-5802-aaa7-1eb1c8ae90b6'),
  ('4a75944d-1bea-568a-a99d-25209f778295', 0, '8c922d9d-7244-5802-aaa7-1eb1c8ae90b6'),
  ('eca545de-502d-506a-a556-210e48235377', 0, '8c922d9d-7244-5802-aaa7-1eb1c8ae90b6'),
  ('f37a8c05-fbf8-5dbd-8381-f2f8998f5787', 0, '8c922d9d-7244-5802-aaa7-1eb1c8ae90b6'),
  ('9e79d58d-c5de-54fb-8476-ce53ce8158aa', 0, '8c922d9d-7244-5802-aaa7-1eb1c8ae90b6'),
  ('f3821c41-a18c-5a41-b1db-7117c83d0c71', 0, '8c922d9d-7244-5802-aaa7-1eb1c8ae90b6'),
  ('7e160a32-990c-5bb8-98b1-b11ee08ecc37', 0, '8c922d9d-7244-5802-aaa7-1eb1c8ae90b6'),
  ('b01eed22-b3e5-525a-b275-9860573a88cd', 0, 'c682b894-d29e-5a35-b3b7-b42fe468559f'),
  ('3da45c1d-a299-5a6e-bad4-25bd4061b48a', 0, 'c682b894-d29e-5a35-b3b7-b42fe468559f'),
  ('ca9642ac-50ee-5963-ac36-730910f9068d', 0, 'c682b894-d29e-5a35-b3b7-b42fe468559f'),
  ('c92612cb-e031-5a5b-88c1-4cefd2b2a5e0', 0, 'c682b894-d29e-5a35-b3b7-b42fe468559f'),
  ('702146af-7852-5d55-a73c-d3308b177c2c', 0, 'c682b894-d29e-5a35-b3b7-b42fe468559f'),
  ('170b9ff4-fe90-53a8-9bc9-b1a2c3aa7606', 0, 'c682b894-d29e-5a35-b3b7-b42fe468559f'),
  ('c1a3d96e-0891-5903-8140-4ab05e15c3fb', 0, 'f59ff9c7-1684-546b-9924-74ac60663e7a'),
  ('17a8db69-0c1e-517d-9e00-519ab92533e7', 0, 'f59ff9c7-1684-546b-9924-74ac60663e7a'),
  ('9fe9bebf-fa27-5ccd-857a-9adc560b3ec4', 0, 'f59ff9c7-1684-546b-9924-74ac60663e7a'),
  ('9e0ad4d7-f9b7-5b4d-93be-11b7fa7f2f01', 0, 'f59ff9c7-1684-546b-9924-74ac60663e7a'),
  ('ab2f41cf-b70e-5e8a-8626-807a550dba01', 0, 'f59ff9c7-1684-546b-9924-74ac60663e7a'),
  ('93e28065-3710-5a88-a97e-b437b0c74fbd', 0, 'f59ff9c7-1684-546b-9924-74ac60663e7a'),
  ('c1342227-83f0-5ab7-a635-12f0f648de1b', 0, 'f59ff9c7-1684-546b-9924-74ac60663e7a'),
  ('5302fe58-8040-5e88-9d2b-711194225224', 0, 'f59ff9c7-1684-546b-9924-74ac60663e7a'),
  ('177e5310-4566-5733-9353-0c666090e4b1', 0, 'f59ff9c7-1684-546b-9924-74ac60663e7a'),
  ('20ea41a4-ae77-52ae-bbd2-43f5a8d69fcb', 0, '27152496-f2d2-500f-a4be-dbb79bf7b786'),
  ('575dbac9-c8ae-5eac-99ab-89684a46edcb', 0, '27152496-f2d2-500f-a4be-dbb79bf7b786'),
  ('0da62920-ce22-5364-9327-f5f005df1a0c', 0, '27152496-f2d2-500f-a4be-dbb79bf7b786'),
  ('7dd14715-2a50-56f1-9691-1149dcf1d988', 0, '27152496-f2d2-500f-a4be-dbb79bf7b786'),
  ('06316050-0c8c-5085-a6e8-165e01cec420', 0, '27152496-f2d2-500f-a4be-dbb79bf7b786'),
  ('36858d6c-8f04-5a02-adf5-ebb6c32e1f92', 0, '02c393ef-2643-53df-850d-c29113aa66d6'),
  ('7b731c2e-1f8a-579a-a1ee-b666aca32fd0', 0, '02c393ef-2643-53df-850d-c29113aa66d6'),
  ('322215d7-ee0b-55c7-ab03-5952be91da8d', 0, '02c393ef-2643-53df-850d-c29113aa66d6'),
  ('c94d28d5-8f95-5723-aecd-497b9823de96', 0, '02c393ef-2643-53df-850d-c29113aa66d6'),
  ('21289405-2a34-5f87-a3fb-dc016cd9bce9', 0, '02c393ef-2643-53df-850d-c29113aa66d6'),
  ('fd3bb5d0-8d56-5c40-9b12-a45b4f130612', 0, '02c393ef-2643-53df-850d-c29113aa66d6'),
  ('f6e8a36b-ea89-5065-8fd4-c53a15fc6a99', 0, '02c393ef-2643-53df-850d-c29113aa66d6'),
  ('71610a83-d220-5f03-aa0b-258c914e2def', 0, '02c393ef-2643-53df-850d-c29113aa66d6'),
  ('e1116fc1-b067-5827-b667-cafd00448f41', 0, '8c922d9d-7244-5802-aaa7-1eb1c8ae90b6'),
  ('56e17eca-8122-58ca-b250-e3e9406c98d9', 0, 'f59ff9c7-1684-546b-9924-74ac60663e7a');
