"""Every window in every language: no English text left where the catalog has a translation,
nothing clipped on a 1366×768 screen, amounts typed with a comma read right, the customer
display in a language of its own.

The windows are the real ones (``CounterApp`` on a real data dir: login, cashier window,
customer display, sales history, settings; the setup wizard), walked widget by widget
(``tests.support.widget_texts``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSettings, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from posapp.core.errors import InvalidAmount, PermissionDenied
from posapp.core.i18n import LANGUAGES, TRANSLATED
from posapp.core.money import parse_amount
from posapp.core.roles import CLI_ACTOR, Actor, Permission, Role
from posapp.core.session import SessionStatus
from posapp.services.context import AppContext
from posapp.services.setup.first_run import SetupService
from posapp.ui.common.fields import ShopFields
from posapp.ui.common.formatting import Formatter
from posapp.ui.common.i18n import Words, current_language, has_font_for, translations
from posapp.ui.counter_prefs import CounterPrefs
from posapp.ui.customer_display.placement import side_by_side
from posapp.ui.history.details import SaleDetailsDialog
from posapp.ui.history.zreport import ZReportDialog
from posapp.ui.login import ApprovalDialog
from posapp.ui.settings.language_tab import LanguageTab
from posapp.ui.settings.sales_tab import ItemsDialog
from posapp.ui.settings.users_tab import UserDialog
from posapp.ui.setup import SetupWizard
from posapp.ui.setup.state import blank_request
from posapp.workers.errors import error_text
from tests.support.gui import WAIT_MS
from tests.support.widget_texts import catalog, clipped, shown_texts

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
ADMIN_PIN = "739146"
SCREEN = (1366, 768)


@pytest.fixture
def speak(qapp) -> Iterator[Callable[[str], None]]:
    """``speak("es")`` puts the windows in Spanish; English again after the test."""

    def switch(language: str) -> None:
        translations().switch(language, currency="INR")

    yield switch
    translations().switch("en")


def english_left(window: QWidget, language: str) -> list[str]:
    cat = catalog(language)
    return [f"{s.where}: {s.text!r}" for s in shown_texts(window) if cat.untranslated(s.text)]


def check(window: QWidget, language: str, problems: list[str], what: str) -> None:
    """Record what ``window`` shows untranslated or clipped once its layout has settled."""
    for _ in range(3):
        QCoreApplication.processEvents()
    problems += [f"{what}: English {p}" for p in english_left(window, language)]
    problems += [f"{what}: clipped {p}" for p in clipped(window)]
    if window.isWindow() and (window.width() > SCREEN[0] or window.height() > SCREEN[1]):
        problems.append(f"{what}: {window.width()}×{window.height()} is larger than the screen")


def each_tab(window: QWidget, language: str, problems: list[str], what: str) -> None:
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            check(window, language, problems, f"{what} tab {tabs.tabText(index)}")


def fit_screen(window: QWidget) -> None:
    window.resize(min(window.width(), SCREEN[0]), min(window.height(), SCREEN[1]))


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_window_speaks_the_language_and_fits_the_screen(
    language: str, speak, qtbot, offline_ctx: AppContext, open_counter
) -> None:
    speak(language)
    admin = offline_ctx.staff.users.add(CLI_ACTOR, "Ada", "admin", ADMIN_PIN)
    counter = open_counter(offline_ctx, login=True)
    problems: list[str] = []
    assert counter.login is not None
    counter.login.resize(*SCREEN)
    check(counter.login, language, problems, "login")

    counter.sign_in(admin.actor)
    cashier, display = counter.cashier, counter.display
    for cashier_area, display_area in (
        (QRect(0, 0, *SCREEN), QRect(0, 0, *SCREEN)),  # each on a screen of its own
        side_by_side(QRect(0, 0, *SCREEN)),  # both on one screen
    ):
        cashier.resize(cashier_area.size())
        display.resize(display_area.size())
        check(cashier, language, problems, f"cashier {cashier.width()} wide")
        check(display, language, problems, f"display idle {display.width()} wide")
    cart = cashier.cart
    cart.add_amount(Decimal("20"))
    cashier.tip_requested.emit(cart.priced, (Decimal(10), Decimal(15), Decimal(20)))
    check(display, language, problems, "display, tip")
    cart.clear()
    assert "TEST NETWORK" not in cashier.status.network_label.text()

    with qtbot.waitSignal(cashier.sale_started, timeout=WAIT_MS) as started:
        qtbot.keyClicks(cashier, "1250")
        qtbot.keyClick(cashier, Qt.Key.Key_Return)
    sale = started.args[0]
    check(cashier, language, problems, "cashier, sale waiting")
    check(display, language, problems, "display, pay")
    paid = replace(sale, status=SessionStatus.PAID, usdc_received=sale.usdc_due)
    cashier.apply_session_change(paid)
    assert display.screen_name == "paid"
    assert display.result_page.title.text() != "Paid"
    check(display, language, problems, "display, paid")
    check(cashier, language, problems, "cashier, paid")

    counter._on_cashier_history_requested()
    history = counter.history
    assert history is not None
    fit_screen(history)
    qtbot.wait(500)  # the first page and the totals arrive from the pool
    each_tab(history, language, problems, "history")

    counter._on_cashier_settings_requested()
    settings = counter.settings_dialog
    assert settings is not None
    qtbot.waitUntil(lambda: settings.save_button.isEnabled(), timeout=WAIT_MS)
    fit_screen(settings)
    each_tab(settings, language, problems, "settings")
    settings.close()
    history.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_setup_wizard_speaks_the_language(
    language: str, speak, qtbot, setup: SetupService
) -> None:
    speak(language)
    wizard = SetupWizard(setup)
    qtbot.addWidget(wizard)
    wizard.show()
    problems: list[str] = []
    check(wizard, language, problems, "wizard")
    cat = catalog(language)
    for page_id in wizard.pageIds():  # every page, shown or not yet reached
        page = wizard.page(page_id)
        texts = [page.title(), page.subTitle()] + [s.text for s in shown_texts(page)]
        problems += [f"page {page_id}: {t!r}" for t in texts if t and cat.untranslated(t)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("es", "12,50", "12.50"),
        ("es", "1.250,5", "1250.5"),
        ("pt_BR", "2,5", "2.5"),
        ("pt_BR", "1.250,00", "1250.00"),
        ("fr", "1 250,75", "1250.75"),
        ("fr", "2.50", "2.50"),
        ("hi", "1,25,000.50", "125000.50"),
    ],
)
def test_amounts_typed_in_the_locale_are_read_exactly(
    language: str, typed: str, expected: str, speak
) -> None:
    speak(language)
    fmt = Formatter("INR", current_language().locale)
    assert parse_amount(fmt.plain_number(typed), places=2) == Decimal(expected)


def test_a_number_that_is_not_one_in_the_locale_is_refused(speak) -> None:
    speak("es")
    fmt = Formatter("EUR", current_language().locale)
    with pytest.raises(InvalidAmount):
        fmt.plain_number("12,5,0")


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_customer_display_speaks_its_own_language(
    language: str, speak, qtbot, offline_ctx: AppContext, open_counter, prefs
) -> None:
    speak("en")
    prefs.display_language = language
    prefs.display_language_button = True
    counter = open_counter(offline_ctx)
    display = counter.display
    assert display.language == language
    assert display.idle_page.language_button.isVisible()
    english = display.idle_page.welcome.text()
    assert english != "Welcome to" and english == Words(language).translate(
        "CustomerDisplay", "Welcome to"
    )
    assert counter.cashier.windowTitle().endswith("TEST NETWORK")  # the windows stay English


def test_a_customer_picks_a_language_for_their_sale_only(
    speak, qtbot, offline_ctx: AppContext, open_counter, prefs
) -> None:
    speak("en")
    prefs.display_language_button = True
    counter = open_counter(offline_ctx)
    display, cashier = counter.display, counter.cashier
    display.set_language("es")
    assert display.idle_page.welcome.text() == "Bienvenido a"
    with qtbot.waitSignal(cashier.sale_started, timeout=WAIT_MS) as started:
        qtbot.keyClicks(cashier, "1250")
        qtbot.keyClick(cashier, Qt.Key.Key_Return)
    sale = started.args[0]
    assert display.pay_page.usdc.text().startswith("Pague")
    assert "," in display.pay_page.fiat.text()  # 1.250,00 ₹ in Spanish
    display.update_sale(replace(sale, status=SessionStatus.PAID, usdc_received=sale.usdc_due))
    assert display.result_page.title.text() == "Pagado"
    display.clear_sale()
    assert display.language == "en"
    assert display.idle_page.welcome.text() == "Welcome to"


def test_every_language_has_a_name_and_a_catalog() -> None:
    assert set(LANGUAGES) == {"en", *TRANSLATED}
    assert all(LANGUAGES[code] for code in LANGUAGES)


@pytest.mark.parametrize("language", ["es", "pt_BR", "fr"])
def test_a_discount_and_a_tip_typed_with_a_comma_are_exact(
    language: str, speak, qtbot, offline_ctx: AppContext, open_counter
) -> None:
    speak(language)
    cart = open_counter(offline_ctx).cashier.cart
    cart.add_amount(Decimal("100"))
    cart.discount_edit.setText("12,5")
    cart.discount_edit.editingFinished.emit()
    cart.tip_edit.setText("2,25")
    cart.tip_edit.editingFinished.emit()
    priced = cart.priced
    assert priced is not None
    assert (priced.discount, priced.tip) == (Decimal("12.50"), Decimal("2.25"))
    assert priced.total == Decimal("89.75")


@pytest.mark.parametrize("language", ["es", "pt_BR", "fr"])
def test_settings_numbers_are_shown_and_read_in_the_locale(language: str, speak, qtbot) -> None:
    speak(language)
    fields = ShopFields()
    qtbot.addWidget(fields)
    fields.fill(replace(blank_request(), rate="84.10", spread_percent="1.5"))
    assert (fields.rate.text(), fields.spread.text()) == ("84,10", "1,5")
    fields.rate.setText("84,25")
    fields.tolerance.setText("0,01")
    request = fields.read(blank_request())
    assert (request.rate, request.spread_percent, request.tolerance) == ("84.25", "1.5", "0.01")


def test_an_error_reads_in_the_language_with_its_values_translated_and_formatted(speak) -> None:
    cashier = Actor("asha", Role.CASHIER)
    with pytest.raises(PermissionDenied) as refused:
        cashier.require(Permission.VIEW_HISTORY)
    speak("es")
    assert error_text(refused.value) == "Un cajero no puede ver el historial"
    with pytest.raises(InvalidAmount) as too_big:
        parse_amount("123456789", places=2)
    assert error_text(too_big.value).startswith("El importe es demasiado grande")
    assert str(too_big.value).startswith("amount is too large")  # the command line's line


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_dialog_speaks_the_language_and_fits_the_screen(
    language: str, speak, qtbot, offline_ctx: AppContext, open_counter
) -> None:
    speak(language)
    staff = offline_ctx.staff
    admin = staff.users.add(CLI_ACTOR, "Ada", "admin", ADMIN_PIN).actor
    staff.users.add(CLI_ACTOR, "Olivia", "owner", "582047")
    sale = offline_ctx.sessions.create("1250", admin)
    counter = open_counter(offline_ctx, login=True)
    counter.sign_in(admin)
    counter._on_cashier_history_requested()
    history = counter.history
    assert history is not None
    problems: list[str] = []

    history.sales._on_zreport_clicked()
    z_report = history.findChild(ZReportDialog)
    qtbot.waitUntil(lambda: z_report.report is not None, timeout=WAIT_MS)
    check(z_report, language, problems, "Z-report")
    z_report.close()

    history.sales._show_details(offline_ctx.backoffice.history.details(sale.id, admin))
    details = history.findChild(SaleDetailsDialog)
    fit_screen(details)
    check(details, language, problems, "sale details")
    details.close()

    cashier = Actor("asha", Role.CASHIER)
    dialogs = [
        ApprovalDialog(staff.auth, staff.users, Permission.DISCOUNT_ABOVE_LIMIT, cashier),
        ItemsDialog(offline_ctx.catalog, admin),
        UserDialog("Add a user"),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        fit_screen(dialog)
        check(dialog, language, problems, type(dialog).__name__)
    history.close()
    assert not problems, "\n".join(problems)


def test_every_language_name_can_be_drawn_whatever_the_windows_speak(speak, qtbot) -> None:
    speak("es")  # not Hindi: the language choosers still show "हिन्दी"
    tab = LanguageTab(CounterPrefs(QSettings()))
    qtbot.addWidget(tab)
    names = [tab.display.itemText(i) for i in range(tab.display.count())]
    assert LANGUAGES["hi"] in names
    assert has_font_for("hi")  # Noto Sans Devanagari, loaded though nobody speaks Hindi
