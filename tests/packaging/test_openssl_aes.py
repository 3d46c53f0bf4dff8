"""The bundle's stand-in for ``cryptography`` (``packaging/openssl_aes.py``): AES-CBC from
libcrypto agrees with NIST's vectors and with ``cryptography`` itself, and with it installed
in place of ``cryptography`` SecretStorage loads, keyring's Secret Service backend imports, and
posapp's self-check seals and opens a secret the way the service does."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from tests.packaging import PACKAGING, load

aes = load("openssl_aes")
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the stand-in is for the Linux bundle"
)

# NIST SP 800-38A, F.2.1 (CBC-AES128.Encrypt) and F.2.5 (CBC-AES256.Encrypt), first two blocks
VECTORS = [
    (
        "2b7e151628aed2a6abf7158809cf4f3c",
        "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2",
    ),
    (
        "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
        "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d",
    ),
]
IV = bytes.fromhex("000102030405060708090a0b0c0d0e0f")
PLAIN = bytes.fromhex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51")


@pytest.mark.parametrize(("key", "sealed"), VECTORS)
def test_nist_vectors(key: str, sealed: str) -> None:
    encryptor = aes.Cipher(aes.AES(bytes.fromhex(key)), aes.CBC(IV), aes.default_backend())
    box = encryptor.encryptor()
    assert (box.update(PLAIN[:7]) + box.update(PLAIN[7:]) + box.finalize()).hex() == sealed
    opener = aes.Cipher(aes.AES(bytes.fromhex(key)), aes.CBC(IV)).decryptor()
    assert opener.update(bytes.fromhex(sealed)) + opener.finalize() == PLAIN


@pytest.mark.parametrize("key_bytes", [16, 24, 32])
def test_agrees_with_cryptography_both_ways(key_bytes: int) -> None:
    for blocks in range(1, 9):
        key, iv, plain = os.urandom(key_bytes), os.urandom(16), os.urandom(16 * blocks)
        theirs = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
        sealed = theirs.update(plain) + theirs.finalize()
        ours = aes.Cipher(aes.AES(key), aes.CBC(iv)).encryptor()
        assert ours.update(plain) + ours.finalize() == sealed
        opener = aes.Cipher(aes.AES(key), aes.CBC(iv)).decryptor()
        assert opener.update(sealed) + opener.finalize() == plain


def test_refuses_what_cryptography_refuses() -> None:
    with pytest.raises(ValueError):
        aes.AES(b"short")
    with pytest.raises(ValueError):
        aes.CBC(b"\0" * 8)
    box = aes.Cipher(aes.AES(b"k" * 16), aes.CBC(IV)).encryptor()
    box.update(b"not a whole block")
    with pytest.raises(ValueError, match="multiple of the block length"):
        box.finalize()
    with pytest.raises(ValueError, match="already finalized"):
        box.update(b"x" * 16)


STAND_IN_RUN = r"""
import sys
sys.path.insert(0, sys.argv[1])
import openssl_aes
assert openssl_aes.install()
import keyring.backends.SecretService as backend
import secretstorage
from posapp.services.setup.self_check import check_secret_service_client
print(check_secret_service_client())
try:
    import cryptography.x509
except ModuleNotFoundError as exc:
    print("x509:", exc)
print("rust:", any(name.startswith("cryptography.hazmat.bindings") for name in sys.modules))
print("backend:", backend.secretstorage is secretstorage)
"""


def test_secretstorage_and_the_self_check_run_on_the_stand_in() -> None:
    done = subprocess.run(
        [sys.executable, "-c", STAND_IN_RUN, str(PACKAGING)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Secret Service client ready (encrypted session checked)"
    assert lines[1].startswith("x509: No module named 'cryptography.x509'")
    assert lines[2:] == ["rust: False", "backend: True"]
