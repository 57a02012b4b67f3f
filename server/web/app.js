// The page of news-search serve: reads its state from the URL, asks the API
// and shows the results, the histogram, the facets or an article. Links
// inside the page change the URL with history.pushState, so Back works.

import * as api from "./api.js";
import { showArticle } from "./article.js";
import { el, fill, plural, queryTerms } from "./dom.js";
import { drawHistogram, periodDates, periodForDays, periodForHistogram, periodSpan } from "./histogram.js";
import { drawFacets, drawHits, drawPages, statusText } from "./results.js";
import { changed, searchParams, searches, stateFrom, urlFor } from "./state.js";

const $ = (id) => document.getElementById(id);
const kViews = ["results-view", "article-view", "welcome"];
let running = null; // the AbortController of the requests of the view being drawn
let indexStats = null; // /api/stats, asked once

function show(view) {
  for (const id of kViews) $(id).hidden = id !== view;
}

function setStatus(text) {
  $("status").textContent = text;
}

function showError(error) {
  const box = $("error");
  if (error.status === 401) {
    fill(box, "This server needs an access token: ", el("a", { href: "/login" }, "log in"), ".");
  } else {
    fill(box, error.message || "Something went wrong.");
  }
  box.hidden = false;
  show(null);
  setStatus("");
}

/** Goes to `state`: a new history entry (or the current one replaced), then draws it. */
function navigate(state, { replace = false } = {}) {
  const url = urlFor(state);
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  draw({ moved: true });
}

function drawForm(state) {
  if (document.activeElement !== $("q")) $("q").value = state.q;
  $("any").checked = state.any;
  $("sort").value = state.sort;
  $("period").value = state.period;
  const hasDates = state.since || state.until;
  if (!hasDates) {
    fill($("dates"));
    return;
  }
  const clear = el("button", { type: "button", class: "clear-dates" }, "all dates");
  clear.onclick = () => navigate(changed(state, { since: "", until: "" }));
  const range = `${state.since || "the first"} to ${state.until || "the last"}`;
  fill($("dates"), `Dates: ${range} `, clear);
}

async function statsOnce(signal) {
  if (!indexStats) indexStats = await api.stats(signal);
  return indexStats;
}

// The period a search's histogram is first asked in: from its dates, or the
// index's; the bars' own span may then refine it.
async function firstPeriod(state, signal) {
  if (state.period !== "auto") return state.period;
  let since = periodSpan(state.since)?.start;
  let until = periodSpan(state.until)?.end;
  if (since === undefined || until === undefined) {
    const stats = await statsOnce(signal).catch(() => null);
    since ??= Date.parse(stats?.first_date ?? "");
    until ??= Date.parse(stats?.last_date ?? "");
  }
  const days = (until - since) / 86400000;
  return Number.isFinite(days) && days >= 0 ? periodForDays(days) : "month";
}

function drawHistogramOf(state, histogram, undated, period) {
  const figure = $("histogram");
  figure.hidden = !Array.isArray(histogram) || (histogram.length < 2 && !undated);
  if (figure.hidden) return;
  $("histogram-title").textContent = `Matches by ${period}`;
  drawHistogram($("bars"), $("bar-axis"), histogram, (first, last) =>
    navigate(
      changed(state, { since: periodDates(first).since, until: periodDates(last).until }),
    ),
  );
  $("undated").textContent = undated ? `${plural(undated, "match", "matches")} without a date.` : "";
}

async function drawSearch(state, signal) {
  const terms = queryTerms(state.q);
  const period = await firstPeriod(state, signal);
  setStatus("Searching…");
  const results = await api.search(searchParams(state, period), signal);
  show("results-view");
  setStatus(statusText(results));
  const suggestion = $("did-you-mean");
  suggestion.hidden = !results.did_you_mean;
  if (results.did_you_mean)
    fill(suggestion, "Did you mean ", el("a", { href: urlFor(changed(state, { q: results.did_you_mean })) }, results.did_you_mean), "?");
  drawHits($("hits"), state, results, terms);
  drawFacets($("facets"), state, results.facets, navigate, results.related);
  drawPages($("pages"), state, results.total);
  drawHistogramOf(state, results.histogram, results.undated, period);

  const better = state.period === "auto" ? periodForHistogram(results.histogram) : null;
  if (better && better !== period) {
    const params = searchParams({ ...state, page: 1 }, better);
    params.set("limit", "1");
    params.delete("facets");
    params.delete("related");
    const refined = await api.search(params, signal);
    drawHistogramOf(state, refined.histogram, refined.undated, better);
  }
}

async function drawWelcome(signal) {
  show("welcome");
  setStatus("");
  const stats = await statsOnce(signal);
  const range =
    stats.first_date && stats.last_date ? `, from ${stats.first_date.slice(0, 10)} to ${stats.last_date.slice(0, 10)}` : "";
  $("stats").textContent = `The index holds ${plural(stats.articles ?? 0, "article")}${range}.`;
}

async function draw({ moved = false } = {}) {
  const state = stateFrom(location.search);
  running?.abort();
  running = new AbortController();
  const { signal } = running;
  drawForm(state);
  $("error").hidden = true;
  document.title = state.q ? `${state.q} · News search` : "News search";
  $("main").setAttribute("aria-busy", "true");
  try {
    if (state.article) {
      setStatus("Loading the article…");
      const article = await showArticle(state, queryTerms(state.q), signal);
      show("article-view");
      setStatus("");
      document.title = `${article.title || "(untitled)"} · News search`;
      if (moved) $("article-title").focus();
    } else if (searches(state)) {
      await drawSearch(state, signal);
    } else {
      await drawWelcome(signal);
    }
    if (moved) window.scrollTo(0, 0);
  } catch (error) {
    if (error.name === "AbortError") return;
    showError(error);
  } finally {
    if (!signal.aborted) $("main").setAttribute("aria-busy", "false");
  }
}

// Links to the page itself are followed without reloading it.
function followsInside(event, link) {
  if (!link || event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (link.target || link.hasAttribute("download")) return false;
  const url = new URL(link.href, location.href);
  return url.origin === location.origin && url.pathname === "/";
}

function start() {
  $("article-title").tabIndex = -1;
  document.addEventListener("click", (event) => {
    const link = event.target.closest?.("a[href]");
    if (!followsInside(event, link)) return;
    event.preventDefault();
    history.pushState(null, "", link.href);
    draw({ moved: true });
  });
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    navigate(changed(stateFrom(location.search), { q: $("q").value.trim() }));
  });
  $("any").addEventListener("change", () => navigate(changed(stateFrom(location.search), { any: $("any").checked })));
  $("sort").addEventListener("change", () => navigate(changed(stateFrom(location.search), { sort: $("sort").value })));
  $("period").addEventListener("change", () =>
    navigate({ ...stateFrom(location.search), article: "", period: $("period").value }),
  );
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target.closest?.("input, textarea, select, [contenteditable]")) return;
    event.preventDefault();
    $("q").focus();
    $("q").select();
  });
  window.addEventListener("popstate", () => draw());
  draw();
}

start();
