#!/usr/bin/env python3
"""A longer fuzz campaign: the property tests of tests/test_fuzz.py with many
more examples than CI runs, and the counts of examples tried.

    python benchmarks/fuzz.py [--examples 2000]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=2000, help="examples per property (the pipeline test runs a tenth)")
    args = ap.parse_args()
    env = dict(os.environ, VERIFY_FUZZ_EXAMPLES=str(args.examples))
    run = subprocess.run([sys.executable, "-m", "pytest", "tests/test_fuzz.py", "-q", "-p", "no:cacheprovider",
                          "--hypothesis-show-statistics"], cwd=ROOT, env=env, capture_output=True, text=True)
    passing = sum(int(n) for n in re.findall(r"(\d+) passing examples", run.stdout))
    failing = sum(int(n) for n in re.findall(r"(\d+) failing examples", run.stdout))
    invalid = sum(int(n) for n in re.findall(r"(\d+) invalid examples", run.stdout))
    print(run.stdout.strip().splitlines()[-1])
    print(f"fuzz campaign: {passing} passing examples, {failing} failing, {invalid} invalid "
          f"(up to {args.examples} per property; the whole pipeline gets {max(10, args.examples // 10)})")
    if run.returncode:
        print(run.stdout[-4000:])
    sys.exit(run.returncode)


if __name__ == "__main__":
    main()
