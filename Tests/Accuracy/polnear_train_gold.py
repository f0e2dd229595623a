#!/usr/bin/env python3
"""PolNeAR train as a corpus and a gold file for `score-quotes`, to check speaker attribution on 840 articles.

usage: polnear_train_gold.py TRAIN.jsonl OUT_FOLDER

Writes OUT_FOLDER/train.jsonl (the articles, for `newsq --corpus`) and OUT_FOLDER/gold.jsonl: every annotated
quotation, with its source as the speaker when the source is a capitalised name, cut to the name (what
follows a comma, "(", " who ", " of the " or " of " and a capital, and a final possessive, are dropped:
"Sen. Tom Carper of Delaware" → "Sen. Tom Carper"); any other source (a pronoun, "the senator") is "?",
which the scorer does not score. The articles belong to their publishers: the output stays outside git.
"""
import json
import os
import re
import sys

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "his", "her", "their"}


def speaker(source):
    source = (source or "").strip()
    first = source.split()[0].lower() if source else ""
    if not source or not source[0].isupper() or first in PRONOUNS or first in ("the", "a", "an"):
        return "?"
    name = re.split(r",| \(| who | of the | of [A-Z]", source)[0].strip()
    return re.sub(r"[’']s$", "", name).strip() or "?"


def main(train, folder):
    os.makedirs(folder, exist_ok=True)
    with open(train) as articles, open(os.path.join(folder, "train.jsonl"), "w") as corpus, \
            open(os.path.join(folder, "gold.jsonl"), "w") as gold:
        for line in articles:
            article = json.loads(line)
            fields = ("id", "source", "title", "date", "author", "text")
            corpus.write(json.dumps({key: article[key] for key in fields if article.get(key)}) + "\n")
            for quote in article.get("quotes", []):
                row = {"document": article["id"], "quote": quote["text"], "speaker": speaker(quote.get("speaker"))}
                gold.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
