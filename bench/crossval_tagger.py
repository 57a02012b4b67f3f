#!/usr/bin/env python3
"""K-fold cross-validation of the entity tagger on the CoNLL-2003 training split.

The development split is for the final measurement only; error analysis is done
here instead: the 946 documents of conll2003-train/eng.train are cut into K
contiguous folds (by document, in the file's order); for each fold a model is
trained on the other K-1 (tools/news-train-tagger, the same options as
scripts/train-tagger) and the held-out fold's articles (articles.jsonl) are
extracted with it (NEWS_TAGGER_MODEL) and scored against their gold
(gold.jsonl) as bench/eval_entities.py scores the dev split. Prints each fold's
and the pooled precision, recall and F1 per kind, and the names most often
missed and invented; --errors writes every error with its document.

Usage: crossval_tagger.py [--folds K] [--only I,J] [--epochs N] [--seed N] [--work DIR]
                          [--reuse] [--errors FILE] [--top N]
  NEWS_BIN     the build folder with indexer/ and tools/ (default build/release)
  --work       where the folds' training files and models go (default a temporary folder)
  --seed       the training's shuffling seed (default the trainer's, 1): a change whose
               gain is no larger than the spread over seeds is noise
  --reuse      keep a fold's model found in --work (to re-score after a post-step change;
               a change to the rules or features needs the models trained again)
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_entities as ev  # noqa: E402

TRAIN = Path(os.environ.get("NEWS_CONLL_TRAIN_DIR",
                            ev.ROOT.parent / "shared" / "corpora" / "conll2003-train"))
TRAINER = ev.BUILD / "tools" / "news-train-tagger"


def conll_documents(path):
    """eng.train's documents as their lines: the first has no -DOCSTART-, each other starts with one."""
    documents = [[]]
    for line in path.read_text().splitlines(keepends=True):
        if line.startswith("-DOCSTART-"):
            documents.append([])
        documents[-1].append(line)
    if not any(l.strip() for l in documents[0]):
        documents.pop(0)
    return documents


def folds_of(n, k):
    """K contiguous ranges of document numbers covering 0..n-1."""
    bounds = [round(i * n / k) for i in range(k + 1)]
    return [range(bounds[i], bounds[i + 1]) for i in range(k)]


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--only", default="")
    parser.add_argument("--epochs", type=int, default=0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", default="")
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--errors", default="")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    for needed in (TRAIN / "eng.train", TRAIN / "articles.jsonl", TRAIN / "gold.jsonl"):
        if not needed.exists():
            sys.exit(f"crossval-tagger: {needed} is absent (the CoNLL-2003 training split)")
    for binary in (TRAINER, ev.NEWS_INDEX):
        if not binary.exists():
            sys.exit(f"crossval-tagger: {binary} is absent (build it, or set NEWS_BIN)")
    documents = conll_documents(TRAIN / "eng.train")
    articles = read_jsonl(TRAIN / "articles.jsonl")
    gold = read_jsonl(TRAIN / "gold.jsonl")
    if not (len(documents) == len(articles) == len(gold)):
        sys.exit(f"crossval-tagger: {len(documents)} documents in eng.train, {len(articles)} "
                 f"articles, {len(gold)} gold lines: not the same split")
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="crossval-tagger."))
    work.mkdir(parents=True, exist_ok=True)
    only = {int(i) for i in args.only.split(",") if i}
    pooled = {kind: collections.Counter() for kind in ev.KINDS}
    missed_all = {kind: collections.Counter() for kind in ev.KINDS}
    invented_all = {kind: collections.Counter() for kind in ev.KINDS}
    errors = []
    for number, held_out in enumerate(folds_of(len(documents), args.folds)):
        if only and number not in only:
            continue
        fold = work / f"fold{number}"
        fold.mkdir(exist_ok=True)
        model = fold / "model.bin"
        if not (args.reuse and model.exists()):
            train_file = fold / "train.conll"
            with train_file.open("w") as out:
                for i, lines in enumerate(documents):
                    if i not in held_out:
                        out.writelines(lines)
            options = ["--epochs", str(args.epochs)] if args.epochs else []
            options += ["--seed", str(args.seed)] if args.seed else []
            subprocess.run([TRAINER, *options, train_file, model], check=True,
                           stderr=subprocess.DEVNULL)
            train_file.unlink()
        with (fold / "articles.jsonl").open("w") as out:
            for i in held_out:
                out.write(json.dumps(articles[i]) + "\n")
        fold_gold = {gold[i]["id"]: gold[i] for i in held_out}
        extracted = ev.extract(fold / "articles.jsonl",
                               env=dict(os.environ, NEWS_TAGGER_MODEL=str(model)))
        counts, missed, invented = ev.score(extracted, fold_gold)
        print(f"fold {number} (documents {held_out.start + 1}-{held_out.stop}): " + ", ".join(
            f"{kind} {ev.prf(counts[kind])[2]:.3f}" for kind in ev.KINDS))
        for kind in ev.KINDS:
            pooled[kind].update(counts[kind])
            missed_all[kind].update(missed[kind])
            invented_all[kind].update(invented[kind])
        if args.errors:
            errors += fold_errors(extracted, fold_gold)
    print(f"\nPooled over the held-out folds ({args.folds}-fold, conll2003-train), document level\n")
    ev.print_table(pooled)
    for kind in ev.KINDS:
        print(f"\n{kind}: most often missed: " +
              ", ".join(f"{n} ({k})" for n, k in missed_all[kind].most_common(args.top)))
        print(f"{kind}: most often invented: " +
              ", ".join(f"{n} ({k})" for n, k in invented_all[kind].most_common(args.top)))
    if args.errors:
        Path(args.errors).write_text("".join(json.dumps(e) + "\n" for e in errors))


def fold_errors(extracted, gold):
    """Each missed gold name with what it was taken for, and each invented name: one dict each."""
    out = []
    for doc_id, doc in gold.items():
        found = extracted.get(doc_id, {})
        for kind in ev.KINDS:
            groups = ev.gold_groups(doc.get(kind, []))
            for group in groups:
                if not any(ev.agrees(f, m) for forms in found.get(kind, []) for f in forms
                           for m in group):
                    taken = [other for other in ev.KINDS if other != kind and any(
                        ev.agrees(f, m) for forms in found.get(other, []) for f in forms
                        for m in group)]
                    out.append({"doc": doc_id, "error": "missed", "kind": kind, "name": group[0],
                                "taken_for": taken})
            for forms in found.get(kind, []):
                if not any(ev.agrees(f, m) for f in forms for g in groups for m in g):
                    other = [k for k in (*ev.KINDS, "misc") if k != kind and any(
                        ev.agrees(f, m) for f in forms for m in doc.get(k, []))]
                    out.append({"doc": doc_id, "error": "invented", "kind": kind, "name": forms[0],
                                "gold_kind": other})
    return out


if __name__ == "__main__":
    main()
