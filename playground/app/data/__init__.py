"""The window's data: how it was generated (DataSettings), the drawn points (DataModel), edits."""
