// A frontend's first steps against the running app, with the types generated from openapi.yaml and
// strictNullChecks: list posts, read one by slug, sign in, create a post. Run by TypeScriptClientTest
// (node build/smoke.js <baseUrl> <email> <password>); any answer unlike the document's fails it.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api";

// Node's two globals used here, declared instead of depending on @types/node.
declare const process: { argv: string[]; exit(code: number): never };

type PostSummary = components["schemas"]["PostSummary"];
type PostResponse = components["schemas"]["PostResponse"];

const [baseUrl, email, password] = process.argv.slice(2);
if (!baseUrl || !email || !password) {
  throw new Error("usage: node build/smoke.js <baseUrl> <email> <password>");
}
const api = createClient<paths, "application/json" | "application/problem+json">({ baseUrl });
const cut = createClient<paths, "application/vnd.engblog.fields+json" | "application/problem+json">({ baseUrl });

function check(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new Error(message);
  }
}

// Nullable fields are `string | null` under strictNullChecks: a frontend has to decide what null shows.
function cover(post: PostSummary): string {
  return post.coverImageUrl ?? "(no cover)";
}

async function main(): Promise<void> {
  const list = await api.GET("/api/v1/posts", { params: { query: { size: 5, sort: "-publishedAt" } } });
  check(list.response.status === 200 && list.data !== undefined, `list: ${list.response.status}`);
  const first: PostSummary | undefined = list.data.data[0];
  check(first !== undefined, "list: no post");
  check(list.data.meta.nextCursor === null || typeof list.data.meta.nextCursor === "string", "list: nextCursor");
  check(list.data.links.prev === null, "list: page 1 has no prev");
  console.log(`listed ${list.data.data.length} of ${list.data.meta.totalItems}; first "${first.title}", cover ${cover(first)}`);

  const read = await api.GET("/api/v1/posts/slug/{slug}", { params: { path: { slug: first.slug } } });
  check(read.response.status === 200 && read.data !== undefined, `read by slug: ${read.response.status}`);
  const post: PostResponse = read.data;
  check(post.id === first.id && post.bodyHtml.length > 0, "read by slug: another post or no body");
  const etag = read.response.headers.get("ETag");
  check(etag !== null, "read by slug: no ETag");
  const again = await api.GET("/api/v1/posts/slug/{slug}", {
    params: { path: { slug: first.slug }, header: { "If-None-Match": etag } },
  });
  check(again.response.status === 304, `conditional read: ${again.response.status}`);
  console.log(`read "${post.title}" by ${post.authors[0]?.name ?? "nobody"} in ${post.category?.name ?? "no category"}`);

  const titles = await cut.GET("/api/v1/posts", { params: { query: { size: 5, fields: "title,publishedAt" } } });
  check(titles.response.status === 200 && titles.data !== undefined, `fields: ${titles.response.status}`);
  check(titles.response.headers.get("Content-Type")?.startsWith("application/vnd.engblog.fields+json") === true, "fields: media type");
  const keys = Object.keys(titles.data.data[0] ?? {}).sort().join(",");
  check(keys === "id,publishedAt,title" && titles.data.data[0]?.id === first.id, `fields: item has ${keys}`);
  console.log(`cut down to ${keys}: "${titles.data.data[0]?.title ?? ""}"`);

  const login = await api.POST("/api/v1/auth/token", { body: { email, password } });
  check(login.response.status === 200 && login.data !== undefined, `login: ${login.response.status}`);
  const token = login.data.accessToken;
  check(login.data.tokenType === "Bearer" && login.data.expiresIn > 0, "login: token shape");
  const denied = await api.POST("/api/v1/auth/token", { body: { email, password: "not-the-password-at-all" } });
  check(denied.response.status === 401 && denied.error?.status === 401, `wrong password: ${denied.response.status}`);

  const created = await api.POST("/api/v1/posts", {
    body: { title: "Written from TypeScript", bodyMarkdown: "Typed **end to end**.", coverImageUrl: null },
    headers: { Authorization: `Bearer ${token}` },
  });
  check(created.response.status === 201 && created.data !== undefined, `create: ${created.response.status}`);
  const location = created.response.headers.get("Location");
  check(location !== null && location.endsWith(`/api/v1/posts/${created.data.id}`), `create: Location ${location}`);
  check(created.data.status === "DRAFT" && created.data.publishedAt === null, "create: a draft has no publishedAt");
  check(created.data.bodyHtml === "<p>Typed <strong>end to end</strong>.</p>\n", `create: html ${created.data.bodyHtml}`);
  console.log(`created draft ${created.data.slug} (${created.data.id}), version ${created.data.version}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
