"""Readers of files that come from outside: credential files (``credentials``) and programme catalogues
(``catalogue``). Neither imports Qt or the database; both return plain typed values."""
