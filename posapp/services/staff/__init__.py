"""Who may do what: users, sign-in, PINs and passwords, the audit log."""
