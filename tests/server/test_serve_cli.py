"""``shieldwall serve`` as a real process: keys from the environment, graceful SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from shieldwall.cli.app import main
from shieldwall.server.security import hash_key
from shieldwall.server.stub import StubConfig


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_rejects_bad_policy(capsys: Any) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["serve", "--policy", "/no/such/policy.yaml"])
    assert exc.value.code == 2
    assert "no such file or preset" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["serve", "--policy", "research", "--db", "nope://x"])
    assert exc.value.code == 2 and "cannot use database URL" in capsys.readouterr().err


def test_serve_rejects_unknown_scanner_without_traceback(tmp_path: Path, capsys: Any) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text("name: x\ninput:\n  scanners: [no_such_scanner]\n")
    with pytest.raises(SystemExit) as exc:
        main(["serve", "--policy", str(policy)])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "unknown scanner 'no_such_scanner'" in err
    assert "Traceback" not in err


@pytest.mark.slow
def test_serve_process_keys_and_graceful_shutdown(tmp_path: Path, stub: Any,
                                                  stub_config: StubConfig) -> None:
    stub_server, _ = stub
    policy = tmp_path / "policy.yaml"
    policy.write_text("name: empty\nmessages: {block: \"Not allowed.\"}\n")
    port = free_port()
    env = {**os.environ, "SHIELDWALL_API_KEYS": hash_key("svc-123"),
           "SHIELDWALL_UPSTREAM_API_KEY": "sk-up-secret", "SHIELDWALL_REPORT_KEYS": "rk"}
    log = tmp_path / "serve.log"
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "shieldwall.cli.app", "serve", "--policy", str(policy),
             "--upstream", stub_server.url + "/v1", "--port", str(port),
             "--db", str(tmp_path / "r.db"), "--graceful-timeout", "10"],
            env=env, stdout=sink, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "serve did not start"
            time.sleep(0.1)
        body = {"model": "m", "messages": [{"role": "user", "content": "hello"}]}
        assert httpx.post(base + "/v1/chat/completions", json=body).status_code == 401
        # A key in the URL is refused like no key, and the access log shows it redacted.
        assert httpx.get(base + "/v1/reports?api_key=rk").status_code == 401
        stub_config.delay_s = 1.0
        result: dict[str, Any] = {}

        def call() -> None:
            result["r"] = httpx.post(base + "/v1/chat/completions", json=body, timeout=15,
                                     headers={"Authorization": "Bearer svc-123"})

        worker = threading.Thread(target=call)
        worker.start()
        time.sleep(0.4)  # in flight, waiting on the slow upstream
        proc.send_signal(signal.SIGTERM)
        worker.join(15)
        assert result["r"].status_code == 200
        assert result["r"].json()["choices"][0]["message"]["content"] == "You said: hello"
        # uvicorn re-raises the captured SIGTERM after a clean shutdown.
        assert proc.wait(15) in (0, -signal.SIGTERM)
        assert "Finished server process" in log.read_text()
        assert stub_config.seen_headers[-1]["authorization"] == "Bearer sk-up-secret"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(5)
    output = log.read_text()
    assert "sk-up-secret" not in output and "svc-123" not in output
    assert f"reports database: {tmp_path / 'r.db'}" in output
    assert "api_key=REDACTED" in output and "api_key=rk" not in output


def test_hash_key_and_key_files(tmp_path: Path, capsys: Any) -> None:
    from shieldwall.server.security import KeyRing, read_key_file

    def run(args: list[str]) -> None:
        with pytest.raises(SystemExit) as exc:
            main(args)
        assert exc.value.code in (0, None)

    run(["hash-key", "my-key"])
    digest = capsys.readouterr().out.strip()
    assert digest == hash_key("my-key") and digest.startswith("sha256:") and len(digest) == 71
    run(["hash-key"])
    out = capsys.readouterr().out
    assert out.startswith("key:  sw-") and "hash: sha256:" in out
    keys = tmp_path / "keys.txt"
    keys.write_text(f"# service keys\n{digest}  # app one\n\nplain-key\n")
    ring = KeyRing(read_key_file(keys))
    assert ring.check("my-key") and ring.check("plain-key") and not ring.check("other")
    assert not ring.check(digest)  # the hash itself is not a key
