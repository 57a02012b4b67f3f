// The article view: the whole text, its entities as links that search for
// them, its story's other copies and the articles most like it.

import * as api from "./api.js";
import { el, fill, highlighted, languageName, outsideLink } from "./dom.js";
import { articleLink, metaLine } from "./results.js";
import { changed, filterFor, urlFor } from "./state.js";

const kEntityKinds = [
  ["person", "People"],
  ["org", "Organisations"],
  ["place", "Places"],
];
const kSimilarCount = 5;

function $(id) {
  return document.getElementById(id);
}

function drawEntities(state, entities) {
  const lists = [];
  for (const [kind, heading] of kEntityKinds) {
    const names = entities?.[kind] ?? [];
    if (names.length === 0) continue;
    const links = names.map((name) =>
      el("li", {}, el("a", { href: urlFor(changed(state, { q: filterFor(kind, name) })) }, name)),
    );
    lists.push(el("h4", {}, heading), el("ul", { class: "entity-list" }, links));
  }
  fill($("entity-lists"), lists);
  $("article-entities").hidden = lists.length === 0;
}

function drawDetails(article) {
  const rows = [
    ["Id", article.id],
    ["Date from", article.date_source],
    ["Dateline", article.dateline],
    ["Language", article.language && languageName(article.language)],
    ["File", article.path],
    ["Record", article.record],
  ].filter(([, value]) => value !== null && value !== undefined && value !== "");
  fill(
    $("article-details"),
    rows.flatMap(([name, value]) => [el("dt", {}, name), el("dd", {}, String(value))]),
  );
}

function drawLink(url) {
  const link = outsideLink(url);
  if (link) fill($("article-link"), "Published at ", link);
  else if (url) fill($("article-link"), "Address (not a web link): ", el("code", {}, url));
  else fill($("article-link"));
}

/** Shows the article of `state.article`; throws ApiError when it cannot be had. */
export async function showArticle(state, terms, signal) {
  const [view, alike] = await Promise.all([
    api.article(state.article, signal),
    api.similar(state.article, kSimilarCount, signal).catch((error) => {
      if (error.name === "AbortError") throw error;
      return { hits: [], failed: error };
    }),
  ]);
  const article = view.article;
  fill($("article-title"), article.title || "(untitled)");
  fill($("article-meta"), metaLine(article));
  drawLink(article.url);
  const paragraphs = (article.body ?? "").split("\n").filter((line) => line.trim() !== "");
  fill(
    $("article-body"),
    paragraphs.map((paragraph) => el("p", {}, highlighted(paragraph, terms))),
  );
  drawEntities(state, article.entities);

  const copies = (view.copies ?? []).filter((copy) => copy.id !== article.id);
  fill(
    $("copies"),
    copies.map((copy) =>
      el("li", {}, articleLink(state, copy.id, copy.title), " ", el("span", { class: "meta" }, metaLine(copy))),
    ),
  );
  $("article-copies").hidden = copies.length === 0;

  const shown = new Set([article.id, ...copies.map((copy) => copy.id)]);
  const hits = (alike.hits ?? []).filter((hit) => !shown.has(hit.id));
  fill(
    $("similar"),
    alike.failed
      ? el("li", { class: "error" }, `Similar articles could not be found: ${alike.failed.message}`)
      : hits.length === 0
        ? el("li", {}, "None in the index.")
        : hits.map((hit) =>
            el("li", {}, articleLink(state, hit.id, hit.title), " ", el("span", { class: "meta" }, metaLine(hit))),
          ),
  );
  drawDetails(article);
  $("back").setAttribute("href", urlFor({ ...state, article: "" }));
  return article;
}
