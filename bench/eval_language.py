#!/usr/bin/env python3
"""Language identification accuracy of news-index on multilingual-dev: whole
articles and single sentences, per language. The articles are read without a
language field (articles.jsonl) and go through `news-index inspect`, as an
indexing run reads them; gold.tsv is read here only, to score. Undetermined
(no language) is counted apart from wrong.

Usage: bench/eval_language.py [NEWS_INDEX]"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("NEWS_CORPORA_DIR", ROOT.parent / "shared" / "corpora")) / "multilingual-dev"
NEWS_INDEX = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "release" / "indexer" / "news-index"
SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*")


def detected(records):
    """The language inspect gives each record, by its position."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "records.jsonl"
        with path.open("w") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        run = subprocess.run([NEWS_INDEX, "inspect", "--format", "jsonl", "--no-entities", path],
                             capture_output=True, text=True, check=True)
    return [json.loads(line).get("language", "") for line in run.stdout.splitlines() if line.strip()]


def score(title, gold, found):
    counts = collections.defaultdict(collections.Counter)
    for want, got in zip(gold, found):
        counts[want]["all"] += 1
        counts[want]["right" if got == want else ("undetermined" if not got else "wrong")] += 1
    print(f"### {title}\n")
    print("| language | items | right | wrong | undetermined | accuracy | accuracy of those determined |")
    print("|---|---|---|---|---|---|---|")
    total = collections.Counter()
    for language in sorted(counts):
        c = counts[language]
        total.update(c)
        determined = c["right"] + c["wrong"]
        print(f"| {language} | {c['all']} | {c['right']} | {c['wrong']} | {c['undetermined']} | "
              f"{c['right'] / c['all']:.3f} | {c['right'] / determined if determined else 0:.3f} |")
    determined = total["right"] + total["wrong"]
    print(f"| all | {total['all']} | {total['right']} | {total['wrong']} | {total['undetermined']} | "
          f"{total['right'] / total['all']:.3f} | {total['right'] / determined if determined else 0:.3f} |\n")


def main():
    if not (CORPUS / "articles.jsonl").exists():
        sys.exit(f"eval-language: {CORPUS} is absent (see ../shared/corpora/README.md); skipped")
    gold_of = {}
    for line in (CORPUS / "gold.tsv").read_text().splitlines()[1:]:
        record_id, language = line.split("\t")[:2]
        gold_of[record_id] = language
    articles = [json.loads(line) for line in (CORPUS / "articles.jsonl").read_text().splitlines() if line]
    # Ids are left out: the product must never see them.
    records = [{"title": a.get("title", ""), "body": a.get("body", "")} for a in articles]
    gold = [gold_of[a["id"]] for a in articles]
    score("Whole articles (title and body)", gold, detected(records))
    sentences, sentence_gold = [], []
    for article, language in zip(articles, gold):
        for sentence in SENTENCE_END.split(article.get("body", "")):
            if sentence.strip():
                sentences.append({"body": sentence.strip()})
                sentence_gold.append(language)
    score("Single sentences (body only)", sentence_gold, detected(sentences))


if __name__ == "__main__":
    main()
