// Calls tRPC procedures over HTTP as the signed-in user of a Playwright request context, the way
// the app's own client does (superjson envelope): for specs that seed data faster than a form could.
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

async function resultOf<T>(path: string, response: APIResponse): Promise<T> {
  const body = await response.json();
  expect(response.ok(), `${path}: ${JSON.stringify(body.error?.json?.message ?? body)}`).toBe(true);
  return body.result.data.json as T;
}

export async function query<T = unknown>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  return resultOf<T>(path, await request.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`));
}

export async function mutate<T = unknown>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  return resultOf<T>(path, await request.post(`/api/trpc/${path}`, { data: { json: input } }));
}

export type Outcome<T> = { ok: true; data: T } | { ok: false; status: number; code: string; message: string };

/** A mutation's outcome, success or refusal, for specs that expect some calls to be refused. */
export async function attempt<T = unknown>(request: APIRequestContext, path: string, input: unknown): Promise<Outcome<T>> {
  const response = await request.post(`/api/trpc/${path}`, { data: { json: input } });
  const body = await response.json();
  if (response.ok()) return { ok: true, data: body.result.data.json as T };
  return { ok: false, status: response.status(), code: body.error.json.data.code, message: body.error.json.message };
}
