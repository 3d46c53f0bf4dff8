"""posapp.stellar."""
