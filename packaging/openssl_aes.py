"""AES-CBC for SecretStorage in the Linux bundle, from the OpenSSL the bundle already has.

On Linux, keyring keeps posapp's webhook secret in the Secret Service (GNOME Keyring,
KWallet, KeePassXC) through SecretStorage. SecretStorage talks to the service over D-Bus in
a ``dh-ietf1024-sha256-aes128-cbc-pkcs7`` session: the Diffie-Hellman exchange and the key
derivation are plain Python (``pow``, ``hmac``, ``hashlib``), and only the AES-128-CBC step
comes from ``cryptography``, through exactly four names: ``Cipher``, ``algorithms.AES``,
``modes.CBC`` and ``default_backend``. SecretStorage imports them at import time, so without
them the Secret Service backend does not load at all and keyring falls back to no keyring.

``cryptography`` is one 11.6 MB Rust extension carrying its own OpenSSL, while the bundle
already ships OpenSSL's ``libcrypto`` for Python's ``ssl`` and ``hashlib``. The bundle leaves
``cryptography`` out, and its runtime hook calls ``install()``: modules under cryptography's
names that hold those four names only, backed by libcrypto's EVP cipher interface through
ctypes. Any other ``cryptography`` import fails (``ModuleNotFoundError``) as if it were absent.

Padding stays SecretStorage's business (it pads and unpads PKCS#7 itself), so the cipher
contexts here run without padding, as ``cryptography``'s do. Thread: any; each context is
used by one thread, libcrypto is loaded once on first use.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import threading
import types

STAND_IN = "posapp bundle: AES-CBC from the bundled libcrypto (see packaging/openssl_aes.py)"
MODULES = (
    "cryptography",
    "cryptography.hazmat",
    "cryptography.hazmat.backends",
    "cryptography.hazmat.primitives",
    "cryptography.hazmat.primitives.ciphers",
)
BLOCK_BYTES = 16
_CIPHERS = {16: "EVP_aes_128_cbc", 24: "EVP_aes_192_cbc", 32: "EVP_aes_256_cbc"}
_lock = threading.Lock()
_libcrypto: ctypes.CDLL | None = None


def libcrypto() -> ctypes.CDLL:
    """The libcrypto Python's ``_hashlib`` is linked with (the bundle's ``libcrypto.so.3``;
    the dynamic linker hands back the copy already loaded), with the EVP functions typed."""
    global _libcrypto
    with _lock:
        if _libcrypto is None:
            import _hashlib  # noqa: F401  (loads libcrypto.so.3 into the process first)

            name = "libcrypto.so.3"
            try:
                lib = ctypes.CDLL(name)
            except OSError:
                found = ctypes.util.find_library("crypto")
                if not found:
                    raise
                lib = ctypes.CDLL(found)
            lib.EVP_CIPHER_CTX_new.restype = ctypes.c_void_p
            lib.EVP_CIPHER_CTX_new.argtypes = []
            lib.EVP_CIPHER_CTX_free.restype = None
            lib.EVP_CIPHER_CTX_free.argtypes = [ctypes.c_void_p]
            for function in _CIPHERS.values():
                getattr(lib, function).restype = ctypes.c_void_p
                getattr(lib, function).argtypes = []
            lib.EVP_CipherInit_ex.restype = ctypes.c_int
            lib.EVP_CipherInit_ex.argtypes = [ctypes.c_void_p] * 3 + [
                ctypes.c_char_p,
                ctypes.c_char_p,
                ctypes.c_int,
            ]
            lib.EVP_CIPHER_CTX_set_padding.restype = ctypes.c_int
            lib.EVP_CIPHER_CTX_set_padding.argtypes = [ctypes.c_void_p, ctypes.c_int]
            lib.EVP_CipherUpdate.restype = ctypes.c_int
            lib.EVP_CipherUpdate.argtypes = [
                ctypes.c_void_p,
                ctypes.c_char_p,
                ctypes.POINTER(ctypes.c_int),
                ctypes.c_char_p,
                ctypes.c_int,
            ]
            lib.EVP_CipherFinal_ex.restype = ctypes.c_int
            lib.EVP_CipherFinal_ex.argtypes = [
                ctypes.c_void_p,
                ctypes.c_char_p,
                ctypes.POINTER(ctypes.c_int),
            ]
            _libcrypto = lib
        return _libcrypto


class AES:
    """``cryptography.hazmat.primitives.ciphers.algorithms.AES``: a 128-, 192- or 256-bit key."""

    name = "AES"
    block_size = BLOCK_BYTES * 8

    def __init__(self, key: bytes) -> None:
        key = bytes(key)
        if len(key) not in _CIPHERS:
            raise ValueError(f"Invalid key size ({len(key) * 8}) for AES.")
        self.key = key

    @property
    def key_size(self) -> int:
        return len(self.key) * 8


class CBC:
    """``cryptography.hazmat.primitives.ciphers.modes.CBC``: a 16-byte initialisation vector."""

    name = "CBC"

    def __init__(self, initialization_vector: bytes) -> None:
        iv = bytes(initialization_vector)
        if len(iv) != BLOCK_BYTES:
            raise ValueError(f"Invalid IV size ({len(iv)}) for CBC.")
        self.initialization_vector = iv


class CipherContext:
    """An encryptor or decryptor: ``update()`` as data comes, ``finalize()`` once. No
    padding: the data must add up to whole 16-byte blocks."""

    def __init__(self, algorithm: AES, mode: CBC, *, encrypt: bool) -> None:
        self._lib = libcrypto()
        self._ctx: int | None = self._lib.EVP_CIPHER_CTX_new()
        if not self._ctx:
            raise MemoryError("EVP_CIPHER_CTX_new failed")
        cipher = getattr(self._lib, _CIPHERS[len(algorithm.key)])()
        ok = self._lib.EVP_CipherInit_ex(
            self._ctx, cipher, None, algorithm.key, mode.initialization_vector, int(encrypt)
        )
        if ok != 1 or self._lib.EVP_CIPHER_CTX_set_padding(self._ctx, 0) != 1:
            self._free()
            raise ValueError("libcrypto refused the AES-CBC key or IV")

    def update(self, data: bytes) -> bytes:
        """Encrypt or decrypt ``data``; returns the whole blocks done so far."""
        if self._ctx is None:
            raise ValueError("Context was already finalized.")
        data = bytes(data)
        out = ctypes.create_string_buffer(len(data) + BLOCK_BYTES)
        written = ctypes.c_int(0)
        if self._lib.EVP_CipherUpdate(self._ctx, out, ctypes.byref(written), data, len(data)) != 1:
            self._free()
            raise ValueError("libcrypto: AES-CBC update failed")
        return out.raw[: written.value]

    def finalize(self) -> bytes:
        """End the context; ValueError when the data was not whole blocks."""
        if self._ctx is None:
            raise ValueError("Context was already finalized.")
        out = ctypes.create_string_buffer(BLOCK_BYTES)
        written = ctypes.c_int(0)
        ok = self._lib.EVP_CipherFinal_ex(self._ctx, out, ctypes.byref(written))
        self._free()
        if ok != 1:
            raise ValueError(
                "The length of the provided data is not a multiple of the block length."
            )
        return out.raw[: written.value]

    def _free(self) -> None:
        if self._ctx is not None:
            self._lib.EVP_CIPHER_CTX_free(self._ctx)
            self._ctx = None

    def __del__(self) -> None:
        self._free()


class Cipher:
    """``cryptography.hazmat.primitives.ciphers.Cipher`` for AES in CBC mode."""

    def __init__(self, algorithm: AES, mode: CBC, backend: object = None) -> None:
        if not isinstance(algorithm, AES) or not isinstance(mode, CBC):
            raise TypeError("only AES in CBC mode is available in this build")
        self.algorithm = algorithm
        self.mode = mode

    def encryptor(self) -> CipherContext:
        return CipherContext(self.algorithm, self.mode, encrypt=True)

    def decryptor(self) -> CipherContext:
        return CipherContext(self.algorithm, self.mode, encrypt=False)


def default_backend() -> object:
    """``cryptography.hazmat.backends.default_backend``: a token, as in cryptography ≥ 3.1."""
    return STAND_IN


def install() -> bool:
    """Register the stand-in ``cryptography`` modules unless a ``cryptography`` is already
    imported; True when they were registered. Call before SecretStorage is imported (the
    bundle's runtime hook does, first thing)."""
    if "cryptography" in sys.modules:
        return False
    modules = {name: types.ModuleType(name, STAND_IN) for name in MODULES}
    for module in modules.values():
        module.__path__ = []  # a package with nothing else in it
    modules["cryptography.hazmat.backends"].default_backend = default_backend  # type: ignore[attr-defined]
    ciphers = modules["cryptography.hazmat.primitives.ciphers"]
    ciphers.Cipher = Cipher  # type: ignore[attr-defined]
    ciphers.algorithms = types.SimpleNamespace(AES=AES)  # type: ignore[attr-defined]
    ciphers.modes = types.SimpleNamespace(CBC=CBC)  # type: ignore[attr-defined]
    for name, module in modules.items():
        parent, _, leaf = name.rpartition(".")
        if parent:
            setattr(modules[parent], leaf, module)
        sys.modules[name] = module
    return True
