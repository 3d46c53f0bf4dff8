"""posapp.storage."""
