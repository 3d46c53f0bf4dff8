"""Following the merchant account: the watcher, applying payments, its status."""
