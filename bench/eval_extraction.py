#!/usr/bin/env python3
"""How well news-index reads saved web pages: the body, title, byline and date
it finds on each page of ../shared/corpora/readability-pages (Mozilla
Readability's test pages), scored against the article and metadata expected
there.

Each page is read by the real `news-index inspect --format jsonl --no-entities`
(one process a page, its CPU time taken). The body is scored as a bag of word tokens
(lowercased runs of letters and digits) against the text of `expected.html`:
precision, recall and F1 per page, then micro (all pages' tokens pooled) and
macro (the mean of the pages' figures) averages. From `expected-metadata.json`:
the title agrees when both are equal after normalisation (case, accents,
quotes, punctuation and spaces), also when the expected one has a site name
more after a separator; the byline when the name found, a leading "by"
dropped, is the expected byline or in it (scored on the pages that have one);
the date when it is the same second, or the same day when one side gives
only a day (scored on the pages whose publishedTime is known). Time per page is the process's CPU time (user
and system) less that of the same command on a tiny page (the program's start).

Usage: eval_extraction.py [--news-index EXE] [--corpus DIR] [--worst N]
                          [--min-f1 F] [--json]
--min-f1 exits 1 when the micro body F1 is below F (the test suite's floor).
Exits 77 when the corpus is absent.
"""
import argparse
import collections
import datetime
import html.parser
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = Path(os.environ.get("NEWS_CORPORA_DIR", ROOT.parent / "shared" / "corpora"))
SKIP = 77

TOKEN = re.compile(r"\w+", re.UNICODE)


class TextOf(html.parser.HTMLParser):
    """The text of an HTML document, script and style left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.hidden += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.hidden:
            self.hidden -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_text(markup):
    parser = TextOf()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def tokens(text):
    return collections.Counter(TOKEN.findall(fold(text).replace("_", " ")))


def norm(text):
    return " ".join(TOKEN.findall(fold(text).replace("_", " ")))


SEPARATORS = re.compile(r"\s+[|\-\u2013\u2014\u00b7/\u00bb:_]+\s+|_")


def titles_agree(found, expected):
    """Equal, or equal to the expected title without its first or last part
    (a site name after a separator: "Story - Site", "Site | Story")."""
    found = norm(found)
    if not found:
        return False
    parts = SEPARATORS.split(expected)
    candidates = {expected}
    if len(parts) > 1:
        candidates |= {" ".join(parts[:-1]), " ".join(parts[1:])}
    return any(found == norm(c) for c in candidates)


def bylines_agree(found, expected):
    """Equal without a leading "by", or the name is in the expected byline
    (Readability's bylines carry dates and roles: "By Nathan Willis March 25, 2015")."""
    f, e = norm(found).split(), norm(expected).split()
    if f[:1] in (["by"], ["par"]):
        f = f[1:]
    if not f:
        return False
    return any(e[i:i + len(f)] == f for i in range(len(e) - len(f) + 1))


def prf(overlap, found, expected):
    p = overlap / found if found else (1.0 if not expected else 0.0)
    r = overlap / expected if expected else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def parse_instant(text):
    """(aware datetime, whether it has a time of day) or None."""
    if not text:
        return None
    text = text.strip().replace("Z", "+00:00")
    for candidate in (text, text[:10]):
        try:
            moment = datetime.datetime.fromisoformat(candidate)
        except ValueError:
            continue
        has_time = len(candidate) > 10
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=datetime.timezone.utc)
        return moment, has_time
    return None


def dates_agree(found, expected):
    f, e = parse_instant(found), parse_instant(expected)
    if f is None or e is None:
        return False
    if f[0].replace(microsecond=0) == e[0].replace(microsecond=0):
        return True
    # A day without a time of day (ours is then midnight UTC): the same day as written.
    day_only = (not f[1]) or (not e[1]) or f[0].astimezone(datetime.timezone.utc).time() == datetime.time(0)
    return day_only and f[0].date() == e[0].date()


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_inspect(exe, page):
    """The article read, the CPU time taken (user and system: a busy machine
    stretches wall time, not this) and the messages."""
    start = cpu_of_children()
    run = subprocess.run([str(exe), "inspect", "--format", "jsonl", "--no-entities", str(page)],
                         capture_output=True, text=True)
    elapsed = cpu_of_children() - start
    articles = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    return (articles[0] if articles else None), elapsed, run.stderr.strip()


def startup_seconds(exe):
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "empty.html"
        page.write_text("<html><body><p>x</p></body></html>")
        return min(run_inspect(exe, page)[1] for _ in range(5))


def score_page(folder, article):
    expected_tokens = tokens(html_text((folder / "expected.html").read_text(encoding="utf-8")))
    meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
    article = article or {}
    found_tokens = tokens(article.get("body") or "")
    overlap = sum((found_tokens & expected_tokens).values())
    row = {
        "page": folder.name,
        "overlap": overlap,
        "found": sum(found_tokens.values()),
        "expected": sum(expected_tokens.values()),
    }
    row["p"], row["r"], row["f1"] = prf(overlap, row["found"], row["expected"])
    if meta.get("title"):
        row["title"] = titles_agree(article.get("title"), meta["title"])
    if meta.get("byline"):
        row["byline"] = bylines_agree(article.get("author"), meta["byline"])
    elif article.get("author"):
        row["byline_extra"] = True
    if meta.get("publishedTime"):
        row["date"] = dates_agree(article.get("date"), meta["publishedTime"])
    row["want"] = {k: meta.get(k) for k in ("title", "byline", "publishedTime")}
    row["got"] = {k: article.get(k) for k in ("title", "author", "date")}
    return row


def agreement(rows, key):
    scored = [row[key] for row in rows if key in row]
    return sum(scored), len(scored)


def summary(rows, seconds, startup):
    overlap = sum(r["overlap"] for r in rows)
    found = sum(r["found"] for r in rows)
    expected = sum(r["expected"] for r in rows)
    micro = prf(overlap, found, expected)
    macro = tuple(statistics.mean(r[k] for r in rows) for k in ("p", "r", "f1"))
    net = [max(0.0, s - startup) * 1000 for s in seconds]
    return {
        "pages": len(rows),
        "micro": dict(zip(("p", "r", "f1"), micro)),
        "macro": dict(zip(("p", "r", "f1"), macro)),
        "title": agreement(rows, "title"),
        "byline": agreement(rows, "byline"),
        "byline_extra": sum(1 for r in rows if r.get("byline_extra")),
        "date": agreement(rows, "date"),
        "ms_per_page": {"median": statistics.median(net), "mean": statistics.mean(net),
                        "max": max(net)},
        "startup_ms": startup * 1000,
    }


def print_summary(s):
    def share(pair):
        return f"{pair[0]}/{pair[1]} ({pair[0] / pair[1]:.3f})" if pair[1] else "-"
    print(f"pages: {s['pages']}")
    for kind in ("micro", "macro"):
        m = s[kind]
        print(f"body {kind}: precision {m['p']:.3f}  recall {m['r']:.3f}  F1 {m['f1']:.3f}")
    print(f"title agreement: {share(s['title'])}")
    print(f"byline agreement: {share(s['byline'])}  (a byline where none is expected: {s['byline_extra']})")
    print(f"date agreement: {share(s['date'])}  (pages with publishedTime)")
    t = s["ms_per_page"]
    print(f"ms per page (start-up of {s['startup_ms']:.1f} ms taken off): "
          f"median {t['median']:.2f}  mean {t['mean']:.2f}  max {t['max']:.2f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news-index", type=Path, default=ROOT / "build" / "release" / "indexer" / "news-index")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPORA / "readability-pages")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages of lowest body F1")
    parser.add_argument("--misses", action="store_true", help="list the title, byline and date disagreements")
    parser.add_argument("--min-f1", type=float, help="exit 1 when the micro body F1 is below this")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"eval-extraction: skipped: {args.corpus} is absent (set NEWS_CORPORA_DIR)", file=sys.stderr)
        return SKIP
    if not os.access(args.news_index, os.X_OK):
        print(f"eval-extraction: {args.news_index} is not an executable", file=sys.stderr)
        return 2
    pages = sorted(p for p in args.corpus.iterdir() if (p / "source.html").is_file())
    startup = startup_seconds(args.news_index)
    rows, seconds = [], []
    for folder in pages:
        article, elapsed, _ = run_inspect(args.news_index, folder / "source.html")
        rows.append(score_page(folder, article))
        seconds.append(elapsed)
    result = summary(rows, seconds, startup)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print_summary(result)
    if args.worst:
        print(f"\nlowest body F1:")
        for row in sorted(rows, key=lambda r: r["f1"])[:args.worst]:
            print(f"  {row['f1']:.3f}  P {row['p']:.3f}  R {row['r']:.3f}  {row['page']}")
    if args.misses:
        for key, field in (("title", "title"), ("byline", "byline"), ("date", "publishedTime")):
            print(f"\n{key} disagreements:")
            got_key = {"title": "title", "byline": "author", "date": "date"}[key]
            for row in rows:
                if row.get(key) is False:
                    print(f"  {row['page']}: want {row['want'][field]!r} got {row['got'][got_key]!r}")
    if args.min_f1 is not None and result["micro"]["f1"] < args.min_f1:
        print(f"eval-extraction: micro body F1 {result['micro']['f1']:.3f} is below {args.min_f1}",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
