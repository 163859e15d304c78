"""Who may do what, and the access log that proves it: the one door for client data."""
