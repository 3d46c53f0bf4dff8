"""The owner's back office: history, reports, reconciliation, export, unmatched payments."""
