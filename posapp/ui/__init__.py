"""posapp.ui."""
