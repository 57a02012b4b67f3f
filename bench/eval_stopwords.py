#!/usr/bin/env python3
"""English stopwords on the query side, measured on Reuters-21578: do queries
written as a reader types them ("the price of crude oil") find the articles
the editors labelled with the topic better with the stopwords dropped (as
news-search does) or kept as terms? Each query is run twice on one index
(stopwords are never left out of the index: phrases need them): as typed,
and with each stopword of the query quoted (a one-word phrase is a term the
query parser keeps). Reported per query and on average: precision of the
first 10 and the first 100 hits against the topic's articles (labels.tsv).

Usage: bench/eval_stopwords.py DB NEWS_SEARCH"""
import csv
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "reuters21578"

# topic -> a query as a reader would type it, function words and all (written for this script).
QUERIES = {
    "crude": "the price of crude oil",
    "grain": "exports of grain to the soviet union",
    "money-fx": "the dollar against the yen",
    "interest": "a cut in the prime rate",
    "trade": "the trade deficit with japan",
    "ship": "ships in the gulf",
    "coffee": "the price of coffee",
    "gold": "the price of gold",
    "earn": "net profit for the year",
    "acq": "an offer for the shares of the company",
    "cocoa": "the cocoa buffer stock",
    "wheat": "wheat for the soviet union",
    "money-supply": "the money supply in the week",
    "gnp": "growth of the economy in the quarter",
    "jobs": "the rate of unemployment",
    "cpi": "the rise in consumer prices",
    "copper": "the price of copper",
    "sugar": "sugar exports from the philippines",
    "livestock": "cattle on feed",
    "soybean": "soybean exports to the ec",
}
STOPWORDS = {"the", "of", "a", "in", "to", "with", "for", "an", "on", "from", "against"}


def run(news_search, db, query):
    out = subprocess.run([news_search, "--db", db, "--format", "ids", "--limit", "100", query],
                         capture_output=True, text=True).stdout  # status 1: no match
    return [line for line in out.splitlines() if line]


def precision(ids, relevant, n):
    top = ids[:n]
    return sum(1 for i in top if i in relevant) / n


def main():
    db, news_search = sys.argv[1], sys.argv[2]
    topics = {}
    with open(CORPUS / "labels.tsv") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            for topic in filter(None, row["topics"].split(",")):
                topics.setdefault(topic, set()).add(row["id"])
    totals = {"dropped": [0.0, 0.0], "kept": [0.0, 0.0]}
    print("| topic | query | P@10 dropped | P@10 kept | P@100 dropped | P@100 kept |")
    print("|---|---|---|---|---|---|")
    for topic, query in QUERIES.items():
        kept = " ".join(f'"{w}"' if w in STOPWORDS else w for w in query.split())
        row = {}
        for name, q in (("dropped", query), ("kept", kept)):
            ids = run(news_search, db, q)
            row[name] = (precision(ids, topics[topic], 10), precision(ids, topics[topic], 100))
            totals[name][0] += row[name][0]
            totals[name][1] += row[name][1]
        print(f"| {topic} | `{query}` | {row['dropped'][0]:.2f} | {row['kept'][0]:.2f} | "
              f"{row['dropped'][1]:.2f} | {row['kept'][1]:.2f} |")
    n = len(QUERIES)
    print(f"| mean | | {totals['dropped'][0] / n:.3f} | {totals['kept'][0] / n:.3f} | "
          f"{totals['dropped'][1] / n:.3f} | {totals['kept'][1] / n:.3f} |")


if __name__ == "__main__":
    main()
