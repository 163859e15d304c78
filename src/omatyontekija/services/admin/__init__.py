"""Administration: setting a unit up and keeping its users, workers, areas and settings.

Every function is a use case of the shape ``fn(ctx, ...)``: authorised by the
user's role and logged in the access log in the same transaction as the change.
"""
