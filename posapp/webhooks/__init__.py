"""posapp.webhooks."""
