"""Refunds: prepared by posapp, signed in the owner's wallet, settled when the ledger shows them."""
