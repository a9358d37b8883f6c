#!/usr/bin/env python3
"""Cross-check helder's Flesch-Douma against textstat 0.7 (set_lang("nl")).

CI runs, from the repository root:
    pip install textstat==0.7.13
    cargo test --test plain corpus_scores      # writes the scores and runs this script
    python3 tests/plain/textstat_compare.py

Exits 1 when the mean absolute difference over the corpus exceeds 3 points.
helder counts syllables with hypher's TeX patterns, textstat with Pyphen's (LibreOffice)
patterns, and textstat skips sentences of two words or fewer; small differences are
expected, a large mean difference means a broken count or formula.
"""

import json
import os
import sys
from pathlib import Path

import textstat

LIMIT = 3.0
ROOT = Path(__file__).resolve().parents[2]


def paragraphs(path: Path) -> list[str]:
    blocks, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return blocks


def main() -> int:
    corpus = ROOT / "tests" / "plain" / "corpus-nl.txt"
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    scores_path = Path(sys.argv[1]) if len(sys.argv) > 1 else target / "plain-scores.json"
    if not scores_path.exists():
        print(f"{scores_path}: missing; run `cargo test --test plain corpus_scores` first")
        return 2
    helder = json.loads(scores_path.read_text(encoding="utf-8"))
    texts = paragraphs(corpus)
    if len(texts) != len(helder):
        print(f"corpus has {len(texts)} paragraphs, {scores_path} has {len(helder)} scores")
        return 2
    textstat.set_lang("nl")
    diffs = []
    print(f"{'#':>3} {'helder':>8} {'textstat':>9} {'diff':>6}  paragraph")
    for i, (text, entry) in enumerate(zip(texts, helder)):
        if entry["text"] != text:
            print(f"paragraph {i + 1}: text differs between corpus and {scores_path}")
            return 2
        ours = entry["flesch_douma"]
        theirs = textstat.flesch_reading_ease(text)
        diffs.append(abs(ours - theirs))
        print(f"{i + 1:>3} {ours:>8.1f} {theirs:>9.1f} {ours - theirs:>+6.1f}  {text[:50]}")
    mean = sum(diffs) / len(diffs)
    print(f"mean absolute difference: {mean:.2f} over {len(diffs)} paragraphs (limit {LIMIT})")
    return 0 if mean <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
