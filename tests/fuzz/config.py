"""How many cases the fuzzing sweep tries, and how.

Two modes (README, "Fuzzing"):

- in the normal suite, ``FUZZ_EXAMPLES`` unset: 400 cases over all the tests, derandomized (the same cases on every
  run, so CI is deterministic);
- on demand, e.g. ``FUZZ_EXAMPLES=10000 .venv/bin/python -m pytest tests/fuzz -p no:xdist``: that many cases in
  all, with a random seed (a failure prints how to replay it).
"""

import os

from hypothesis import HealthCheck, settings

DEFAULT_EXAMPLES = 400
TOTAL = int(os.environ.get("FUZZ_EXAMPLES", "") or DEFAULT_EXAMPLES)
ON_DEMAND = bool(os.environ.get("FUZZ_EXAMPLES"))


def fuzz_settings(share):
    """Hypothesis settings for a test that takes ``share`` of the total number of cases."""
    return settings(
        max_examples=max(1, round(TOTAL * share)),
        derandomize=not ON_DEMAND,
        database=None,
        deadline=None,
        print_blob=True,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,  # the client and settings fixtures are the same for every case
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )
