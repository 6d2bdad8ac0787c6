"""A small script with two classic mistakes, for `shieldwall scan-code examples/app.py`."""

import hashlib
import subprocess
import sys


def archive(folder: str) -> None:
    # User input reaches a shell: command injection (CWE-78).
    subprocess.run(f"tar czf backup.tgz {folder}", shell=True, check=True)


def password_digest(password: str) -> str:
    # MD5 is not a password hash (CWE-327/916).
    return hashlib.md5(password.encode()).hexdigest()


if __name__ == "__main__":
    archive(sys.argv[1])
    print(password_digest(sys.argv[2]))
