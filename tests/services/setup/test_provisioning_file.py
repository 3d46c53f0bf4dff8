"""The provisioning file (``posapp.toml``): a good file becomes the same request ``posapp
init`` builds; every kind of bad input is one InvalidInput line naming the key; secrets (by
key name, S… seeds anywhere, webhook secrets, passwords in database_url) are refused without
repeating them; the file is looked for in the documented places."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from stellar_sdk import Keypair

from posapp.core.errors import InvalidInput, SecretSeedRefused
from posapp.services.setup.provisioning_file import (
    FILENAME,
    find_provisioning_file,
    load_provisioning_file,
)

ACCOUNT = Keypair.random().public_key
GOOD = f"""
shop_name = "Corner Café"
terminal = "counter-2"
network = "public"
merchant_account = "{ACCOUNT}"
horizon_url = "https://horizon.example.com/"
currency = "inr"
expiry_minutes = 20
spread_percent = 1.5
tolerance = "0.01"
webhook_url = "https://shop.example.com/hooks"
database_url = "postgresql://posapp@db.example.com:5432/posapp"

[rates]
mode = "fixed"
fixed_rate = 84.10
"""
EXAMPLE = Path(__file__).resolve().parents[3] / "packaging" / "posapp.example.toml"


def write(tmp_path: Path, text: str, name: str = FILENAME) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_file_becomes_an_init_request(tmp_path: Path) -> None:
    loaded = load_provisioning_file(write(tmp_path, GOOD))
    request = loaded.request
    assert (request.network, request.account, request.currency) == ("public", ACCOUNT, "INR")
    assert request.rate == "84.10" and request.rate_source is None  # TOML float kept exact
    assert request.horizon_url == "https://horizon.example.com"
    assert request.webhook_url == "https://shop.example.com/hooks"
    assert (request.spread_percent, request.tolerance, request.expiry_minutes) == (
        "1.5",
        "0.01",
        20,
    )
    assert (request.shop_name, request.terminal, loaded.terminal) == (
        "Corner Café",
        "counter-2",
        "counter-2",
    )
    assert loaded.database_url == "postgresql://posapp@db.example.com:5432/posapp"
    assert request.check_account  # the account is still looked up when applied


def test_http_rate_source_and_optional_keys(tmp_path: Path) -> None:
    text = f"""network = "testnet"
merchant_account = "{ACCOUNT}"
currency = "EUR"
[rates]
mode = "http"
source = "coingecko"
"""
    loaded = load_provisioning_file(write(tmp_path, text))
    assert loaded.request.rate is None and loaded.request.rate_source == "coingecko"
    assert loaded.database_url is None and loaded.terminal is None
    assert loaded.request.webhook_url is None and loaded.request.shop_name == "posapp shop"


def test_the_shipped_example_is_valid() -> None:
    loaded = load_provisioning_file(EXAMPLE)
    assert loaded.request.network == "testnet" and loaded.request.rate == "84.10"
    assert loaded.language == "es"


@pytest.mark.parametrize(("written", "language"), [("hi", "hi"), ("pt-br", "pt_BR"), ("FR", "fr")])
def test_the_counter_language_is_read_and_spelled_as_posapp_does(
    tmp_path: Path, written: str, language: str
) -> None:
    loaded = load_provisioning_file(write(tmp_path, f'language = "{written}"\n' + GOOD))
    assert loaded.language == language
    assert load_provisioning_file(write(tmp_path, GOOD, "other.toml")).language is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.replace('network = "public"', "network = 'publicnet'"), "unknown network"),
        (lambda t: t + "\ncolour = 'blue'\n", "unknown key 'rates.colour'"),
        (lambda t: "colour = 'blue'\n" + t, "unknown key 'colour'"),
        (
            lambda t: t.replace(ACCOUNT, ACCOUNT[:-1] + "A" if ACCOUNT[-1] != "A" else "B"),
            "merchant_account: ",
        ),
        (lambda t: t.replace(ACCOUNT, "M" + ACCOUNT[1:]), "merchant_account"),
        (lambda t: t.replace("https://horizon.example.com/", "ftp://horizon"), "horizon_url"),
        (
            lambda t: t.replace("https://shop.example.com/hooks", "http://shop.example.com"),
            "webhook_url must use https",
        ),
        (lambda t: t.replace('currency = "inr"', 'currency = "XYZ"'), "currency: unknown"),
        (lambda t: t.replace("expiry_minutes = 20", 'expiry_minutes = "20"'), "whole number"),
        (lambda t: t.replace("expiry_minutes = 20", "expiry_minutes = 0"), "session expiry"),
        (lambda t: t.replace("fixed_rate = 84.10", "fixed_rate = -1"), "rate"),
        (lambda t: t.replace('mode = "fixed"', 'mode = "median"'), "rates.mode"),
        (lambda t: t.replace("fixed_rate = 84.10", ""), "rates.fixed_rate is missing"),
        (lambda t: t.replace("[rates]", "[rate]"), "unknown key 'rate'"),
        (lambda t: t.replace("postgresql://posapp@db", "not a url"), "database_url"),
        (lambda t: t.replace('shop_name = "Corner Café"', "shop_name = 42"), "shop_name must"),
        (lambda t: t.replace("[rates]", "[rates"), "not valid TOML"),
        (lambda t: 'language = "tlh"\n' + t, "unknown language tlh: use one of en, es"),
        (lambda t: "language = 7\n" + t, "language must be text"),
    ],
)
def test_each_bad_input_is_one_clear_line(tmp_path: Path, change, message: str) -> None:
    path = write(tmp_path, change(GOOD))
    with pytest.raises(InvalidInput) as caught:
        load_provisioning_file(path)
    text = str(caught.value)
    assert text.startswith(f"{FILENAME}: ") and message in text
    assert "\n" not in text


def test_missing_required_keys(tmp_path: Path) -> None:
    for key in ("network", "merchant_account", "currency"):
        text = "\n".join(line for line in GOOD.splitlines() if not line.startswith(key))
        with pytest.raises(InvalidInput, match=f"{key} is missing"):
            load_provisioning_file(write(tmp_path, text))
    no_rates = GOOD.split("[rates]")[0]
    with pytest.raises(InvalidInput, match=r"\[rates\] table is missing"):
        load_provisioning_file(write(tmp_path, no_rates))


@pytest.mark.parametrize(
    "line",
    [
        'webhook_secret = "whsec_abc"',
        'secret_key = "x"',
        'seed = "x"',
        'password = "hunter2"',
        'api_key = "k"',
        'private_key = "k"',
    ],
)
def test_secret_keys_are_refused(tmp_path: Path, line: str) -> None:
    with pytest.raises(InvalidInput, match="secrets never go in the provisioning file") as caught:
        load_provisioning_file(write(tmp_path, line + "\n" + GOOD))
    assert "hunter2" not in str(caught.value)


def test_a_secret_key_inside_a_table_is_refused(tmp_path: Path) -> None:
    text = GOOD + 'api_token = "abc"\n'  # lands in [rates]
    with pytest.raises(InvalidInput, match=r"rates\.api_token: secrets never go"):
        load_provisioning_file(write(tmp_path, text))


def test_a_secret_seed_anywhere_is_refused_and_never_echoed(tmp_path: Path) -> None:
    seed = Keypair.random().secret
    for text in (
        GOOD.replace(ACCOUNT, seed),  # as the account
        GOOD.replace("Corner Café", f"Café {seed}"),  # inside another value
        GOOD.replace("Corner Café", seed[:30]),  # a partial seed
        GOOD.replace(ACCOUNT, seed.lower()),  # lower case still counts
    ):
        with pytest.raises(SecretSeedRefused) as caught:
            load_provisioning_file(write(tmp_path, text))
        assert seed[:20] not in str(caught.value).upper()
        assert "secret key" in str(caught.value)


def test_a_webhook_secret_value_is_refused(tmp_path: Path) -> None:
    text = GOOD.replace("Corner Café", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
    with pytest.raises(InvalidInput, match="webhook signing secret") as caught:
        load_provisioning_file(write(tmp_path, text))
    assert "MfKQ9r8" not in str(caught.value)


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://posapp:hunter2@db.example.com/posapp",
        "postgresql+psycopg://posapp:hunter2@db.example.com:5432/posapp",
        "postgresql://posapp@db.example.com/posapp?password=hunter2",
    ],
)
def test_password_in_database_url_is_refused(tmp_path: Path, url: str) -> None:
    path = write(tmp_path, GOOD.replace("postgresql://posapp@db.example.com:5432/posapp", url))
    with pytest.raises(InvalidInput, match="password") as caught:
        load_provisioning_file(path)
    assert "hunter2" not in str(caught.value)
    assert "pgpass" in str(caught.value)


def test_ordinary_words_are_not_mistaken_for_seeds(tmp_path: Path) -> None:
    text = GOOD.replace("Corner Café", "SUNSET STRIP SMOOTHIES and Sandwiches Supplies")
    assert load_provisioning_file(write(tmp_path, text)).request.shop_name.startswith("SUNSET")


def test_unreadable_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="cannot read"):
        load_provisioning_file(tmp_path / "missing.toml")
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(InvalidInput, match="not UTF-8"):
        load_provisioning_file(binary)


def test_where_the_file_is_found(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    assert find_provisioning_file(None, data_dir) is None
    in_data_dir = write(data_dir, GOOD)
    assert find_provisioning_file(None, data_dir) == in_data_dir
    explicit = write(tmp_path, GOOD, "shop.toml")
    assert find_provisioning_file(str(explicit), data_dir) == explicit
    with pytest.raises(InvalidInput, match="does not exist"):
        find_provisioning_file(str(tmp_path / "nope.toml"), data_dir)


def test_next_to_a_packaged_executable_wins_over_the_data_dir(tmp_path: Path) -> None:
    """A frozen app (``sys.frozen``) looks next to ``sys.executable`` first; checked in a
    fresh interpreter that sets both as PyInstaller does."""
    app_dir = tmp_path / "app"
    data_dir = tmp_path / "data"
    app_dir.mkdir()
    data_dir.mkdir()
    beside = write(app_dir, GOOD)
    write(data_dir, GOOD)
    code = (
        "import sys; from pathlib import Path\n"
        f"sys.frozen = True; sys.executable = {str(app_dir / 'posapp')!r}\n"
        "from posapp.services.setup.provisioning_file import find_provisioning_file\n"
        f"print(find_provisioning_file(None, Path({str(data_dir)!r})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(beside)
