"""Plain Python: the product's nouns, with no Qt, no SQL and no I/O."""
