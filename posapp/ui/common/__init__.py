"""The shared UI kit: theme (every colour), formatting, plain-text labels, notices and
form widgets, the field groups the setup wizard and settings share, the QR widget, the
countdown and the session view. Used by every window; imports no other ui/ package."""
