"""posapp: a non-custodial point of sale that takes USDC on Stellar at the counter.

``posapp.__version__`` is read from the installed package's metadata the first time it is
asked for, not on every start (reading the metadata costs 10–17 ms).
"""

from functools import cache


@cache
def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("posapp")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module 'posapp' has no attribute {name!r}")
