// Ghost's Content API client (@tryghost/content-api), unchanged, against this CMS.
// Usage: node ghost-client.cjs <base url> <content key> <post id> <post slug>
// GhostClientTest seeds the data: tags kubernetes (4 public posts) and docker (3), authors ada (4) and
// bob (1), a category devops on the newest post, a draft carrying both tags.
const GhostContentAPI = require('@tryghost/content-api');
const assert = require('node:assert/strict');

const [url, key, postId, postSlug] = process.argv.slice(2);
const api = new GhostContentAPI({url, key, version: 'v5.0'});

async function main() {
    // Browse with include, filter (both tags), limit, page and order.
    const page1 = await api.posts.browse({
        include: 'tags,authors', filter: 'tag:kubernetes+tag:docker', limit: 2, page: 1, order: 'published_at desc'
    });
    assert.equal(page1.length, 2);
    assert.deepEqual(page1.meta.pagination, {page: 1, limit: 2, pages: 2, total: 3, next: 2, prev: null});
    assert.deepEqual(page1.map(p => p.title), ['Both tags, newest', 'Both tags, middle']);
    assert.equal(page1[0].primary_tag.slug, 'devops');
    assert.deepEqual(page1[0].tags.map(t => t.slug), ['devops', 'docker', 'kubernetes']);
    assert.equal(page1[0].primary_author.slug, 'ada');
    assert.match(page1[0].published_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
    assert.match(page1[0].html, /<p>/);
    const page2 = await api.posts.browse({filter: 'tag:kubernetes+tag:docker', limit: 2, page: 2, order: 'published_at desc'});
    assert.deepEqual(page2.map(p => p.title), ['Both tags, oldest']);
    assert.equal(page2.meta.pagination.prev, 1);
    assert.equal(page2[0].tags, undefined, 'no relations unless included');
    const oldestFirst = await api.posts.browse({limit: 'all', order: 'published_at asc', fields: 'title,slug'});
    assert.equal(oldestFirst.length, 4, 'the draft stays hidden');
    assert.deepEqual(Object.keys(oldestFirst[0]).sort(), ['slug', 'title']);
    console.log('browsed posts: ' + page1.meta.pagination.total + ' with both tags');

    // Read by id and by slug (the client also sends slug= as a query parameter).
    const byId = await api.posts.read({id: postId}, {include: 'tags,authors'});
    assert.equal(byId.id, postId);
    assert.equal(byId.primary_author.slug, 'ada');
    const bySlug = await api.posts.read({slug: postSlug}, {formats: 'plaintext'});
    assert.equal(bySlug.id, postId);
    assert.equal(typeof bySlug.plaintext, 'string');
    console.log('read post ' + bySlug.slug);

    // Authors and tags with post counts (public posts only, each counted once).
    const authors = await api.authors.browse({include: 'count.posts', order: 'count.posts desc'});
    assert.deepEqual(authors.map(a => [a.slug, a.count.posts]), [['ada', 4], ['bob', 1]]);
    const tags = await api.tags.browse({include: 'count.posts', filter: 'slug:[kubernetes,docker]', order: 'name asc'});
    assert.deepEqual(tags.map(t => [t.slug, t.count.posts]), [['docker', 3], ['kubernetes', 4]]);
    const tag = await api.tags.read({slug: 'kubernetes'});
    assert.equal(tag.name, 'Kubernetes');
    const author = await api.authors.read({slug: 'bob'});
    assert.equal(author.name, 'Bob');
    console.log('counted authors and tags');

    // Settings are one object.
    const settings = await api.settings.browse();
    assert.equal(settings.title, 'Engineering Blog');
    console.log('settings of ' + settings.title);

    // Errors arrive as Ghost's: the client throws an Error named after the type.
    await assert.rejects(api.posts.read({slug: 'no-such-post'}), err => err.name === 'NotFoundError' && err.response.status === 404);
    const stranger = new GhostContentAPI({url, key: '0123456789abcdef0123456789', version: 'v5.0'});
    await assert.rejects(stranger.posts.browse(), err => err.name === 'UnauthorizedError');
    await assert.rejects(api.posts.browse({filter: 'colour:red'}), err => err.name === 'BadRequestError');
    console.log('errors as Ghost sends them');

    // An older client on a versioned prefix gets the same answers.
    const v3 = new GhostContentAPI({url, key, version: 'v3'});
    const legacy = await v3.posts.browse({filter: 'tag:kubernetes+tag:docker', limit: 2});
    assert.equal(legacy.meta.pagination.total, 3);
    console.log('ghost client ok');
}

main().catch(err => {
    console.error(err && err.stack ? err.stack : err);
    process.exit(1);
});
