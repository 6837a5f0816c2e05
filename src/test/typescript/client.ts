// A frontend's view of the API, type-checked against types generated from openapi.yaml.
// If the document changes in a way that breaks this code, ./mvnw verify fails.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api";

type PostSummary = components["schemas"]["PostSummary"];
type Problem = components["schemas"]["Problem"];

// The second type argument picks the answers' media types: the full shapes and errors. Without it, every
// read's data would also allow the shape `fields` cuts down (application/vnd.engblog.fields+json).
type Full = "application/json" | "application/problem+json";
const api = createClient<paths, Full>({ baseUrl: "http://localhost:8080" });
// A client for cut-down answers: each item has its id, any other property may be absent.
const cut = createClient<paths, "application/vnd.engblog.fields+json" | "application/problem+json">({ baseUrl: "http://localhost:8080" });

export async function titlesAndDates(): Promise<Array<{ id: string; title: string; publishedAt: string | null }>> {
  const { data } = await cut.GET("/api/v1/posts", { params: { query: { fields: "title,publishedAt", size: 100 } } });
  return (data?.data ?? []).map((p) => ({ id: p.id, title: p.title ?? "", publishedAt: p.publishedAt ?? null }));
}

export async function latestInCategory(category: string, tags: string[]): Promise<PostSummary[]> {
  const { data, error } = await api.GET("/api/v1/posts", {
    params: { query: { category, tag: tags, size: 10, sort: "-publishedAt" } },
  });
  if (error) {
    const problem: Problem = error;
    throw new Error(`${problem.status} ${problem.title}: ${problem.detail}`);
  }
  return data.data ?? [];
}

export async function byline(slug: string): Promise<string | undefined> {
  const { data } = await api.GET("/api/v1/posts/slug/{slug}", { params: { path: { slug } } });
  return data?.authors?.[0]?.name;
}

export async function rename(token: string, id: string, etag: string, title: string) {
  return api.PATCH("/api/v1/posts/{id}", {
    params: { path: { id }, header: { "If-Match": etag } },
    body: { title },
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/merge-patch+json" },
  });
}
