"""Receipt settings: defaults, one clear sentence per bad value, the stored configuration
round trip (an older configuration without them still loads), the provisioning file keys,
and saving them from the settings service (audited without the values)."""

from __future__ import annotations

from pathlib import Path

import pytest
from stellar_sdk import Keypair

from posapp.core.errors import InvalidInput
from posapp.core.roles import Actor, Role
from posapp.services.config import ShopConfig, load_config
from posapp.services.receipts.settings import ReceiptSettings
from posapp.services.setup.provisioning_file import load_provisioning_file

ACCOUNT = Keypair.random().public_key
BASE = f"""
network = "testnet"
merchant_account = "{ACCOUNT}"
currency = "INR"
[rates]
mode = "fixed"
fixed_rate = "84.10"
"""
EXAMPLE = Path(__file__).resolve().parents[3] / "packaging" / "posapp.example.toml"


def test_defaults_point_at_stellar_expert_and_no_printer() -> None:
    settings = ReceiptSettings()
    assert settings.printer == "none" and settings.width_mm == 80 and settings.columns == 48
    assert settings.auto_print == "off" and settings.copies == 1
    assert settings.explorer_url("public", "ab") == "https://stellar.expert/explorer/public/tx/ab"
    assert settings.explorer_url("testnet", "cd") == (
        "https://stellar.expert/explorer/testnet/tx/cd"
    )
    assert settings.explorer_url("testnet", None) is None


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"width_mm": 76}, "the receipt width must be 58 or 80 (mm)"),
        ({"copies": 9}, "receipt copies must be a whole number from 1 to 5"),
        ({"auto_print": "sometimes"}, "automatic receipt printing must be off, ask or always"),
        ({"explorer_public": "https://x.example/tx"}, "must contain {hash} once"),
        ({"explorer_testnet": "ftp://x.example/{hash}"}, "must be an https:// address"),
        ({"address": "1\n2\n3\n4\n5"}, "the shop address must be at most 4 line"),
        ({"phone": "9" * 41}, "the shop phone must be at most 40 characters"),
        ({"footer": "bell\x07"}, "the footer has a control character"),
        ({"printer": "tcp://"}, "give a host name or IP address"),
    ],
)
def test_each_bad_value_is_one_sentence(changes: dict, message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        ReceiptSettings(**changes)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_the_configuration_round_trips_and_an_older_one_loads() -> None:
    from datetime import UTC, datetime
    from decimal import Decimal

    from posapp.rates import RateSettings

    rates = RateSettings(
        mode="fixed", fixed_rates={"INR": Decimal("84.10")}, fixed_set_at=datetime.now(UTC)
    )
    receipt = ReceiptSettings(address="12 MG Road", printer="tcp://10.0.0.5", width_mm=58)
    config = ShopConfig("testnet", ACCOUNT, "INR", rates, receipt=receipt)
    assert ShopConfig.from_json(config.to_json()) == config
    older = config.to_json()
    del older["receipt"]
    assert ShopConfig.from_json(older).receipt == ReceiptSettings()


def test_the_provisioning_file_carries_shop_details_and_the_printer(tmp_path: Path) -> None:
    path = tmp_path / "posapp.toml"
    path.write_text(
        'shop_address = """\n12 MG Road\nBengaluru"""\nshop_phone = "+91 80 1234 5678"\n'
        'shop_tax_id = "GSTIN 29ABCDE1234F1Z5"\n'
        + BASE
        + '[receipt]\nprinter = "tcp://192.168.1.50"\nwidth = 58\nauto_print = "ask"\n'
        'copies = 2\nfooter = "Thank you"\n'
        'explorer_testnet = "https://testnet.example/tx/{hash}"\n',
        encoding="utf-8",
    )
    receipt = load_provisioning_file(path).request.receipt
    assert receipt.address == "12 MG Road\nBengaluru"
    assert (receipt.phone, receipt.tax_id) == ("+91 80 1234 5678", "GSTIN 29ABCDE1234F1Z5")
    assert receipt.printer == "tcp://192.168.1.50:9100" and receipt.width_mm == 58
    assert (receipt.auto_print, receipt.copies, receipt.footer) == ("ask", 2, "Thank you")
    assert receipt.explorer_url("testnet", "ab") == "https://testnet.example/tx/ab"


@pytest.mark.parametrize(
    "extra, message",
    [
        ('[receipt]\nwidth = "80"\n', "posapp.toml: receipt.width must be a whole number"),
        ("[receipt]\nwidth = 72\n", "posapp.toml: receipt.width: the receipt width must be 58"),
        ('[receipt]\nprinter = "tcp://h:0"\n', "posapp.toml: receipt.printer: network receipt"),
        ('[receipt]\ncolour = "red"\n', "posapp.toml: unknown key 'receipt.colour'"),
        ("[receipt]\ncopies = 0\n", "posapp.toml: receipt.copies: receipt copies must be"),
    ],
)
def test_a_bad_receipt_value_in_the_file_is_named_by_its_key(
    tmp_path: Path, extra: str, message: str
) -> None:
    path = tmp_path / "posapp.toml"
    path.write_text(BASE + extra, encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        load_provisioning_file(path)
    assert str(caught.value).startswith(message), str(caught.value)


def test_a_bad_shop_phone_is_named_by_its_key(tmp_path: Path) -> None:
    path = tmp_path / "posapp.toml"
    path.write_text("shop_phone = 42\n" + BASE, encoding="utf-8")
    with pytest.raises(InvalidInput, match="shop_phone must be text in quotes"):
        load_provisioning_file(path)


def test_the_example_file_sets_the_receipt_keys() -> None:
    receipt = load_provisioning_file(EXAMPLE).request.receipt
    assert receipt.tax_id == "GSTIN 29ABCDE1234F1Z5" and receipt.printer == "none"
    assert receipt.address.splitlines() == ["12 MG Road", "Bengaluru 560001"]


def test_the_settings_service_saves_receipt_settings(tmp_path: Path) -> None:
    from dataclasses import replace

    from posapp.services.setup.provisioning import ProvisionRequest, provision
    from posapp.services.setup.shop_settings import SecuritySettings, SettingsService
    from posapp.services.staff.audit import AuditLog
    from posapp.storage.engine import Database

    db = Database.in_data_dir(tmp_path)
    try:
        request = ProvisionRequest("testnet", ACCOUNT, "INR", rate="84.10", check_account=False)
        provision(tmp_path, db, request)
        admin = Actor("root", Role.ADMIN)
        service = SettingsService(tmp_path, db, AuditLog(db))
        snapshot = service.load(admin)
        wanted = ReceiptSettings(phone="+91 80 1234 5678", printer="pdf:///srv/receipts")
        outcome = service.save(
            admin, replace(snapshot.request, receipt=wanted, check_account=False),
            SecuritySettings(),
        )  # fmt: skip
        assert load_config(db).receipt == wanted
        assert "receipt phone changed" in outcome.changed
        assert not any("+91" in change for change in outcome.changed)
    finally:
        db.dispose()
