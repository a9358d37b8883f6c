"""The peer of `cargo bench --bench batch`: the typst Python binding (PyPI `typst`),
one Compiler reused, one thread, compiling the same two-page letters helder makes.

The bench prepares a folder: `letter.typ` (helder's house style, reading the letter
from `sys.inputs.letter` instead of `/letter.json`), `icons/`, `house/logo.svg`, `fonts/` (the four Noto
files the house style names) and `letters.jsonl` (helder's Letter IR of each letter, as
helder's own typesetter receives it). Usage: python3 typst_peer.py FOLDER LETTERS
Prints `RESULT letters=N secs=S rss_mib=M bytes=B`.
"""

import datetime
import resource
import sys
import time

import typst


def main() -> None:
    folder, count = sys.argv[1], int(sys.argv[2])
    with open(f"{folder}/letters.jsonl", encoding="utf-8") as f:
        letters = f.read().splitlines()
    compiler = typst.Compiler(
        f"{folder}/letter.typ",
        root=folder,
        font_paths=[f"{folder}/fonts"],
        ignore_system_fonts=True,
    )
    stamp = datetime.datetime(2026, 11, 23, tzinfo=datetime.timezone.utc)

    def compile_one(letter: str) -> bytes:
        return compiler.compile(
            format="pdf",
            sys_inputs={"letter": letter},
            pdf_standards=["a-2b", "ua-1"],
            timestamp=stamp,
        )

    # The first letter loads fonts and the library: not counted, as for helder.
    compile_one(letters[0])
    start = time.perf_counter()
    total = 0
    for i in range(count):
        total += len(compile_one(letters[i % len(letters)]))
    secs = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"RESULT letters={count} secs={secs:.3f} rss_mib={rss:.1f} bytes={total}", flush=True)


if __name__ == "__main__":
    main()
