"""Importing a library without the parts of it a run never calls.

spaCy imports its command line (typer, requests, the model downloader) and
sentence-transformers imports scikit-learn and scipy.stats for evaluation
helpers: seconds of start-up for functions verify never calls. While such a
library is imported, those modules are stood in for: each name taken from a
stand-in is a function that imports the real module when first called. The
stand-ins are gone once the import is over, so a later import gets the real
module.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import types
from collections.abc import Iterator


class _Deferred(types.ModuleType):
    def __getattr__(self, attr: str):
        if attr.startswith("__"):
            raise AttributeError(attr)
        module = self.__name__

        def later(*args, **kwargs):
            return getattr(importlib.import_module(module), attr)(*args, **kwargs)

        later.__name__ = later.__qualname__ = attr
        return later


@contextlib.contextmanager
def deferred(*modules: str) -> Iterator[None]:
    """Within the block, importing any of `modules` (not yet imported) gives a stand-in."""
    stubs = {name: _Deferred(name) for name in modules if name not in sys.modules}
    sys.modules.update(stubs)
    try:
        yield
    finally:
        for name, stub in stubs.items():
            if sys.modules.get(name) is stub:
                del sys.modules[name]
