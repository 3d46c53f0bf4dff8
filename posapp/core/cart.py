"""A cart's arithmetic: lines, discounts, tax (inclusive or exclusive) and tip, exactly.

Every amount is a Decimal in the shop's currency, rounded half-up to the currency's places
at each step a receipt shows (line discount, share of the cart discount, line tax, tip), so
the parts always add up to the total:

    total = Σ gross − Σ (line discount + share of cart discount) + (Σ tax if exclusive) + tip

A cart discount is spread over the lines in proportion to what they cost after their own
discounts (largest remainder, so the shares add up to the discount exactly); each line's tax
is computed on what it costs after every discount. Inclusive tax is the part of the price
that is tax: ``net − net / (1 + rate)``. Pure functions; any thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from enum import StrEnum

from posapp.core.errors import InvalidAmount, InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP

MAX_QUANTITY = 9999
MAX_LINES = 500
HUNDRED = Decimal(100)


class TaxMode(StrEnum):
    """Whether shelf prices include tax (most of the world) or tax is added (US style)."""

    INCLUSIVE = "inclusive"
    EXCLUSIVE = "exclusive"


@dataclass(frozen=True, slots=True)
class Discount:
    """A percentage (0–100) or a fixed amount off."""

    percent: Decimal | None = None
    amount: Decimal | None = None

    def __post_init__(self) -> None:
        if (self.percent is None) == (self.amount is None):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "a discount is either a percentage or an amount")
            )
        if self.percent is not None and not 0 <= self.percent <= HUNDRED:
            raise InvalidAmount(
                QT_TRANSLATE_NOOP("errors", "a discount percentage is between 0 and 100")
            )
        if self.amount is not None and self.amount < 0:
            raise InvalidAmount(QT_TRANSLATE_NOOP("errors", "a discount cannot be negative"))

    def off(self, base: Decimal, quantum: Decimal) -> Decimal:
        """How much comes off ``base`` (never more than ``base``)."""
        if self.percent is not None:
            return _round(base * self.percent / HUNDRED, quantum)
        assert self.amount is not None
        return min(self.amount, base)

    def describe(self) -> str:
        """``10%`` or ``5.00`` (for receipts and payloads)."""
        return f"{self.percent.normalize():f}%" if self.percent is not None else f"{self.amount}"


@dataclass(frozen=True, slots=True)
class Tip:
    """A tip: a percentage of the total before the tip, or an amount."""

    percent: Decimal | None = None
    amount: Decimal | None = None

    def __post_init__(self) -> None:
        if (self.percent is None) == (self.amount is None):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "a tip is either a percentage or an amount")
            )
        if self.percent is not None and not 0 <= self.percent <= HUNDRED:
            raise InvalidAmount(
                QT_TRANSLATE_NOOP("errors", "a tip percentage is between 0 and 100")
            )
        if self.amount is not None and self.amount < 0:
            raise InvalidAmount(QT_TRANSLATE_NOOP("errors", "a tip cannot be negative"))

    def of(self, base: Decimal, quantum: Decimal) -> Decimal:
        """The tip on a total of ``base``."""
        if self.percent is not None:
            return _round(base * self.percent / HUNDRED, quantum)
        assert self.amount is not None
        return self.amount


@dataclass(frozen=True, slots=True)
class CartLine:
    """One line: an item from the catalog (``sku``) or a keyed amount (no sku)."""

    name: str
    unit_price: Decimal
    quantity: int = 1
    tax_rate: Decimal = Decimal(0)
    """Percent, e.g. ``18`` for 18 %."""
    sku: str | None = None
    category: str = ""
    discount: Discount | None = None

    def __post_init__(self) -> None:
        if isinstance(self.quantity, bool) or not isinstance(self.quantity, int):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "a quantity is a whole number"))
        if not 1 <= self.quantity <= MAX_QUANTITY:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "a quantity is between 1 and {limit}"),
                limit=MAX_QUANTITY,
            )
        if self.unit_price < 0:
            raise InvalidAmount(QT_TRANSLATE_NOOP("errors", "a price cannot be negative"))
        if not 0 <= self.tax_rate <= HUNDRED:
            raise InvalidAmount(QT_TRANSLATE_NOOP("errors", "a tax rate is between 0 and 100 %"))


@dataclass(frozen=True, slots=True)
class PricedLine:
    """A line with what the customer pays for it."""

    line: CartLine
    gross: Decimal
    """unit price × quantity"""
    line_discount: Decimal
    cart_discount: Decimal
    """This line's share of the cart discount."""
    net: Decimal
    """gross − both discounts: what the line costs (tax included when inclusive)."""
    tax: Decimal


@dataclass(frozen=True, slots=True)
class PricedCart:
    """A cart with every part of its total."""

    lines: tuple[PricedLine, ...]
    tax_mode: TaxMode
    subtotal: Decimal
    """Σ gross"""
    discount: Decimal
    """Σ line discounts + the cart discount"""
    tax: Decimal
    tip: Decimal
    total: Decimal
    cart_discount: Discount | None = None
    tip_rule: Tip | None = field(default=None)

    @property
    def before_tip(self) -> Decimal:
        """What the cart costs without the tip."""
        return self.total - self.tip


def price_cart(
    lines: tuple[CartLine, ...] | list[CartLine],
    *,
    places: int,
    tax_mode: TaxMode = TaxMode.INCLUSIVE,
    cart_discount: Discount | None = None,
    tip: Tip | None = None,
) -> PricedCart:
    """Price ``lines`` in a currency of ``places`` decimals. InvalidInput for an empty or
    oversized cart."""
    if not lines:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "the cart is empty"))
    if len(lines) > MAX_LINES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "a cart holds at most {limit} lines"), limit=MAX_LINES
        )
    quantum = Decimal(1).scaleb(-places)
    zero = Decimal(0).quantize(quantum)
    amounts = [line.unit_price for line in lines]
    amounts += [
        d.amount for d in (cart_discount, tip, *(x.discount for x in lines)) if d and d.amount
    ]
    if any(a != a.quantize(quantum) for a in amounts):
        raise InvalidAmount(
            QT_TRANSLATE_NOOP(
                "errors", "an amount has more than {places} decimal places for this currency"
            ),
            places=places,
        )
    gross = [_round(line.unit_price * line.quantity, quantum) for line in lines]
    own = [
        line.discount.off(g, quantum) if line.discount is not None else zero
        for line, g in zip(lines, gross, strict=True)
    ]
    after_own = [g - d for g, d in zip(gross, own, strict=True)]
    base = sum(after_own, Decimal(0))
    whole = cart_discount.off(base, quantum) if cart_discount is not None else zero
    shares = _spread(whole, after_own, quantum)
    priced = []
    for line, g, d, share, rest in zip(lines, gross, own, shares, after_own, strict=True):
        net = rest - share
        rate = line.tax_rate / HUNDRED
        if tax_mode is TaxMode.EXCLUSIVE:
            tax = _round(net * rate, quantum)
        else:
            tax = net - _round(net / (1 + rate), quantum)
        priced.append(PricedLine(line, g, d, share, net, tax))
    subtotal = sum(gross, Decimal(0))
    discount = sum(own, Decimal(0)) + whole
    tax = sum((p.tax for p in priced), Decimal(0))
    before_tip = sum((p.net for p in priced), Decimal(0))
    if tax_mode is TaxMode.EXCLUSIVE:
        before_tip += tax
    tip_amount = tip.of(before_tip, quantum) if tip is not None else zero
    return PricedCart(
        lines=tuple(priced),
        tax_mode=tax_mode,
        subtotal=subtotal,
        discount=discount,
        tax=tax,
        tip=tip_amount,
        total=before_tip + tip_amount,
        cart_discount=cart_discount,
        tip_rule=tip,
    )


def _round(value: Decimal, quantum: Decimal) -> Decimal:
    return value.quantize(quantum, rounding=ROUND_HALF_UP)


def _spread(whole: Decimal, weights: list[Decimal], quantum: Decimal) -> list[Decimal]:
    """Split ``whole`` over ``weights`` in proportion, in steps of ``quantum``, exactly."""
    total = sum(weights, Decimal(0))
    if whole == 0 or total == 0:
        return [Decimal(0).quantize(quantum)] * len(weights)
    exact = [whole * w / total for w in weights]
    floors = [e.quantize(quantum, rounding=ROUND_FLOOR) for e in exact]
    left = int((whole - sum(floors, Decimal(0))) / quantum)
    order = sorted(range(len(weights)), key=lambda i: (floors[i] - exact[i], i))
    for i in order[:left]:
        floors[i] += quantum
    return floors


@dataclass(frozen=True, slots=True)
class SoldItem:
    """A priced line as the sale keeps it (receipts, webhooks, history)."""

    name: str
    sku: str | None
    category: str
    quantity: int
    unit_price: Decimal
    discount: Decimal
    """The line's own discount plus its share of the cart discount."""
    net: Decimal
    tax: Decimal
    tax_rate: Decimal

    def to_json(self) -> dict[str, object]:
        """JSON-safe (amounts as plain decimal strings); the webhook's ``items`` entries."""
        return {
            "name": self.name,
            "sku": self.sku,
            "category": self.category,
            "quantity": self.quantity,
            "unit_price": f"{self.unit_price:f}",
            "discount": f"{self.discount:f}",
            "net": f"{self.net:f}",
            "tax": f"{self.tax:f}",
            "tax_rate": f"{self.tax_rate.normalize():f}",
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> SoldItem:
        """Inverse of ``to_json``."""
        sku = data.get("sku")
        return cls(
            name=str(data["name"]),
            sku=None if sku is None else str(sku),
            category=str(data.get("category") or ""),
            quantity=int(str(data["quantity"])),
            unit_price=Decimal(str(data["unit_price"])),
            discount=Decimal(str(data["discount"])),
            net=Decimal(str(data["net"])),
            tax=Decimal(str(data["tax"])),
            tax_rate=Decimal(str(data["tax_rate"])),
        )


def sold_items(priced: PricedCart) -> tuple[SoldItem, ...]:
    """The lines of ``priced`` as a sale keeps them."""
    return tuple(
        SoldItem(
            name=p.line.name,
            sku=p.line.sku,
            category=p.line.category,
            quantity=p.line.quantity,
            unit_price=p.line.unit_price,
            discount=p.line_discount + p.cart_discount,
            net=p.net,
            tax=p.tax,
            tax_rate=p.line.tax_rate,
        )
        for p in priced.lines
    )
