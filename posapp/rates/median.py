"""The median of several rate sources, with outliers dropped."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, localcontext

from posapp.core.errors import InvalidInput, RateUnavailable
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.session import RateQuote
from posapp.rates.base import RateSource, normalize_currency, require_aware
from posapp.rates.quote_validation import show_rate, validate_quote

# Big enough that +, −, × and ×0.5 on validated rates are always exact.
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
_HALF = Decimal("0.5")


def exact_median(values: Sequence[Decimal]) -> Decimal:
    """The exact median: the middle value, or the mean of the two middle ones. Any thread."""
    if not values:
        raise ValueError("median of no values")
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    with localcontext(_EXACT):
        return (ordered[mid - 1] + ordered[mid]) * _HALF


def _deviates(rate: Decimal, median: Decimal, max_spread_percent: Decimal) -> bool:
    """True when ``rate`` is more than ``max_spread_percent`` % away from ``median`` (exact)."""
    with localcontext(_EXACT):
        return abs(rate - median) * 100 > max_spread_percent * median


def _label(names: Sequence[str]) -> str:
    return f"median({','.join(names)})"


class MedianRateSource:
    """Asks every source, drops outliers, answers the exact median of the rest.

    ``quote`` asks the sources in parallel (one worker thread each), so it blocks about as
    long as the slowest source's timeout: call it from any non-GUI thread. ``cached_quote``
    uses only the sources' cached quotes and never does I/O (any thread).

    A quote's ``source`` names the sources that made it (``"median(coingecko,other)"``) and
    its ``fetched_at`` is the oldest of theirs.
    """

    def __init__(
        self,
        sources: Sequence[RateSource],
        *,
        min_sources: int = 1,
        max_spread_percent: Decimal = Decimal("5"),
    ) -> None:
        """Raise InvalidInput for no sources, duplicate names or impossible limits."""
        self.sources: tuple[RateSource, ...] = tuple(sources)
        names = [source.name for source in self.sources]
        if not names:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "a median rate source needs at least one source")
            )
        if len(set(names)) != len(names):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "rate source names must differ: {names}"),
                names=", ".join(names),
            )
        if isinstance(min_sources, bool) or not 1 <= min_sources <= len(names):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "min_sources must be between 1 and {count}"),
                count=len(names),
            )
        if (
            not isinstance(max_spread_percent, Decimal)
            or not max_spread_percent.is_finite()
            or max_spread_percent < 0
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "max_spread_percent must be a Decimal of zero or more")
            )
        self.min_sources = min_sources
        self.max_spread_percent = max_spread_percent
        self.name = _label(names)

    def __repr__(self) -> str:
        return f"MedianRateSource({self.name!r}, min_sources={self.min_sources})"

    def quote(self, currency: str, now: datetime) -> RateQuote:
        """The median of the sources' fresh quotes; RateUnavailable if too few agree.

        Blocking network I/O (parallel): any non-GUI thread.
        """
        require_aware(now, "now")
        code = normalize_currency(currency)
        if code is None:
            raise RateUnavailable(
                QT_TRANSLATE_NOOP("errors", "{name}: {currency!r} is not a currency code"),
                name=self.name,
                currency=str(currency)[:20],
            )
        with ThreadPoolExecutor(
            max_workers=len(self.sources), thread_name_prefix="posapp-rates"
        ) as pool:
            futures = [pool.submit(self._ask, source, code, now) for source in self.sources]
            answers = [future.result() for future in futures]
        quotes = [answer for answer in answers if isinstance(answer, RateQuote)]
        problems = [answer for answer in answers if isinstance(answer, str)]
        return self._combine(code, quotes, problems)

    def cached_quote(self, currency: str, now: datetime) -> RateQuote | None:
        """The median of the sources' cached quotes, or None. Never does I/O; any thread."""
        code = normalize_currency(currency)
        require_aware(now, "now")
        if code is None:
            return None
        quotes: list[RateQuote] = []
        for source in self.sources:
            try:
                cached = source.cached_quote(code, now)
                if cached is not None:
                    quotes.append(self._check(source, cached, code, now))
            except Exception:  # a broken source simply has nothing cached
                continue
        try:
            return self._combine(code, quotes, [])
        except RateUnavailable:
            return None

    def close(self) -> None:
        """Close every source (idempotent)."""
        for source in self.sources:
            source.close()

    def _ask(self, source: RateSource, currency: str, now: datetime) -> RateQuote | str:
        """One source's validated quote, or the one-line reason it has none (worker thread)."""
        try:
            return self._check(source, source.quote(currency, now), currency, now)
        except RateUnavailable as exc:
            return str(exc)
        except Exception as exc:  # the contract: nothing but RateUnavailable escapes
            return f"{source.name}: unexpected error ({type(exc).__name__})"

    @staticmethod
    def _check(source: RateSource, quote: RateQuote, currency: str, now: datetime) -> RateQuote:
        if quote.currency != currency:
            raise RateUnavailable(
                QT_TRANSLATE_NOOP("errors", "{name}: answered {answered}, not {currency}"),
                name=source.name,
                answered=quote.currency,
                currency=currency,
            )
        return validate_quote(quote, now, max_age=None)

    def _combine(self, currency: str, quotes: list[RateQuote], problems: list[str]) -> RateQuote:
        total = len(self.sources)
        if len(quotes) < self.min_sources:
            detail = "; ".join(problems) or "nothing cached"
            raise RateUnavailable(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name}: {count} of {total} sources answered for {currency} (need "
                    "{min_sources}): {detail}",
                ),
                name=self.name,
                count=len(quotes),
                total=total,
                currency=currency,
                min_sources=self.min_sources,
                detail=detail,
            )
        median = exact_median([q.rate for q in quotes])
        kept = [q for q in quotes if not _deviates(q.rate, median, self.max_spread_percent)]
        if len(kept) < self.min_sources or not kept:
            rates = ", ".join(f"{q.source}={show_rate(q.rate)}" for q in quotes)
            raise RateUnavailable(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name}: {currency} sources disagree by more than {max_spread}% ({rates})",
                ),
                name=self.name,
                currency=currency,
                max_spread=show_rate(self.max_spread_percent),
                rates=rates,
            )
        return RateQuote(
            currency=currency,
            rate=exact_median([q.rate for q in kept]),
            source=_label([q.source for q in kept]),
            fetched_at=min(q.fetched_at for q in kept),
        )
