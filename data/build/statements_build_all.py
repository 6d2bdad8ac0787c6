"""Rebuild every data/statements/*.jsonl from its builder, then validate the folder.

Run from anywhere: python data/build/statements_build_all.py
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SKIP = {"statements_lib.py", "statements_check.py", "statements_build_all.py"}


def main() -> int:
    sys.path.insert(0, str(HERE))
    for path in sorted(HERE.glob("statements_*.py")):
        if path.name not in SKIP:
            runpy.run_path(str(path), run_name="__main__")
    check = runpy.run_path(str(HERE / "statements_check.py"))
    return int(check["main"]())


if __name__ == "__main__":
    sys.exit(main())
