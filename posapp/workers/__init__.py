"""posapp.workers."""
