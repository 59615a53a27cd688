"""Group mode: participants answer anonymously from their own phones (issue 6, being built)."""
