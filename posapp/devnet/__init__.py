"""posapp.devnet."""
