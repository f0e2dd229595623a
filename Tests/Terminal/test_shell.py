#!/usr/bin/env python3
"""newsq in a pseudo-terminal: the real binary driven by pexpect as a person at the keyboard would.

Each test starts the shell with HOME and XDG_STATE_HOME in a fresh temporary folder and a UTF-8 locale,
types keys, and reads the screen. Run by `make test` after `swift test`; NEWSQ_BINARY names the binary
(default: .build/debug/newsq).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

import pexpect

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.environ.get("NEWSQ_BINARY") or os.path.join(ROOT, ".build", "debug", "newsq")
SEEDS = os.path.join(ROOT, "seeds")
PROMPT = "newsq> "
CONTINUATION = "  ...> "
UP = "\x1b[A"
TIMEOUT = 20


class ShellSession:
    """One newsq process in a pseudo-terminal of `rows` × `columns`; an environment value of None unsets it."""

    def __init__(self, home, arguments=(), environment=None, rows=40, columns=160):
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "XDG_STATE_HOME": os.path.join(home, "state"),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TERM": "xterm",
            "NO_COLOR": "1",
            "PAGER": "",
        }
        env.update(environment or {})
        env = {name: value for name, value in env.items() if value is not None}
        self.child = pexpect.spawn(
            BINARY, list(arguments), cwd=ROOT, env=env, encoding="utf-8", codec_errors="replace",
            dimensions=(rows, columns), timeout=TIMEOUT)

    def prompt(self):
        self.child.expect_exact(PROMPT)
        return self.child.before

    def run(self, statement):
        """Types a statement and Enter; returns what it printed before the next prompt. A long statement is
        typed in pieces with its echo read between them: sent whole, the shell blocks echoing into a full
        terminal while this side blocks typing into it."""
        pieces = [statement[start:start + 512] for start in range(0, len(statement), 512)] or [""]
        echoed = ""
        for piece in pieces[:-1]:
            self.child.send(piece)
            echoed += self.drain()
        self.child.send(pieces[-1] + "\r")
        self.child.expect_exact(PROMPT)
        return echoed + self.child.before

    def drain(self):
        """What the shell has printed so far, without waiting for more."""
        text = ""
        while True:
            try:
                text += self.child.read_nonblocking(65536, timeout=0.05)
            except pexpect.TIMEOUT:
                return text

    def cancel(self):
        """Ctrl-C until the running query says it was cancelled, then the prompt: one sent before the query has
        begun is not lost work, and a slow machine needs no longer wait than a fast one. False if it never was."""
        for _ in range(50):
            self.child.sendcontrol("c")
            if self.child.expect_exact(["query cancelled", pexpect.TIMEOUT], timeout=1) == 0:
                self.prompt()
                return True
        return False

    def exit(self):
        """Ctrl-D at an empty prompt; returns the exit status."""
        self.child.sendcontrol("d")
        self.child.expect(pexpect.EOF)
        self.child.close()
        return self.child.exitstatus


class TerminalTest(unittest.TestCase):
    def setUp(self):
        self.home = tempfile.mkdtemp(prefix="newsq-pty-")
        self.addCleanup(shutil.rmtree, self.home, True)

    def shell(self, arguments=("--corpus", SEEDS), **options):
        session = ShellSession(self.home, arguments, **options)
        self.addCleanup(session.child.close, True)
        session.prompt()
        return session

    def rows_line(self, statement):
        """`(N rows)` as the table of `statement` ends, with N counted by a batch run of the same statement,
        so the interactive result must equal the scripted one whatever the extraction finds."""
        run = subprocess.run(
            [BINARY, "--corpus", SEEDS, "--format", "ndjson", "-c", statement], cwd=ROOT, capture_output=True,
            env={"HOME": self.home, "LANG": "C.UTF-8"}, check=True)
        count = len(run.stdout.decode().splitlines())
        self.assertGreater(count, 0, statement + " finds nothing on the seeds")
        return "(%d %s)" % (count, "row" if count == 1 else "rows")

    def history_entries(self):
        path = os.path.join(self.home, "state", "newsq", "history")
        with open(path, encoding="utf-8") as file:
            return file.read().splitlines()

    # The list.

    # libedit redraws a completed line with cursor motions, so what Tab made of a line is read back
    # from the history file once the line is entered, and from its results.

    def test_partial_collection_name_and_tab_completes(self):
        shell = self.shell()
        shell.child.send("quo\t")
        output = shell.run("where speaker = \"Peskov\"")
        self.assertIn(self.rows_line('quotes where speaker = "Peskov"'), output)
        self.assertEqual(self.history_entries(), ['quotes where speaker = "Peskov"'])

    def test_tab_inside_a_speaker_string_completes_the_name_and_closes_the_quote(self):
        shell = self.shell()
        shell.child.send('quotes where speaker = "Stol\t')
        output = shell.run("")
        self.assertIn("Jens Stoltenberg", output)
        self.assertRegex(output, r"\(\d+ rows\)")
        self.assertEqual(self.history_entries(), ['quotes where speaker = "Jens Stoltenberg"'])

    def test_ctrl_d_typed_the_moment_the_prompt_shows_ends_the_shell(self):
        # libedit draws the prompt before it leaves canonical mode; a Ctrl-D that arrived in between became the
        # line discipline's end-of-file and was lost, and the shell waited for ever. The window is narrow, so the
        # race is run many times: without the fix some of these shells never end.
        for _ in range(30):
            session = ShellSession(self.home, ("--corpus", SEEDS))
            self.addCleanup(session.child.close, True)
            session.child.delaybeforesend = None
            session.child.expect_exact(PROMPT)
            session.child.sendcontrol("d")
            self.assertEqual(session.child.expect([pexpect.EOF, pexpect.TIMEOUT]), 0)

    def test_up_after_a_restart_recalls_the_last_statement(self):
        shell = self.shell()
        shell.run("documents")
        shell.run('quotes where speaker = "Peskov"')
        self.assertEqual(shell.exit(), 0)
        shell = self.shell()
        shell.child.send(UP)
        shell.child.expect_exact('quotes where speaker = "Peskov"')
        self.assertIn(self.rows_line('quotes where speaker = "Peskov"'), shell.run(""))

    def test_a_three_line_statement_comes_back_as_one_entry(self):
        shell = self.shell()
        shell.child.send("quotes where (\r")
        shell.child.expect_exact(CONTINUATION)
        shell.child.send('speaker = "Peskov"\r')
        shell.child.expect_exact(CONTINUATION)
        self.assertIn(self.rows_line('quotes where speaker = "Peskov"'), shell.run(")"))
        self.assertEqual(self.history_entries(), ['quotes where (\\nspeaker = "Peskov"\\n)'])
        # Up shows every line of it again under the continuation prompt, and Enter runs it as it was.
        shell.child.send(UP)
        shell.child.expect_exact(CONTINUATION + 'speaker = "Peskov"')
        shell.child.expect_exact(CONTINUATION + ")")
        self.assertIn(self.rows_line('quotes where speaker = "Peskov"'), shell.run(""))
        self.assertEqual(len(self.history_entries()), 1)
        # Edited after recall (a field changed on its second line), it is a new entry without the prompts.
        shell.child.send(UP)
        shell.child.expect_exact(CONTINUATION + ")")
        shell.child.send("\x1b[D" * 20 + "\x08" * 7 + "cue")
        self.assertIn("(0 rows)", shell.run(""))
        self.assertEqual(self.history_entries()[-1], 'quotes where (\\ncue = "Peskov"\\n)')

    def test_niinisto_typed_and_run_finds_his_quotation(self):
        shell = self.shell()
        shell.child.send('quotes where speaker = "Niinistö"')
        shell.child.expect_exact('"Niinistö"')
        output = shell.run("")
        self.assertIn("Sauli Niinistö", output)
        self.assertIn("Freedom of choice", output)

    def test_ctrl_c_while_typing_clears_the_line_and_the_shell_goes_on(self):
        shell = self.shell()
        shell.child.send("quotes where spea")
        shell.child.sendcontrol("c")
        shell.child.expect_exact("^C")
        shell.prompt()
        self.assertIn("(5 rows)", shell.run("documents"))
        self.assertEqual(shell.exit(), 0)

    def test_read_of_a_script_with_an_error_on_line_3_reports_line_3(self):
        script = os.path.join(self.home, "three.nq")
        with open(script, "w", encoding="utf-8") as file:
            file.write("documents\n-- the next line is wrong\nquotes wher speaker = \"x\"\ndocuments\n")
        shell = self.shell()
        output = shell.run(".read " + script)
        self.assertIn(script + ":3:8: error:", output)
        self.assertEqual(output.count("(5 rows)"), 1)
        self.assertIn("(5 rows)", shell.run("documents"))

    def test_a_piped_script_with_an_error_exits_1_and_prints_nothing_after_it(self):
        run = subprocess.run(
            [BINARY, "--corpus", SEEDS, "--format", "ndjson"], cwd=ROOT, capture_output=True,
            input="documents\nquotes wher x\ndocuments\n".encode(), env={"HOME": self.home, "LANG": "C.UTF-8"})
        self.assertEqual(run.returncode, 1)
        self.assertEqual(len(run.stdout.decode().splitlines()), 5)
        self.assertTrue(run.stderr.decode().startswith("<stdin>:2:8: error:"))

    # Line editing and history beyond the list.

    def test_ctrl_r_searches_the_history_backwards(self):
        shell = self.shell()
        shell.run('quotes where speaker = "Peskov"')
        shell.run("documents")
        shell.child.sendcontrol("r")
        shell.child.send("Pesk")
        shell.child.expect_exact('speaker = "Peskov"')
        self.assertIn(self.rows_line('quotes where speaker = "Peskov"'), shell.run(""))

    def test_non_ascii_input_works_even_under_the_c_locale(self):
        shell = self.shell(environment={"LANG": "C", "LC_ALL": None})
        self.assertIn("Freedom of choice", shell.run('quotes where speaker = "Niinistö"'))
        self.assertEqual(self.history_entries(), ['quotes where speaker = "Niinistö"'])

    def test_the_cursor_moves_over_non_ascii_characters_by_character(self):
        shell = self.shell()
        # Type the name without its first letter, go back over "iinistö" (7 characters) and insert it.
        shell.child.send('quotes where speaker = "iinistö"')
        shell.child.send("\x1b[D" * 8)
        shell.child.send("N")
        self.assertIn("Freedom of choice", shell.run(""))
        self.assertIn('quotes where speaker = "Niinistö"', self.history_entries())

    def test_home_end_delete_and_ctrl_arrows_edit_the_line_in_every_terminal_s_codes(self):
        shell = self.shell()
        home_end = [("\x1b[H", "\x1b[F"), ("\x1bOH", "\x1bOF"), ("\x1b[1~", "\x1b[4~"), ("\x1b[7~", "\x1b[8~")]
        for home, end in home_end:
            # "xocuments coun": Home, Delete the x, type d; End, type t; Ctrl-Left and Ctrl-Right cross words.
            shell.child.send("xocuments coun" + home + "\x1b[3~" + "d" + end + "t")
            shell.child.send("\x1b[1;5D" + "\x1b[1;5D" + "\x1b[1;5C" + " ")
            self.assertIn("(1 row)", shell.run(""))
            self.assertEqual(self.history_entries()[-1], "documents  count")
            shell.run("documents where id = 'none'")
        # Page Up recalls like Up; Insert does nothing.
        shell.child.send("\x1b[5~" + "\x1b[5~" + "\x1b[2~")
        self.assertIn("(1 row)", shell.run(""))
        self.assertEqual(self.history_entries()[-1], "documents  count")

    @unittest.skipUnless(shutil.which("bash"), "bash is not installed")
    def test_ctrl_z_suspends_the_shell_and_fg_brings_back_the_line(self):
        # Job control needs a shell that has it: an interactive bash in the pseudo-terminal starts newsq.
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": self.home, "LANG": "C.UTF-8",
               "LC_ALL": "C.UTF-8", "TERM": "xterm", "NO_COLOR": "1", "PAGER": "", "PS1": "job$ ",
               "XDG_STATE_HOME": os.path.join(self.home, "state")}
        bash = pexpect.spawn("bash", ["--norc", "--noprofile", "-i"], cwd=ROOT, env=env, encoding="utf-8",
                             codec_errors="replace", dimensions=(40, 160), timeout=TIMEOUT)
        self.addCleanup(bash.close, True)
        bash.expect_exact("job$ ")
        bash.send("%s --corpus %s\r" % (BINARY, SEEDS))
        bash.expect_exact(PROMPT)
        bash.send("docu")
        bash.sendcontrol("z")
        bash.expect("Stopped")
        bash.expect_exact("job$ ")
        bash.send("fg\r")
        bash.expect_exact(PROMPT + "docu")
        bash.send("ments\r")
        bash.expect_exact("(5 rows)")
        bash.expect_exact(PROMPT)
        bash.sendcontrol("d")
        bash.expect_exact("job$ ")

    def test_history_skips_duplicates_and_lines_starting_with_a_space_and_is_bounded(self):
        shell = self.shell(environment={"NEWSQ_HISTORY_SIZE": "3"})
        for statement in ["documents", "documents", " quotes", "documents where id = \"x\"", ".mode table",
                          ".timer off"]:
            shell.run(statement)
        self.assertEqual(self.history_entries(), ["documents", 'documents where id = "x"', ".mode table", ".timer off"])
        output = shell.run(".history")
        self.assertEqual(
            [line.strip() for line in output.strip().splitlines()[1:]],
            ['1  .mode table', "2  .timer off", "3  .history"])
        self.assertEqual(shell.exit(), 0)
        self.assertEqual(self.shell(environment={"NEWSQ_HISTORY_SIZE": "3"}).exit(), 0)
        self.assertEqual(self.history_entries(), [".mode table", ".timer off", ".history"])

    def test_two_shells_sharing_the_history_keep_each_other_s_entries_when_it_is_trimmed(self):
        limit = {"NEWSQ_HISTORY_SIZE": "20"}
        first, second = self.shell(environment=limit), self.shell(environment=limit)
        typed = []
        # Enough that each shell alone passes the point where a trim is due (the limit and a half, at least 16).
        for number in range(1, 41):
            for name, shell in (("a", first), ("b", second)):
                statement = 'documents where id = "%s%d"' % (name, number)
                self.assertIn("(0 rows)", shell.run(statement))
                typed.append(statement)
        self.assertEqual(first.exit(), 0)
        self.assertEqual(second.exit(), 0)
        entries = self.history_entries()
        self.assertGreaterEqual(len(entries), 20)
        self.assertEqual(entries, typed[-len(entries):])
        # A third shell recalls the entry before the newest with Up twice (libedit redraws only what changed,
        # so what was recalled is read back from the history once it is entered).
        third = self.shell(environment=limit)
        third.child.send(UP)
        third.child.expect_exact(typed[-1])
        third.child.send(UP)
        self.assertIn("(0 rows)", third.run(""))
        self.assertEqual(self.history_entries()[-1], typed[-2])

    def test_a_history_file_with_crlf_line_ends_recalls_one_entry_at_a_time(self):
        os.makedirs(os.path.join(self.home, "state", "newsq"))
        with open(os.path.join(self.home, "state", "newsq", "history"), "wb") as file:
            file.write(b'documents\r\nquotes where speaker = "Peskov"\r\n')
        shell = self.shell()
        shell.child.send(UP)
        shell.child.expect_exact('quotes where speaker = "Peskov"')
        self.assertIn(self.rows_line('quotes where speaker = "Peskov"'), shell.run(""))
        listed = [line.strip() for line in shell.run(".history").strip().splitlines()[1:]]
        self.assertEqual(listed, ["1  documents", '2  quotes where speaker = "Peskov"', "3  .history"])

    def test_an_unwritable_history_file_is_one_warning(self):
        blocker = os.path.join(self.home, "blocker")
        open(blocker, "w").close()
        shell = self.shell(environment={"XDG_STATE_HOME": blocker})
        first = shell.run("documents")
        second = shell.run("documents where id = \"x\"")
        self.assertEqual((first + second).count("history will not be saved"), 1)
        self.assertIn("(0 rows)", second)

    def test_a_window_resize_refits_the_table(self):
        shell = self.shell()
        wide = shell.run("documents")
        # The width is read when a result is laid out, so the new size applies to the next statement.
        shell.child.setwinsize(30, 60)
        narrow = shell.run("documents")
        self.assertTrue(any(len(line.rstrip()) > 60 for line in wide.splitlines()))
        self.assertTrue(all(len(line.rstrip()) <= 60 for line in narrow.splitlines()[1:]))

    def test_a_concordance_fits_a_narrow_terminal_with_its_keyword_aligned(self):
        cases = [(60, 'concordance "guarantees"', "guarantees"),
                 (40, 'concordance "legally binding" width 10', "legally binding")]
        for columns, statement, keyword in cases:
            shell = self.shell(columns=columns)
            lines = shell.run(statement).splitlines()
            result = lines[next(index for index, line in enumerate(lines) if line.startswith("00")):]
            self.assertEqual(result[-1].strip(), self.rows_line(statement))
            for line in result:
                self.assertLessEqual(len(line.rstrip()), columns, line)
            self.assertEqual(len({line.lower().index(keyword) for line in result[:-1]}), 1, result)

    def test_show_fits_a_narrow_terminal(self):
        for columns in (30, 40, 50):
            shell = self.shell(columns=columns)
            result = shell.run(".show").splitlines()[1:]
            self.assertTrue(any("corpus:" in line for line in result))
            for line in result:
                self.assertLessEqual(len(line.rstrip()), columns, line)
            self.assertIn("(5 documents, 49 quotations, 12 speakers)", " ".join(" ".join(result).split()))

    def test_several_candidates_are_listed_and_their_common_prefix_inserted(self):
        shell = self.shell()
        shell.child.send(".ex\t")
        shell.child.expect(r"\.exit\s+\.export")
        shell.child.send("p\t\r")
        shell.child.expect_exact("usage: .export [all] FORMAT FILE")
        shell.prompt()
        self.assertEqual(self.history_entries(), [".export"])

    def test_tab_completes_paths_after_read(self):
        os.makedirs(os.path.join(self.home, "scripts"))
        with open(os.path.join(self.home, "scripts", "only.nq"), "w") as file:
            file.write("documents\n")
        shell = self.shell()
        shell.child.send(".read " + self.home + "/scr\t")
        shell.child.expect_exact("ipts/")  # libedit redraws only what Tab added to "scr"
        shell.child.send("\t")
        self.assertIn("(5 rows)", shell.run(""))
        self.assertEqual(self.history_entries(), [".read " + self.home + "/scripts/only.nq"])

    def test_a_huge_line_is_read_whole_and_its_error_stays_short(self):
        shell = self.shell()
        self.assertIn("(0 rows)", shell.run('quotes where text contains "' + "word " * 4000 + '"'))
        output = shell.run("quotes wher " + "x" * 20000)
        error = output[output.index("error:"):]
        self.assertIn("line 1, column 8", error)
        self.assertLess(len(error), 1000)
        self.assertIn("(5 rows)", shell.run("documents"))

    # Meta commands, start-up and output.

    def test_ctrl_d_ends_the_shell_with_status_0_even_after_a_continuation(self):
        shell = self.shell()
        shell.child.send("quotes where (\r")
        shell.child.expect_exact(CONTINUATION)
        shell.child.sendcontrol("c")
        shell.prompt()
        self.assertEqual(shell.exit(), 0)
        shell = self.shell()
        shell.child.send("quotes where (\r")
        shell.child.expect_exact(CONTINUATION)
        shell.child.sendcontrol("d")
        shell.child.expect_exact("the unfinished statement was not run")
        shell.child.expect(pexpect.EOF)
        shell.child.close()
        self.assertEqual(shell.child.exitstatus, 0)

    def test_quit_and_exit(self):
        shell = self.shell()
        shell.child.send(".exit 4\r")
        shell.child.expect(pexpect.EOF)
        shell.child.close()
        self.assertEqual(shell.child.exitstatus, 4)

    def test_banner_says_what_was_loaded_and_quiet_hides_it(self):
        session = ShellSession(self.home, ("--corpus", SEEDS))
        self.addCleanup(session.child.close, True)
        banner = session.prompt()
        self.assertRegex(banner, r"5 documents, \d+ quotations, \d+ speakers .*Enter \.help for help")
        quiet = ShellSession(self.home, ("--corpus", SEEDS, "--quiet"))
        self.addCleanup(quiet.child.close, True)
        self.assertEqual(quiet.prompt().strip(), "")

    def test_banner_names_the_default_corpus_and_where_it_is(self):
        session = ShellSession(self.home, ())
        self.addCleanup(session.child.close, True)
        banner = " ".join(session.prompt().split())
        self.assertRegex(banner, r"5 documents, \d+ quotations, \d+ speakers from seeds, the default corpus; "
                                 r"--corpus PATH for another")

    def test_timer_leaves_out_the_time_spent_reading_the_pager(self):
        session = ShellSession(self.home, ("--corpus", SEEDS), environment={"PAGER": None}, rows=12)
        self.addCleanup(session.child.close, True)
        session.prompt()
        session.run(".timer on")
        session.child.send("quotes\r")
        session.child.expect(r"\n:")
        shown = time.monotonic()
        # The person reads the page for a while; that time is theirs, not the statement's.
        while time.monotonic() - shown < 2.0:
            session.drain()
        reading = time.monotonic() - shown
        session.child.send("q")
        report = session.prompt()
        real = float(re.search(r"Run Time \(s\): real ([0-9.]+)", report).group(1))
        self.assertLess(real, reading)

    def test_rc_file_runs_at_start_up_unless_no_rc(self):
        with open(os.path.join(self.home, ".newsqrc"), "w") as file:
            file.write(".mode ndjson\n")
        shell = self.shell()
        self.assertIn('{"id":', shell.run("documents"))
        shell = self.shell(("--corpus", SEEDS, "--no-rc"))
        self.assertIn("(5 rows)", shell.run("documents"))

    def test_a_result_taller_than_the_screen_goes_through_the_pager(self):
        shell = self.shell(environment={"PAGER": "sed s/^/paged:/"}, rows=12)
        paged = shell.run("quotes")
        self.assertRegex(paged, r"paged:\(\d+ rows\)")
        self.assertNotIn("paged:", shell.run("documents where id = \"x\""))
        shell.run(".pager off")
        self.assertNotIn("paged:", shell.run("quotes"))

    @unittest.skipUnless(shutil.which("less"), "less is not installed")
    def test_without_pager_set_less_pages_and_q_returns_to_the_prompt(self):
        session = ShellSession(self.home, ("--corpus", SEEDS), environment={"PAGER": None}, rows=12)
        self.addCleanup(session.child.close, True)
        session.prompt()
        session.child.send("quotes\r")
        session.child.expect(r"\n:")
        session.child.send("q")
        session.prompt()
        self.assertIn("(5 rows)", session.run("documents"))

    def test_colours_only_without_no_color(self):
        shell = self.shell(environment={"NO_COLOR": ""})
        self.assertIn("\x1b[31merror:", shell.run("quotes wher"))
        error = shell.run('quotes where speakr = "x"')
        self.assertIn("quotes \x1b[34mwhere\x1b[0m speakr = \x1b[32m\"x\"\x1b[0m", error)
        self.assertIn("\x1b[1m", shell.run("documents"))
        shell = self.shell()
        self.assertNotIn("\x1b[", shell.run("quotes wher"))
        shell = self.shell(("--corpus", SEEDS, "--no-color"), environment={"NO_COLOR": ""})
        self.assertNotIn("\x1b[", shell.run("quotes wher"))

    def test_output_to_a_file_then_back(self):
        target = os.path.join(self.home, "out.ndjson")
        shell = self.shell()
        self.assertNotIn("{", shell.run(".output " + target) + shell.run(".mode ndjson") + shell.run("documents"))
        shell.run(".output")
        self.assertIn('{"id":', shell.run("documents"))
        with open(target) as file:
            self.assertEqual(len(file.read().splitlines()), 5)

    # FIFOs: a wait for the other end is never a hang — Ctrl-C brings the prompt back.

    def test_a_fifo_nobody_reads_or_writes_is_waited_for_until_ctrl_c_and_the_shell_goes_on(self):
        fifo = os.path.join(self.home, "other.fifo")
        os.mkfifo(fifo)
        shell = self.shell()
        for command, waiting in [(".output", "for a program to read %s" % fifo), (".read", "for %s to be written" % fifo)]:
            shell.child.send("%s %s\r" % (command, fifo))
            shell.child.expect_exact("waiting %s (Ctrl-C cancels)" % waiting)
            shell.child.sendcontrol("c")
            shell.child.expect_exact("error: cancelled while waiting %s" % waiting)
            shell.prompt()
            self.assertIn("(5 rows)", shell.run("documents"))
        self.assertIn("output: standard output", shell.run(".show"))
        self.assertEqual(shell.exit(), 0)

    def test_output_to_a_fifo_goes_on_once_a_reader_comes(self):
        fifo = os.path.join(self.home, "results.fifo")
        os.mkfifo(fifo)
        shell = self.shell()
        shell.child.send(".output %s\r" % fifo)
        shell.child.expect_exact("waiting for a program to read")
        reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        self.addCleanup(os.close, reader)
        shell.prompt()
        os.set_blocking(reader, True)
        shell.run(".mode csv")
        shell.run("documents count")
        shell.run(".output")
        received = b""
        while True:
            chunk = os.read(reader, 65536)
            if not chunk:
                break
            received += chunk
        self.assertEqual(received.decode(), "count\r\n5\r\n")

    def test_ctrl_c_cancels_a_running_query_and_ctrl_d_still_exits(self):
        shell = self.shell()
        # A pattern that backtracks exponentially on every sentence of the seeds: it cannot end on its own
        # in any time a test waits, so the prompt can only come back through Ctrl-C. It holds no character a
        # match requires (`$!` did: PCRE2 skips a text without a `!` before trying it) and `(?!)` never holds.
        shell.child.send("sentences where text matches /(\\w+\\s?)+(?!)/ count\r")
        shell.child.expect_exact("count\r\n")
        self.assertTrue(shell.cancel(), "Ctrl-C did not cancel the query")
        self.assertIn("(1 row)", shell.run('documents where id = "000_97494e595005c34c.txt"'))
        self.assertEqual(shell.exit(), 0)

    def test_shell_command_reads_the_keyboard_and_a_background_job_does_not_hold_the_prompt(self):
        # .shell runs in newsq's own process group, as sqlite3's system() does: `read` gets what is typed, and
        # `.shell job &` returns once the shell that started the job has ended, not when the job ends.
        shell = self.shell()
        shell.child.send('.shell read answer; echo "got:$answer"\r')
        shell.child.send("yes\r")
        shell.child.expect_exact("got:yes")
        shell.prompt()
        pid_file = os.path.join(self.home, "job.pid")
        shell.run(".shell sleep 600 </dev/null >/dev/null 2>&1 & echo $! > %s" % pid_file)
        with open(pid_file, encoding="utf-8") as file:
            job = int(file.read().strip())
        self.addCleanup(lambda: os.kill(job, 9))
        self.assertIn("5", shell.run("documents count"))

    def test_ctrl_c_during_a_long_sort_returns_the_prompt(self):
        # 1,200 mentions of one person: each mention's sort key looks through the 1,200 sentences that name
        # her, a minute and more of work in a debug build, so the prompt comes back only through Ctrl-C
        # reaching the sort (before issue 10 a sort asked once, before computing its keys).
        corpus = os.path.join(self.home, "large.jsonl")
        write_large_corpus(corpus, documents=200)
        shell = ShellSession(self.home, ("--corpus", corpus))
        self.addCleanup(shell.child.close, True)
        shell.prompt()
        key = 'entity.mentions.sentence.text contains "zzzz"'
        for statement in ("mentions order by %s limit 1" % key, "mentions top 1 by %s" % key):
            shell.child.send(statement + "\r")
            shell.child.expect_exact('"zzzz"')
            self.assertTrue(shell.cancel(), "Ctrl-C did not cancel " + statement)
        self.assertIn("(1 row)", shell.run("sentences order by text limit 1 show document"))
        self.assertEqual(shell.exit(), 0)

    def test_loading_progress_shows_counts_once_its_delay_has_passed(self):
        # NEWSQ_PROGRESS_AFTER=0 shows progress from the start, so what the line says does not depend on how
        # fast this machine loads; the default half second is the same code with a later start.
        corpus = os.path.join(self.home, "large.jsonl")
        write_large_corpus(corpus, documents=200)
        session = ShellSession(self.home, ("--corpus", corpus), environment={"NEWSQ_PROGRESS_AFTER": "0"})
        self.addCleanup(session.child.close, True)
        session.child.expect(r"loading [^\r\n]*: extracting [\d,]+ of 200 articles \(\d+%\) … [\d.]+ s")
        session.child.expect_exact(PROMPT)
        self.assertIn("200 documents", session.child.before)

    def test_progress_is_erased_before_the_banner(self):
        corpus = os.path.join(self.home, "small.jsonl")
        write_large_corpus(corpus, documents=20)
        session = ShellSession(self.home, ("--corpus", corpus), environment={"NEWSQ_PROGRESS_AFTER": "0"})
        self.addCleanup(session.child.close, True)
        before = session.prompt()
        banner = before[before.rindex("\x1b[K"):]
        self.assertRegex(banner, r"^\x1b\[Knewsq: 20 documents")


def write_large_corpus(path, documents):
    """Generated articles (no real text), enough to make loading and scanning take a while."""
    words = "the of and to in a is that for on with as by at from it this be are was were has will".split()
    with open(path, "w", encoding="utf-8") as file:
        for number in range(documents):
            paragraphs = []
            for paragraph in range(6):
                body = " ".join(words[(number * 7 + paragraph * 3 + position) % len(words)] for position in range(50))
                paragraphs.append('Minister Anna Berg said, "%s." Then %s.' % (body, body[:120]))
            file.write(json.dumps({"id": "doc%d" % number, "title": "Story %d" % number,
                                   "text": "\n\n".join(paragraphs)}) + "\n")


if __name__ == "__main__":
    if not os.access(BINARY, os.X_OK):
        sys.exit("newsq binary not found at %s; run `swift build` first" % BINARY)
    unittest.main(verbosity=2)
