"""posapp.core."""
