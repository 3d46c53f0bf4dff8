"""posapp: a non-custodial point of sale that takes USDC on Stellar at the counter."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("posapp")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
