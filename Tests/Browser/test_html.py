"""The HTML export opened in a real browser: Debian's chromium, headless, takes a screenshot of the page
newsq wrote, and the picture must hold the chart's bars and the table's text — not a blank page.

Run by `make test` (which installs chromium when missing) with NEWSQ_BINARY naming the built binary.
"""

import os
import shutil
import struct
import subprocess
import tempfile
import unittest
import zlib

BINARY = os.environ.get("NEWSQ_BINARY", ".build/debug/newsq")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BAR = (0x3B, 0x6F, 0xB6)  # HTMLRenderer.barColor


def read_png(path):
    """Width, height and rows of RGB tuples of an 8-bit RGB or RGBA PNG, decoded with the standard library."""
    with open(path, "rb") as file:
        data = file.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    offset, chunks, header = 8, [], None
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        offset += 12 + length
    width, height, depth, color, _, _, interlace = header
    assert depth == 8 and color in (2, 6) and interlace == 0, "unexpected PNG format %r" % (header,)
    channels = 3 if color == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows, previous, position = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[position], bytearray(raw[position + 1 : position + 1 + stride])
        position += 1 + stride
        for index in range(stride):
            left = line[index - channels] if index >= channels else 0
            up = previous[index]
            corner = previous[index - channels] if index >= channels else 0
            if kind == 1:
                line[index] = (line[index] + left) & 0xFF
            elif kind == 2:
                line[index] = (line[index] + up) & 0xFF
            elif kind == 3:
                line[index] = (line[index] + (left + up) // 2) & 0xFF
            elif kind == 4:
                estimate = left + up - corner
                distances = (abs(estimate - left), abs(estimate - up), abs(estimate - corner))
                nearest = left if distances[0] <= distances[1] and distances[0] <= distances[2] else (
                    up if distances[1] <= distances[2] else corner)
                line[index] = (line[index] + nearest) & 0xFF
        rows.append([tuple(line[i : i + 3]) for i in range(0, stride, channels)])
        previous = line
    return width, height, rows


def chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    raise unittest.SkipTest("chromium is not installed (make test installs it)")


def screenshot(page, picture):
    command = [chromium(), "--headless", "--disable-gpu", "--hide-scrollbars", "--window-size=900,700",
               "--screenshot=" + picture, "file://" + page]
    if os.geteuid() == 0:
        command.insert(1, "--no-sandbox")
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


class HTMLExportTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="newsq-html-")

    def tearDown(self):
        shutil.rmtree(self.folder, ignore_errors=True)

    def export(self, statement, name):
        page = os.path.join(self.folder, name)
        subprocess.run([BINARY, "--corpus", os.path.join(ROOT, "seeds"), "-c", statement,
                        "-c", ".export html " + page], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        with open(page, encoding="utf-8") as file:
            text = file.read()
        self.assertNotIn("http://", text.replace('xmlns="http://www.w3.org/2000/svg"', ""),
                         "the page fetches nothing from the network")
        self.assertNotIn("https://", text)
        return page

    def test_chart_and_table_render(self):
        page = self.export("quotes where speaker is not null group by speaker top 8 chart", "speakers.html")
        picture = os.path.join(self.folder, "speakers.png")
        screenshot(page, picture)
        width, height, rows = read_png(picture)
        self.assertEqual((width, height), (900, 700))
        pixels = [pixel for row in rows for pixel in row]
        ink = sum(1 for pixel in pixels if sum(pixel) < 600)
        self.assertGreater(ink, 2000, "the page has text and bars, not a blank sheet")
        bar_pixels = [(x, y) for y, row in enumerate(rows) for x, pixel in enumerate(row)
                      if all(abs(a - b) <= 6 for a, b in zip(pixel, BAR))]
        self.assertGreater(len(bar_pixels), 8 * 100, "eight bars are drawn")
        # The longest bar (9 quotes) is longer than the shortest (2): the bars are scaled, not all alike.
        lengths = {}
        for x, y in bar_pixels:
            lengths[y] = lengths.get(y, 0) + 1
        self.assertGreater(max(lengths.values()), 3 * min(value for value in lengths.values() if value > 20))
        # Text below the chart: the table's rows are dark pixels under the last bar.
        lowest_bar = max(y for _, y in bar_pixels)
        self.assertGreater(sum(1 for row in rows[lowest_bar + 20:] for pixel in row if sum(pixel) < 300), 500)

    def test_a_page_without_numbers_is_a_table(self):
        page = self.export('quotes where speaker = "Peskov" show speaker, text', "table.html")
        with open(page, encoding="utf-8") as file:
            text = file.read()
        self.assertNotIn("<svg", text)
        self.assertEqual(text.count("<tr>"), 7)
        picture = os.path.join(self.folder, "table.png")
        screenshot(page, picture)
        _, _, rows = read_png(picture)
        self.assertGreater(sum(1 for row in rows for pixel in row if sum(pixel) < 300), 1000)


if __name__ == "__main__":
    unittest.main()
