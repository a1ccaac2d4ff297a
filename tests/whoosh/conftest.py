"""Fixtures of the Whoosh tests: the shared corpus, built once per module, and backends on it."""

import shutil

import pytest

pytest.importorskip("numpy", reason="search.backends.whoosh_arrays needs numpy")

from search.backends import whoosh_arrays

from .corpus import build_corpus, new_backend


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The corpus, indexed once for the module: (index folder, items)."""
    backend = new_backend(tmp_path_factory.mktemp("corpus") / "whoosh")
    items = build_corpus(backend)
    yield backend.path, items
    whoosh_arrays.forget(backend.path)


@pytest.fixture
def corpus(built):
    return built[1]


@pytest.fixture
def backend(built):
    """A backend on the shared corpus, for tests that only read it."""
    return new_backend(built[0])


@pytest.fixture
def own_backend(built, tmp_path):
    """A backend on a copy of the corpus, for tests that write to it."""
    path = tmp_path / "whoosh"
    shutil.copytree(built[0], path)
    backend = new_backend(path)
    yield backend
    whoosh_arrays.forget(backend.path)
