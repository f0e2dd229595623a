#!/usr/bin/env python3
"""Dev-set figures beyond the scorer's own: `make accuracy` runs this after scoring the dev set.

usage: split_scores.py SCORER DEV_ARTICLES DEV_GOLD PREDICTIONS

- the dev set without the articles that quote with two straight single marks (''…''), which the
  gold lists no quotation for;
- the tune part (the first 56 articles, without those) and the check part (the last 28, without
  those): quote F1 and speaker accuracy, each part scored by SCORER on its own gold and predicted lines;
- speaker accuracy comparing surnames only, after dropping what the gold writes around a name
  ("(R-Fla.)", an age, a possessive), since newsq prints canonical full names ("Mr. Alexander" in the
  gold is "Lamar Alexander" in newsq).

Reads the articles only for their ids and marks; prints figures, never article text.
"""
import importlib.machinery
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

TUNE_ARTICLES = 56


def load_scorer(path):
    loader = importlib.machinery.SourceFileLoader("score_quotes", path)
    spec = importlib.util.spec_from_loader("score_quotes", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def parts(articles_path):
    """Article ids by part, in input order, without the ''-quoting articles."""
    with open(articles_path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    order = [str(r["id"]) for r in records]
    doubled = {str(r["id"]) for r in records if "''" in r.get("text", "")}
    keep = lambda ids: [i for i in ids if i not in doubled]
    return len(doubled), {
        "without ''": keep(order),
        "tune": keep(order[:TUNE_ARTICLES]),
        "check": keep(order[TUNE_ARTICLES:]),
    }


def surname(scorer, name):
    if not name:
        return None
    name = re.sub(r"\(.*?\)", "", name)
    name = re.sub(r"[,\d]+\s*$", "", name.strip())
    name = re.sub(r"['’]s$", "", name.strip())
    name = scorer.norm_speaker(name)
    return name.split()[-1] if name else None


def surname_accuracy(scorer, gold, pred):
    """Speaker accuracy (of gold, of matched) with the scorer's matching, counting equal surnames as right."""
    gold = [dict(g, _k=scorer.doc_key(g["document"])) for g in gold]
    pred = [dict(p, _k=scorer.doc_key(p.get("document", ""))) for p in pred if (p.get("text") or "").strip()]
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p["_k"] == g["_k"]:
                score = scorer.text_score(p["text"], g["quote"])
                if score > 0:
                    pairs.append((score, i, j))
    pairs.sort(reverse=True)
    used_pred, used_gold, match = set(), set(), {}
    for _, i, j in pairs:
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            match[j] = i
    scored = [j for j, g in enumerate(gold) if g.get("speaker") and g["speaker"] != "?"]
    found = [j for j in scored if j in match]
    right = [
        j for j in found
        if scorer.same_speaker(pred[match[j]].get("speaker"), gold[j]["speaker"])
        or surname(scorer, pred[match[j]].get("speaker")) == surname(scorer, gold[j]["speaker"])
    ]
    return len(right) / max(1, len(scored)), len(right) / max(1, len(found))


def score(scorer_path, gold, pred, folder, name):
    """The scorer's two summary lines for these gold and predicted lines."""
    paths = []
    for kind, rows in (("gold", gold), ("pred", pred)):
        path = os.path.join(folder, f"{name}-{kind}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(row) + "\n" for row in rows)
        paths.append(path)
    out = subprocess.run([sys.executable, scorer_path] + paths, capture_output=True, text=True).stdout
    return out.strip().split("\n")[-2:]


def main(argv):
    if len(argv) != 4:
        print(__doc__)
        return 2
    scorer_path, articles_path, gold_path, pred_path = argv
    scorer = load_scorer(scorer_path)
    gold, pred = scorer.load(gold_path), scorer.load(pred_path)
    doubled, by_part = parts(articles_path)
    key = scorer.doc_key
    with tempfile.TemporaryDirectory() as folder:
        rows = []
        for name, ids in by_part.items():
            keep = set(ids)
            part_gold = [g for g in gold if key(g["document"]) in keep]
            part_pred = [p for p in pred if key(p.get("document", "")) in keep]
            lines = score(scorer_path, part_gold, part_pred, folder, name.replace("'", ""))
            if name == "without ''":
                print(f"dev without the {doubled} articles quoting with '' ({len(ids)} articles):")
                print(lines[-1])
                continue
            figures = re.search(r"F1=([\d.]+) \| speaker accuracy ([\d.]+) of gold, ([\d.]+) of matched", lines[-1])
            rows.append((f"{name} ({len(ids)} articles)", *figures.groups(), *surname_accuracy(scorer, part_gold, part_pred)))
    print(f"{'split':<22} {'quote F1':>8} {'speaker/gold':>12} {'/matched':>8} {'surnames/gold':>13} {'/matched':>8}")
    for label, f1, of_gold, of_matched, surname_gold, surname_matched in rows:
        print(f"{label:<22} {f1:>8} {of_gold:>12} {of_matched:>8} {surname_gold:>13.3f} {surname_matched:>8.3f}")
    of_gold, of_matched = surname_accuracy(scorer, gold, pred)
    print(f"dev, surnames only: speaker accuracy {of_gold:.3f} of gold, {of_matched:.3f} of matched")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
