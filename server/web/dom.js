// Building the page from article data, which is hostile: every piece of it is
// set with textContent or setAttribute (never parsed as markup), and only http: and
// https: addresses become links.

/**
 * A new element: `el("a", {class: "x", href: "/?q=a"}, "text", child)`.
 * Attributes go through setAttribute, children are nodes or strings (made
 * text nodes); null and undefined children are left out.
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

/** Appends nodes and strings (as text) to `parent`. */
export function append(parent, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Empties `parent` and fills it with `children`. */
export function fill(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** The address when it is http: or https:, else null (javascript:, data:, relative...). */
export function webAddress(url) {
  if (typeof url !== "string" || url === "") return null;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
}

/** A link out of the page to an article's own address, or null when it is not a web address. */
export function outsideLink(url, text) {
  const href = webAddress(url);
  if (!href) return null;
  return el("a", { href, rel: "noopener noreferrer nofollow", class: "outside" }, text ?? url);
}

// The words of a query worth marking in the text: not operators, not
// excluded words, not the values of date, language or id filters.
const kOperators = new Set(["AND", "OR", "NOT", "NEAR", "XOR"]);
const kUnmarkedFields = new Set(["date", "year", "month", "day", "lang", "id", "path", "url"]);
const kStopwords = new Set(
  "a an and are as at be by for from has he in is it its of on or that the to was were will with".split(" "),
);
const kQueryToken = /([-+]?)(?:([a-z_]+):)?("[^"]*"?|[^\s()]+)/gi;
const kWord = /[\p{L}\p{N}]+/gu;

/** Lower case without accents: how words are compared. */
export function fold(word) {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function stem(word) {
  const stemmed = word.replace(/(?:ing|ed|es|s)$/, "");
  return stemmed.length >= 3 ? stemmed : word;
}

/** What to mark for a query: [{stem, prefix}], prefix true for `word*`. */
export function queryTerms(query) {
  const terms = [];
  let skipNext = false;
  for (const [, sign, field, value] of (query ?? "").matchAll(kQueryToken)) {
    if (kOperators.has(value) && !field) {
      skipNext = value === "NOT";
      continue;
    }
    const skip = skipNext || sign === "-" || kUnmarkedFields.has((field ?? "").toLowerCase());
    skipNext = false;
    if (skip) continue;
    const wildcard = value.endsWith("*");
    for (const [word] of value.matchAll(kWord)) {
      const folded = fold(word);
      if (kStopwords.has(folded) && !value.startsWith('"')) continue;
      terms.push(wildcard ? { stem: folded, prefix: true } : { stem: stem(folded), prefix: false });
    }
  }
  return terms;
}

function marks(word, terms) {
  const folded = fold(word);
  return terms.some(
    (term) =>
      folded.startsWith(term.stem) && (term.prefix || folded.length <= term.stem.length + 4),
  );
}

/**
 * `text` as text nodes, with the words of `terms` in <mark>: built node by
 * node, so nothing in the text is ever read as markup.
 */
export function highlighted(text, terms) {
  const fragment = document.createDocumentFragment();
  if (!text) return fragment;
  if (terms.length === 0) {
    fragment.append(document.createTextNode(text));
    return fragment;
  }
  let last = 0;
  for (const match of text.matchAll(kWord)) {
    if (!marks(match[0], terms)) continue;
    if (match.index > last) fragment.append(document.createTextNode(text.slice(last, match.index)));
    fragment.append(el("mark", {}, match[0]));
    last = match.index + match[0].length;
  }
  if (last < text.length) fragment.append(document.createTextNode(text.slice(last)));
  return fragment;
}

/** `2024-05-06T09:15:00Z` as `2024-05-06`; null stays null. */
export function day(date) {
  return typeof date === "string" ? date.slice(0, 10) : null;
}

/** "1 article", "2 articles". */
export function plural(count, one, many = one + "s") {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

const kLanguageNames = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames(["en"], { type: "language" }) : null;

/** A language code as readers know it, `German (de)`; the code alone where the browser has no name. */
export function languageName(code) {
  try {
    const name = kLanguageNames?.of(code);
    if (name && name !== code) return `${name} (${code})`;
  } catch {
    // not a code the browser reads: shown as it is
  }
  return code;
}
