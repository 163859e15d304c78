"""The record: SQLAlchemy models, sessions, queries and migrations.

The only package that knows SQL. Everything it hands out is a frozen domain
dataclass, never a live ORM row.
"""
