#!/usr/bin/env python3
"""Cross-language entity queries on multilingual-dev: one query (person:,
place:) against the articles of every language. The articles are indexed
without a language field (articles.jsonl: detection decides), then each query
of QUERIES is searched. What a query should find is told apart from the
product, by the written forms listed with it here (written for this script,
not taken from the corpus' gold): the articles whose title or body holds one
of them. Reported per query: expected, found of those (per language), and
found beyond them (often right: `German` is Germany's too; listed with -v).

Usage: bench/eval_names.py [-v] [NEWS_INDEX NEWS_SEARCH]"""
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
BUILD = ROOT / "build" / "release"

# query -> the forms an article writes the entity in, in each language
# (Latin forms match whole words, any case; Cyrillic ones as word starts, for
# the case endings, unless written "=word": a whole word, as Китай, whose word
# start would take китайский, Chinese; Chinese and Japanese ones anywhere).
QUERIES = {
    "place:germany": ["Germany", "Allemagne", "Deutschland", "Alemania", "Германи", "德国", "德國",
                      "ドイツ"],
    "place:france": ["France", "Frankreich", "Francia", "Франци", "法国", "法國", "フランス"],
    "place:russia": ["Russia", "Russie", "Russland", "Rusia", "Росси", "俄罗斯", "俄羅斯", "ロシア"],
    "place:china": ["China", "Chine", "=Китай", "Китая", "Китае", "Китаю", "Китаем", "中国", "中國"],
    "place:japan": ["Japan", "Japon", "Japón", "Япони", "日本"],
    "place:spain": ["Spain", "Espagne", "Spanien", "España", "Испани", "西班牙", "スペイン"],
    "place:italy": ["Italy", "Italie", "Italien", "Italia", "Итали", "意大利", "義大利", "イタリア"],
    "place:\"united states\"": ["United States", "États-Unis", "Estados Unidos", "США", "美国",
                                "美國", "アメリカ", "米国"],
    "place:paris": ["Paris", "Париж", "巴黎", "パリ"],
    "place:london": ["London", "Londres", "Лондон", "倫敦", "伦敦", "ロンドン"],
    "place:berlin": ["Berlin", "Берлин", "柏林", "ベルリン"],
    "place:tokyo": ["Tokyo", "Tokio", "Токио", "東京", "东京"],
    "place:beijing": ["Beijing", "Peking", "Pékin", "Pekín", "Пекин", "北京"],
    "place:moscow": ["Moscow", "Moscou", "Moskau", "Moscú", "Москв", "莫斯科", "モスクワ"],
    "person:obama": ["Obama", "Обам", "奥巴马", "歐巴馬", "オバマ"],
    "person:trump": ["Trump", "Трамп", "特朗普", "トランプ"],
    "person:bush": ["Bush", "Буш", "布什", "ブッシュ"],
    "person:sarkozy": ["Sarkozy", "Саркози", "萨科齐", "サルコジ"],
    "person:merkel": ["Merkel", "Меркель", "默克尔", "メルケル"],
    "person:lenin": ["Lenin", "Lénine", "Ленин", "列宁", "列寧", "レーニン"],
    "person:hitler": ["Hitler", "Гитлер", "希特勒", "ヒトラー"],
}


def pattern(forms):
    parts = []
    for form in forms:
        if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", form):
            parts.append(re.escape(form))
        elif form.startswith("="):
            parts.append(r"(?<!\w)" + re.escape(form[1:]) + r"(?!\w)")
        elif re.search(r"[\u0400-\u04ff]", form):
            parts.append(r"(?<!\w)" + re.escape(form))
        else:
            parts.append(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
    return re.compile("|".join(parts), re.IGNORECASE)


def language_of(article_id):
    return article_id.split("-")[1]


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv[1:]
    news_index = Path(args[0]) if args else BUILD / "indexer" / "news-index"
    news_search = Path(args[1]) if len(args) > 1 else BUILD / "searcher" / "news-search"
    articles_file = CORPUS / "articles.jsonl"
    if not articles_file.exists():
        sys.exit(f"eval-names: {CORPUS} is absent (see ../shared/corpora/README.md); skipped")
    articles = [json.loads(line) for line in articles_file.read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "db"
        subprocess.run([news_index, "--db", db, "add", "--quiet", articles_file], check=True)
        print("| query | expected | found of those | per language (found/expected) | found beyond |")
        print("|---|---|---|---|---|")
        totals = collections.Counter()
        for query, forms in QUERIES.items():
            match = pattern(forms)
            expected = {a["id"] for a in articles
                        if match.search(a.get("title", "") + "\n" + a.get("body", ""))}
            run = subprocess.run([news_search, "--db", db, "--format", "ids", "--limit", "0",
                                  "--all-versions", query], capture_output=True, text=True)
            if run.returncode not in (0, 1):
                sys.exit(f"eval-names: news-search {query}: {run.stderr.strip()}")
            found = set(run.stdout.split())
            per_language = collections.defaultdict(lambda: [0, 0])
            for article_id in expected:
                per_language[language_of(article_id)][1] += 1
                per_language[language_of(article_id)][0] += article_id in found
            languages = " ".join(f"{lang} {f}/{e}" for lang, (f, e) in sorted(per_language.items()))
            beyond = sorted(found - expected)
            totals.update(expected=len(expected), found=len(found & expected), beyond=len(beyond))
            print(f"| `{query}` | {len(expected)} | {len(found & expected)} | {languages} | "
                  f"{len(beyond)} |")
            if verbose and beyond:
                print(f"|  | beyond: {' '.join(beyond[:12])} | | | |")
        recall = totals["found"] / totals["expected"] if totals["expected"] else 0
        print(f"| all | {totals['expected']} | {totals['found']} ({recall:.3f}) | | "
              f"{totals['beyond']} |")


if __name__ == "__main__":
    main()
