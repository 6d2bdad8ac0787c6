"""Download file: a small service generated for the internal tools team."""
import json
import logging
import os
from dataclasses import dataclass
from typing import Any

from flask import Flask, jsonify, request

app = Flask(__name__)
logger = logging.getLogger(__name__)
DATA_DIR = os.environ.get("DATA_DIR", "/srv/data")


@dataclass
class Settings:
    timeout: float = 5.0
    retries: int = 3


settings = Settings()


def _ok(payload: Any) -> Any:
    return jsonify({"status": "ok", "data": payload})


from flask import send_file


@app.route("/download")
def download():
    name = request.args.get("name")
    return send_file(os.path.join(DATA_DIR, request.args.get("name")))


@app.route("/health")
def health():
    return _ok({"service": "download_file"})


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
    app.run(port=int(os.environ.get("PORT", "8000")))
