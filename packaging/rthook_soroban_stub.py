"""PyInstaller runtime hook: stand-ins for stellar-sdk's Soroban RPC client modules, which
the bundle leaves out with pydantic (see ``packaging/soroban_stub.py``). Runs before posapp's
own code, so before anything imports stellar-sdk."""

import soroban_stub

soroban_stub.install()
