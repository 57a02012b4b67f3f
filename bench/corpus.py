"""Scaled copies of the Reuters corpus for the benchmark, and its first articles.

x1 is the corpus itself; xN adds N-1 copies. In copy k every article gets a
new id, its date moved k years on, and its body made of its own sentences in
another order (a fixed seed per article and copy): distinct articles of the
same lengths and vocabulary, which near-duplicate detection does not fold.
"""
import json
import random
import re
from pathlib import Path

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def shifted(date, years):
    if not date:
        return date
    year = int(date[:4]) + years
    return f"{year:04d}{date[4:]}"


def copy_of(article, k, index):
    if k == 0:
        return article
    sentences = SENTENCE_END.split(article.get("body") or "")
    random.Random(k * 1_000_003 + index).shuffle(sentences)
    copy = dict(article)
    copy["id"] = f"{article['id']}-copy{k}"
    copy["date"] = shifted(article.get("date"), k)
    copy["body"] = " ".join(sentences)
    return copy


def make_scaled(source: Path, target: Path, scale: int) -> Path:
    """Writes the xN JSON Lines file (once) and returns its path."""
    out = target / f"reuters-x{scale}.jsonl"
    if out.exists():
        return out
    articles = [json.loads(line) for line in source.read_text().splitlines() if line.strip()]
    with out.open("w") as f:
        for k in range(scale):
            for index, article in enumerate(articles):
                f.write(json.dumps(copy_of(article, k, index)) + "\n")
    return out


def first_articles(source: Path, target: Path, count: int) -> Path:
    """Writes the first `count` lines of a JSON Lines file to `target` and
    returns the new file's path."""
    out = target / f"reuters-first-{count}.jsonl"
    with source.open() as inp, out.open("w") as f:
        for number, line in enumerate(inp):
            if number == count:
                break
            f.write(line)
    return out


def as_text_files(jsonl: Path, folder: Path) -> Path:
    """The same articles as one text file each (title line, body), for omindex."""
    if folder.exists():
        return folder
    folder.mkdir(parents=True)
    for n, line in enumerate(jsonl.read_text().splitlines()):
        article = json.loads(line)
        sub = folder / f"{n // 1000:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{n}.txt").write_text(f"{article.get('title') or ''}\n{article.get('body') or ''}\n")
    return folder
