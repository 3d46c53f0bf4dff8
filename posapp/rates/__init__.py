"""posapp.rates."""
