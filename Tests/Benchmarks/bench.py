#!/usr/bin/env python3
"""make bench SIZE=N: newsq beside SQLite FTS5 and ripgrep on one generated corpus, in one run.

The corpus (N articles, `newsq-bench generate`) is kept in WORK/N/ (default .build/bench, outside git) and
reused; what the peers are built from (`newsq-bench measure --export`: the body paragraphs newsq queries, each
quotation's speaker, each entity's name forms) is written there again on every run. Every run then measures newsq (`newsq-bench measure`,
in its own process), builds the FTS5 database afresh from the same texts, times the same questions on
each (medians), checks that the answers are equal, and prints the times side by side with their ratio.
Figures are printed, never asserted.
"""
import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time


def log(message):
    print(message, file=sys.stderr, flush=True)


def timed(function, runs):
    """Median seconds of `runs` calls and the last answer."""
    times = []
    answer = None
    for _ in range(runs):
        started = time.perf_counter()
        answer = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), answer


def ensure_corpus(bench, folder, size):
    corpus = os.path.join(folder, "corpus.jsonl")
    if not os.path.exists(corpus):
        log(f"generating {size} articles in {corpus}")
        os.makedirs(folder, exist_ok=True)
        subprocess.run([bench, "generate", str(size), corpus], check=True)
    return corpus


def measure_newsq(bench, folder, corpus, runs):
    # Exported on every run: what newsq extracts (quotations, speakers, entities) changes with its version.
    arguments = [bench, "measure", "--runs", str(runs), "--work", folder, "--export", folder]
    log("measuring newsq: " + " ".join(arguments + [corpus]))
    output = subprocess.run(arguments + [corpus], check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def build_sqlite(folder, corpus):
    """The FTS5 tables of documents and body paragraphs, and the quotation and name tables, timed."""
    path = os.path.join(folder, "fts.db")
    for suffix in ("", "-journal", "-wal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    with open(corpus, encoding="utf-8") as lines:
        documents = [(json.loads(line)["text"],) for line in lines]
    with open(os.path.join(folder, "paragraphs.txt"), encoding="utf-8", newline="\n") as lines:
        paragraphs = [(line[:-1],) for line in lines]
    with open(os.path.join(folder, "quotes.tsv"), encoding="utf-8") as lines:
        quotes = [(int(line) if line.strip() else None,) for line in lines]
    with open(os.path.join(folder, "names.tsv"), encoding="utf-8") as lines:
        names = [tuple(line.rstrip("\n").split("\t")) for line in lines]
    cpu = time.process_time()
    started = time.perf_counter()
    database = sqlite3.connect(path)
    database.execute("PRAGMA journal_mode=OFF")
    database.execute("PRAGMA synchronous=OFF")
    tokenizer = "tokenize='unicode61 remove_diacritics 2'"
    database.execute(f"CREATE VIRTUAL TABLE documents USING fts5(text, {tokenizer})")
    database.execute(f"CREATE VIRTUAL TABLE paragraphs USING fts5(text, {tokenizer})")
    database.executemany("INSERT INTO documents(text) VALUES (?)", documents)
    database.executemany("INSERT INTO paragraphs(text) VALUES (?)", paragraphs)
    database.execute("CREATE TABLE quotes(id INTEGER PRIMARY KEY, speaker INTEGER)")
    database.executemany("INSERT INTO quotes(speaker) VALUES (?)", quotes)
    database.execute("CREATE INDEX quotes_speaker ON quotes(speaker)")
    database.execute("CREATE TABLE names(form TEXT, entity INTEGER)")
    database.executemany("INSERT INTO names(form, entity) VALUES (?, ?)", names)
    database.execute("CREATE INDEX names_form ON names(form)")
    database.commit()
    database.close()
    build = {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu, "bytes": os.path.getsize(path)}
    started = time.perf_counter()
    database = sqlite3.connect(path)
    database.execute("SELECT count(*) FROM quotes").fetchone()
    build["openSeconds"] = time.perf_counter() - started
    return database, build


def peer_queries(database, folder, newsq, runs):
    """Each question of newsq's mix as SQLite or ripgrep asks it: (label, seconds, answer)."""
    speaker = newsq["speaker"].casefold()
    paragraphs = os.path.join(folder, "paragraphs.txt")

    def scalar(sql, *parameters):
        return lambda: database.execute(sql, parameters).fetchone()[0]

    def ripgrep(pattern):
        def run():
            result = subprocess.run(
                ["rg", "--count", "--no-filename", "--ignore-case", "--", pattern, paragraphs],
                stdout=subprocess.PIPE, text=True)
            return int(result.stdout.strip() or 0)
        return run

    queries = {
        "word": ("FTS5", scalar("SELECT count(*) FROM documents WHERE documents MATCH ?", "economy")),
        "phrase": ("FTS5", scalar("SELECT count(*) FROM paragraphs WHERE paragraphs MATCH ?", '"the white house"')),
        "regex": ("ripgrep", ripgrep(r"\belect(ion|oral)\w*")),
        "speaker": ("SQLite, indexed", scalar(
            "SELECT count(*) FROM quotes WHERE speaker IN (SELECT entity FROM names WHERE form = ?)",
            " ".join(speaker.split()))),
        "group": ("SQLite", lambda: len(database.execute(
            "SELECT speaker, count(*) FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker").fetchall())),
        "count": ("SQLite", scalar("SELECT count(*) FROM quotes")),
    }
    results = {}
    for key, (peer, function) in queries.items():
        seconds, answer = timed(function, runs)
        results[key] = (peer, seconds, answer)
    return results


# Runs its arguments as a child and prints the child's peak RSS in kilobytes. A child of this script would
# report this script's own peak too (it starts as a copy of it, and Linux keeps that peak across exec), so the
# measured process is the child of a small interpreter instead.
PEAK_OF_CHILD = (
    "import os, sys\n"
    "pid = os.fork()\n"
    "if pid == 0:\n"
    "    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)\n"
    "    os.execvp(sys.argv[1], sys.argv[1:])\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "print(usage.ru_maxrss if status == 0 else -1024)\n")


def sqlite_process_megabytes(folder):
    """Peak RSS of the sqlite3 shell answering the word query: what a user of SQLite holds."""
    result = subprocess.run(
        [sys.executable, "-c", PEAK_OF_CHILD, "sqlite3", os.path.join(folder, "fts.db"),
         "SELECT count(*) FROM documents WHERE documents MATCH 'economy'"], stdout=subprocess.PIPE, text=True)
    return int(result.stdout.strip() or -1024) // 1024


def second_run_megabytes(bench, folder, runs):
    """Peak RSS of a second run: a process that opens the snapshot (mapped) and asks the whole mix, as the
    shell holds a corpus once it has been extracted (it writes the snapshot and queries it mapped)."""
    # The process reports its own peak (VmHWM): a child's ru_maxrss counts this script's memory too, as the
    # child starts as a copy of it.
    result = subprocess.run(
        [bench, "queries", "--runs", str(runs), os.path.join(folder, "corpus.newsq")], stdout=subprocess.PIPE,
        text=True)
    last = result.stdout.strip().splitlines()[-1:] if result.returncode == 0 else []
    return int(last[0].split()[-2]) if last and last[0].startswith("peak RSS") else None


def milliseconds(seconds):
    return f"{seconds * 1000:,.2f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def ratio(mine, theirs):
    return f"×{mine / theirs:,.2f}" if theirs > 0 else "-"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, nargs="?", default=10000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", default=".build/bench")
    parser.add_argument("--bench", default=".build/release/newsq-bench")
    arguments = parser.parse_args()
    folder = os.path.join(arguments.work, str(arguments.size))
    corpus = ensure_corpus(arguments.bench, folder, arguments.size)
    newsq = measure_newsq(arguments.bench, folder, corpus, arguments.runs)
    log("building SQLite FTS5 from the same texts")
    database, build = build_sqlite(folder, corpus)
    peers = peer_queries(database, folder, newsq, arguments.runs)
    text = newsq["textBytes"]
    megabytes = text / 1e6
    print(f"corpus: {newsq['articles']:,} generated articles, {megabytes:,.1f} MB of text ({corpus})")
    print(f"  {newsq['paragraphs']:,} paragraphs, {newsq['sentences']:,} sentences, {newsq['quotations']:,} quotations, "
          f"{newsq['entities']:,} entities, {newsq['mentions']:,} mentions")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the end; "
          f"medians of {arguments.runs} runs")
    print()
    print(f"{'':34}{'newsq':>14}   {'peer':<34}{'ratio':>9}")
    cpu = newsq["loadCPUSeconds"]
    print(f"{'load, wall':34}{milliseconds(newsq['loadSeconds']):>14}   "
          f"{'FTS5 build ' + milliseconds(build['seconds']):<34}{ratio(newsq['loadSeconds'], build['seconds']):>9}")
    print(f"{'load, CPU':34}{milliseconds(cpu):>14}   "
          f"{'FTS5 build ' + milliseconds(build['cpu']):<34}{ratio(cpu, build['cpu']):>9}")
    print(f"{'  extraction speed':34}{megabytes / cpu:>8.1f} MB/CPU-s, {cpu / newsq['loadSeconds']:.2f} cores")
    print(f"{'  phases':34}{newsq['loadPhases']}")
    print(f"{'query indexes':34}{milliseconds(newsq['indexSeconds']):>14}")
    if "snapshotWriteSeconds" in newsq:
        print(f"{'snapshot write':34}{milliseconds(newsq['snapshotWriteSeconds']):>14}   "
              f"{newsq['snapshotBytes'] / 1e6:,.0f} MB, {newsq['snapshotBytes'] / text:.2f} bytes per byte of text")
    if "reopenSeconds" in newsq:
        print(f"{'snapshot reopen, first query':34}{milliseconds(newsq['reopenSeconds']):>14}   "
              f"{'SQLite open ' + milliseconds(build['openSeconds']):<34}"
              f"{ratio(newsq['reopenSeconds'], build['openSeconds']):>9}")
    print(f"{'peak RSS while loading':34}{newsq['peakRSSAfterLoadMB']:>11,} MB   "
          f"{newsq['peakRSSAfterLoadMB'] * 2**20 / text:.2f} bytes per byte of text")
    print(f"{'RSS after load':34}{newsq['rssAfterLoadMB']:>11,} MB   {newsq['rssAfterLoadMB'] * 2**20 / text:.2f} "
          f"bytes per byte of text")
    print(f"{'RSS with indexes':34}{newsq['rssAfterIndexesMB']:>11,} MB   "
          f"{newsq['rssAfterIndexesMB'] * 2**20 / text:.2f} bytes per byte of text; "
          f"SQLite database {build['bytes'] / 1e6:,.0f} MB, sqlite3 process {sqlite_process_megabytes(folder):,} MB")
    second = second_run_megabytes(arguments.bench, folder, arguments.runs) if "reopenSeconds" in newsq else None
    if second is not None:
        print(f"{'RSS of a second run, mix asked':34}{second:>11,} MB   {second * 2**20 / text:.2f} bytes per byte of text "
              f"(snapshot mapped)")
    print()
    print(f"{'query':34}{'newsq':>14}   {'peer':<34}{'ratio':>9}  answers")
    equal = True
    for query in newsq["queries"]:
        peer, seconds, answer = peers[query["key"]]
        if "error" in query:
            print(f"{query['label']:34}{'error':>14}   {query['error']}")
            equal = False
            continue
        same = "equal" if query["answer"] == answer else f"DIFFER: newsq {query['answer']:,}, {peer} {answer:,}"
        equal = equal and query["answer"] == answer
        print(f"{query['label']:34}{milliseconds(query['medianSeconds']):>14}   "
              f"{peer + ' ' + milliseconds(seconds):<34}{ratio(query['medianSeconds'], seconds):>9}  "
              f"{query['answer']:,} {same}")
    print()
    for query in newsq["queries"]:
        print(f"  newsq: {query['query']}")
    return 0 if equal else 1


if __name__ == "__main__":
    sys.exit(main())
