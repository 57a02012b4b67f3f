// The JSON API of news-search serve (docs/http-api.md).

/** An answer of the API that is not a success: its kind and message, as the server gave them. */
export class ApiError extends Error {
  constructor(status, kind, message) {
    super(message);
    this.status = status;
    this.kind = kind;
  }
}

/** GET `path` and its JSON; throws ApiError on an error answer (or none). */
export async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(path, { signal, headers: { Accept: "application/json" } });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, "unreachable", "The server cannot be reached.");
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok || body === null) {
    const detail = body?.error;
    throw new ApiError(
      response.status,
      typeof detail?.kind === "string" ? detail.kind : "failure",
      typeof detail?.message === "string" ? detail.message : `The server answered ${response.status}.`,
    );
  }
  return body;
}

/** The search of those URL parameters (the same JSON as `news-search --format json`). */
export function search(params, signal) {
  return getJson(`/api/search?${params}`, signal);
}

/** One whole article and its story copies. */
export function article(id, signal) {
  return getJson(`/api/articles/${encodeURIComponent(id)}`, signal);
}

/** The articles most like one. */
export function similar(id, limit, signal) {
  return getJson(`/api/articles/${encodeURIComponent(id)}/similar?limit=${limit}`, signal);
}

/** What the index holds. */
export function stats(signal) {
  return getJson("/api/stats", signal);
}
