"""Run the whole test suite (what `make test` calls), saying plainly whether the browser tests can run here."""

import os
import shutil
import sys

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def main(args):
    if not shutil.which(CHROMIUM):
        print(
            f"NOTE: {CHROMIUM} is missing, so the browser tests (tests/e2e) will be skipped. "
            "Install Debian's Chromium to run them: apt-get install -y chromium",
            flush=True,
        )
    workers = [] if any(a.startswith("-n") for a in args) else ["-n", os.environ.get("TEST_WORKERS", "2")]
    return pytest.main([*workers, *args])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
