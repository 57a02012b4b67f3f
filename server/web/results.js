// The results of a search: the hits (title, date, source, snippet, `+N
// similar`), the facets and the pages.

import * as api from "./api.js";
import { day, el, fill, highlighted, languageName, outsideLink, plural } from "./dom.js";
import { changed, filterFor, hasFilter, kPageSize, toggledFilter, urlFor } from "./state.js";

/** `2024-05-06 (file date)`, `undated`. */
export function dateText(date, dateSource) {
  if (!date) return "undated";
  return dateSource === "file" ? `${day(date)} (file date)` : day(date);
}

/** The line under a title: date · source (or path) · author. */
export function metaLine(item) {
  const parts = [dateText(item.date, item.date_source)];
  if (item.source) parts.push(item.source);
  else if (item.path) parts.push(item.path);
  if (item.author) parts.push(item.author);
  return parts.join(" · ");
}

/** The page's link to an article, keeping the search it was found by. */
export function articleLink(state, id, text) {
  return el("a", { href: urlFor({ ...state, article: id }) }, text || "(untitled)");
}

function similarToggle(state, hit, list) {
  const button = el(
    "button",
    { type: "button", class: "similar", "aria-expanded": "false" },
    `+${hit.similar} similar`,
  );
  button.onclick = async () => {
    const open = button.getAttribute("aria-expanded") === "true";
    button.setAttribute("aria-expanded", String(!open));
    list.hidden = open;
    if (open || list.childElementCount > 0) return;
    fill(list, el("li", { class: "loading" }, "Loading the other copies…"));
    try {
      const { copies } = await api.article(hit.id);
      const others = (copies ?? []).filter((copy) => copy.id !== hit.id);
      fill(
        list,
        others.length === 0
          ? el("li", {}, "No other copy is in the index any more.")
          : others.map((copy) =>
              el("li", {}, articleLink(state, copy.id, copy.title), " ", el("span", { class: "meta" }, metaLine(copy))),
            ),
      );
    } catch (error) {
      fill(list, el("li", { class: "error" }, `The copies could not be loaded: ${error.message}`));
    }
  };
  return button;
}

function hitItem(state, hit, terms) {
  const item = el(
    "li",
    { class: "hit" },
    el("h3", { class: "hit-title" }, articleLink(state, hit.id, hit.title)),
    el("p", { class: "meta" }, metaLine(hit), " ", outsideLink(hit.url, "source page")),
    el("p", { class: "snippet" }, highlighted(hit.snippet, terms)),
  );
  if (hit.similar > 0) {
    const list = el("ul", { class: "copies linklist", hidden: true });
    item.append(similarToggle(state, hit, list), list);
  }
  return item;
}

/** The hits of a search into `list`. */
export function drawHits(list, state, results, terms) {
  fill(
    list,
    results.hits.map((hit) => hitItem(state, hit, terms)),
  );
  list.setAttribute("start", String(results.offset + 1));
}

const kFacetKinds = [
  ["person", "People"],
  ["org", "Organisations"],
  ["place", "Places"],
  ["source", "Sources"],
  ["lang", "Languages"],
];

const kRelatedKinds = [
  ["person", "Found with: people"],
  ["org", "Found with: organisations"],
  ["place", "Found with: places"],
];

// A name as a button that adds its filter to the query, or takes it out.
function filterButton(state, kind, name, count, navigate, note = "") {
  const filter = filterFor(kind, name);
  const active = hasFilter(state.q, filter);
  const button = el(
    "button",
    { type: "button", class: "facet", "aria-pressed": String(active), title: `${active ? "Remove" : "Add"} ${filter}${note}` },
    el("span", { class: "facet-name" }, kind === "lang" ? languageName(name) : name),
    el("span", { class: "facet-count" }, count.toLocaleString("en")),
  );
  button.dataset.kind = kind;
  button.onclick = () => navigate(changed(state, { q: toggledFilter(state.q, filter) }));
  return el("li", {}, button);
}

/**
 * The facets, then the entities found with the matches more than elsewhere
 * (the API's `related`): each name a button that adds its filter to the query.
 */
export function drawFacets(aside, state, facets, navigate, related = null) {
  const groups = [];
  for (const [kind, heading] of kFacetKinds) {
    const values = facets?.[kind] ?? [];
    if (values.length === 0) continue;
    const buttons = values.map(({ name, count }) => filterButton(state, kind, name, count, navigate));
    groups.push(el("section", { class: "facet-group" }, el("h2", {}, heading), el("ul", {}, buttons)));
  }
  for (const [kind, heading] of kRelatedKinds) {
    const values = related?.[kind] ?? [];
    if (values.length === 0) continue;
    const scope = related.sampled ? `a sample of ${related.counted} of ${related.matches}` : String(related.matches);
    const buttons = values.map(({ name, in_matches, in_archive, score }) =>
      filterButton(state, kind, name, in_matches, navigate,
        ` (in ${in_matches} of ${scope} matches, ${in_archive} of ${related.archive} articles; G² ${score.toFixed(1)})`));
    groups.push(el("section", { class: "facet-group related" }, el("h2", {}, heading), el("ul", {}, buttons)));
  }
  fill(aside, groups);
  aside.hidden = groups.length === 0;
}

/** Links to the pages of results: previous, some numbers, next. */
export function drawPages(nav, state, total) {
  const pages = Math.ceil(total / kPageSize);
  if (pages <= 1) {
    fill(nav);
    return;
  }
  const link = (page, text, label) =>
    page === state.page
      ? el("a", { href: urlFor({ ...state, page }), "aria-current": "page", class: "current" }, text)
      : el("a", { href: urlFor({ ...state, page }), "aria-label": label }, text);
  const shown = new Set([1, pages]);
  for (let page = state.page - 2; page <= state.page + 2; ++page)
    if (page >= 1 && page <= pages) shown.add(page);
  const items = [];
  if (state.page > 1) items.push(link(state.page - 1, "‹ Previous", "Previous page"));
  let previous = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    if (page > previous + 1) items.push(el("span", { class: "gap" }, "…"));
    items.push(link(page, String(page), `Page ${page}`));
    previous = page;
  }
  if (state.page < pages) items.push(link(state.page + 1, "Next ›", "Next page"));
  fill(nav, items);
}

/** "17 articles match · 1–10 shown". */
export function statusText(results) {
  if (results.total === 0) return "No article matches.";
  const first = results.offset + 1;
  const last = results.offset + results.hits.length;
  const count = `${plural(results.total, "article")} ${results.total === 1 ? "matches" : "match"}`;
  return results.hits.length === 0 ? `${count}; none on this page.` : `${count} · ${first}–${last} shown`;
}
