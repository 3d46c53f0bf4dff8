"""Setting a counter up: provisioning, first run, shop settings, store connection, data dir."""
