"""PyInstaller runtime hook of the Linux bundle: SecretStorage's AES-CBC from the bundled
libcrypto, since the bundle leaves ``cryptography`` out (see ``packaging/openssl_aes.py``).
Runs before posapp's own code, so before keyring first imports SecretStorage."""

import openssl_aes

openssl_aes.install()
