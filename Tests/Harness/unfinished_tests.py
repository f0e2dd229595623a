#!/usr/bin/env python3
"""Names the Swift tests that started and never ended, from the output of `swift test` (a file or stdin).

`make test` runs the suites under a fuse (`TEST_FUSE_SECONDS`); when it burns, this says which tests were
still running, so a hang on another machine can be found from its log alone.
"""
import re
import sys

STARTED = re.compile(r'^\S* ?Test "(.*)" started\.$')
ENDED = re.compile(r'^\S* ?Test "(.*)" (?:with \d+ test cases? )?(?:passed|failed|skipped)')


def unfinished(lines):
    running = {}
    for line in lines:
        line = re.sub(r"\x1b\[[0-9;]*m", "", line.rstrip("\n"))
        started = STARTED.match(line)
        if started:
            running[started.group(1)] = True
            continue
        ended = ENDED.match(line)
        if ended:
            running.pop(ended.group(1), None)
    return list(running)


if __name__ == "__main__":
    source = open(sys.argv[1], encoding="utf-8", errors="replace") if len(sys.argv) > 1 else sys.stdin
    names = unfinished(source)
    if names:
        print("tests that started and did not end:")
        for name in names:
            print("  " + name)
    else:
        print("every test that started ended")
