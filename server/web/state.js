// The whole state of the page lives in its URL (`/?q=...&since=...`), so a
// link can be shared and Back goes where it should.

export const kPageSize = 10;
const kSorts = ["relevance", "newest", "oldest"];
const kPeriods = ["auto", "day", "week", "month", "year"];

/** The state a URL's query string holds. */
export function stateFrom(search) {
  const params = new URLSearchParams(search);
  const text = (name) => (params.get(name) ?? "").trim();
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    q: params.get("q") ?? "",
    any: params.get("any") === "1",
    since: text("since"),
    until: text("until"),
    sort: kSorts.includes(params.get("sort")) ? params.get("sort") : "relevance",
    period: kPeriods.includes(params.get("period")) ? params.get("period") : "auto",
    page: Number.isFinite(page) && page > 0 ? page : 1,
    article: params.get("article") ?? "",
  };
}

/** The page's own URL for a state: only what differs from the defaults. */
export function urlFor(state) {
  const params = new URLSearchParams();
  if (state.article) params.set("article", state.article);
  if (state.q) params.set("q", state.q);
  if (state.any) params.set("any", "1");
  if (state.since) params.set("since", state.since);
  if (state.until) params.set("until", state.until);
  if (state.sort && state.sort !== "relevance") params.set("sort", state.sort);
  if (state.period && state.period !== "auto") params.set("period", state.period);
  if (state.page > 1) params.set("page", String(state.page));
  const query = params.toString();
  return query ? `/?${query}` : "/";
}

/** The state with `changes` applied; a new search starts at page 1 and leaves the article view. */
export function changed(state, changes) {
  return { ...state, page: 1, article: "", ...changes };
}

/** Whether the state asks for a search at all. */
export function searches(state) {
  return state.q.trim() !== "" || state.since !== "" || state.until !== "";
}

/** The API parameters of the search a state shows. */
export function searchParams(state, period) {
  const params = new URLSearchParams();
  params.set("q", state.q);
  if (state.any) params.set("any", "1");
  if (state.since) params.set("since", state.since);
  if (state.until) params.set("until", state.until);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  params.set("limit", String(kPageSize));
  params.set("offset", String((state.page - 1) * kPageSize));
  params.set("facets", "1");
  params.set("related", "1");
  if (period) params.set("histogram", period);
  return params;
}

// A facet is a filter in the query: `person:"Vladimir Putin"`. A name cannot
// hold a double quote inside the phrase, so quotes become spaces. A language
// is a code (`lang:fr`), written as the CLI's users write it.
const kFacetFields = { person: "person", org: "org", place: "place", source: "source", lang: "lang" };

/** The query filter of a facet's value. */
export function filterFor(kind, name) {
  if (kind === "lang") return `lang:${name.replace(/[^A-Za-z0-9_-]/g, "")}`;
  return `${kFacetFields[kind]}:"${name.replaceAll('"', " ").trim()}"`;
}

/** Whether the query has that filter. */
export function hasFilter(query, filter) {
  return filterAt(query, filter) >= 0;
}

function filterAt(query, filter) {
  const lower = query.toLowerCase();
  const wanted = filter.toLowerCase();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    const before = at === 0 ? " " : lower[at - 1];
    const after = at + wanted.length >= lower.length ? " " : lower[at + wanted.length];
    if (/[\s(]/.test(before) && /[\s)]/.test(after)) return at;
  }
  return -1;
}

/** The query with the filter added, or taken out when it has it. */
export function toggledFilter(query, filter) {
  const at = filterAt(query, filter);
  if (at < 0) return query.trim() === "" ? filter : `${query.trim()} ${filter}`;
  return (query.slice(0, at) + query.slice(at + filter.length)).replace(/\s+/g, " ").trim();
}
