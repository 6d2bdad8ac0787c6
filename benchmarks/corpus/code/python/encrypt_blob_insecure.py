#!/usr/bin/env python3
"""Encrypt blob.

Usage: python tool.py --input data.json
"""
import argparse
import json
import logging
import sys
from pathlib import Path

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("tool")


def read_json(path: Path) -> dict:
    with path.open("r", encoding="utf-8") as handle:
        return json.load(handle)


from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt(key: bytes, data: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(pad(data, AES.block_size))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Encrypt blob")
    parser.add_argument("--input", type=Path, required=False)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.verbose:
        log.setLevel(logging.DEBUG)
    if args.input is not None:
        log.info("loaded %d keys", len(read_json(args.input)))
    return 0


def summarize(values: list[float]) -> dict:
    """Basic statistics for the daily report."""
    if not values:
        return {"count": 0}
    ordered = sorted(values)
    middle = len(ordered) // 2
    return {
        "count": len(ordered),
        "min": ordered[0],
        "max": ordered[-1],
        "median": ordered[middle],
    }


if __name__ == "__main__":
    sys.exit(main())
