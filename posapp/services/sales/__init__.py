"""A sale at the counter: sessions, the payment request, waiting for the outcome."""
