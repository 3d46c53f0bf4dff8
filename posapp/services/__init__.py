"""posapp.services."""
