--liquibase formatted sql

--changeset cms:046-insert-demo-settings context:demo
-- Dev-mode demo: the site header of the first seed page (title, tagline, description) and the navigation
-- the seed pages share; the byline details the seed pages show ("KH / KEHEM Team / Engineering").
insert into site_settings (id, title, description, accent_color, language, timezone, navigation, secondary_navigation,
                           social_accounts, newsletter_name, newsletter_sender, updated_at)
values (1, 'Engineering Insights',
        'Ideas from the build. Deep dives on Django, Vue, SaaS architecture, and the craft of building products that scale.',
        '#2563eb', 'en', 'UTC',
        '[{"label": "Blog", "url": "/"}, {"label": "Engineering", "url": "/categories/architecture"}, {"label": "DevOps", "url": "/categories/devops"}, {"label": "AI & ML", "url": "/categories/ai-ml"}]',
        '[{"label": "RSS", "url": "/api/v1/feeds/posts.rss"}, {"label": "Sitemap", "url": "/api/v1/sitemap.xml"}]',
        '[{"network": "github", "url": "https://github.com/engblog"}]',
        'Engineering Insights', 'newsletter@engblog.dev', '2024-12-01T00:00:00Z')
on conflict (id) do nothing;

update author set initials = 'KH', title = 'Engineering' where slug = 'kehem-team';
update author set title = 'Engineering & Strategy' where slug = 'engineering-floor-team';
update author set title = 'Backend & Infrastructure' where slug = 'backend-guild';
update author set title = 'Engineering Blog', location = 'Remote' where slug = 'citizenapp-engineering';
update author set title = 'Backend Engineer' where slug = 'dennis-atonya';
